#!/usr/bin/env python3
"""Independent reference values for the arm comparisons on the competing-event endpoints
(packages/sim/src/cohort/competingEventsComparison.ts): LRFS (local recurrence or death from other causes is
the event) and local control with death censored, compared by the log-rank test, the Cox (Efron ties) hazard
ratio, the restricted-mean difference up to tau, and the patients per arm of a 1:1 trial on LRFS at tau.

Built on the formula-level functions of sim_survival_stats.py (log-rank sums via Peto's ln HR and se, Cox partial
likelihood by bisection over individual records, Klein & Moeschberger restricted mean, Schoenfeld events), which
are written from the publications, not from the TypeScript. The
log-rank p-value is computed here as erfc(sqrt(chi2/2)), the LRFS event probability by counting events.
Synthetic multinomial counts, not a model of anything.

Usage:  python3 scripts/reference/competing_events_comparison.py
        (writes test/fixtures/competing-events-comparison.json; deterministic: a fixed numpy seed)
"""

import json
import math
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sim_survival_stats import ceil_guarded, cox_efron, events_needed, peto, restricted_mean, simulate_bins, upper_quantile  # noqa: E402

SEED = 20261207
BIN_DAYS = 7.0


def log_rank_p(group_a, group_b):
    """Mantel (1966): chi2 = (O_A - E_A)^2 / V on 1 df, p = erfc(sqrt(chi2 / 2))."""
    hr = peto(group_a, group_b, 0.95)
    # (O - E)/V = ln HR and 1/sqrt(V) = se, so chi2 = (ln HR / se)^2.
    chi2 = (hr["logHazardRatio"] / hr["standardError"]) ** 2
    return math.erfc(math.sqrt(chi2 / 2))


def endpoint(group_a, group_b, tau_days):
    hr = cox_efron(group_a, group_b, 0.95)
    ra = restricted_mean(group_a["events"], group_a["censored"], group_a["atRiskStart"], BIN_DAYS, tau_days, 0.95)
    rb = restricted_mean(group_b["events"], group_b["censored"], group_b["atRiskStart"], BIN_DAYS, tau_days, 0.95)
    diff = ra["estimate"] - rb["estimate"]
    se = math.sqrt(ra["standardError"] ** 2 + rb["standardError"] ** 2)
    z = upper_quantile(0.025)
    return {"logRankP": log_rank_p(group_a, group_b), "hazardRatio": hr["hazardRatio"],
            "hazardRatioCi95": [hr["lower"], hr["upper"]], "restrictedMeanDifferenceDays": diff,
            "restrictedMeanDifferenceCi95Days": [diff - z * se, diff + z * se]}


def compare(arm_a, arm_b, tau_years):
    tau_days = 52 * tau_years * BIN_DAYS
    groups = {}
    for name, arm in (("a", arm_a), ("b", arm_b)):
        r, d = arm["recurrences"], arm["deaths"]
        groups[name] = {
            "lrfs": {"events": [x + y for x, y in zip(r, d)], "censored": [0] * len(r), "atRiskStart": arm["patients"]},
            "lc": {"events": r, "censored": d, "atRiskStart": arm["patients"]},
        }
    lrfs = endpoint(groups["a"]["lrfs"], groups["b"]["lrfs"], tau_days)
    lc = endpoint(groups["a"]["lc"], groups["b"]["lc"], tau_days)
    through = round(52 * tau_years)
    p_a = sum(groups["a"]["lrfs"]["events"][:through]) / arm_a["patients"]
    p_b = sum(groups["b"]["lrfs"]["events"][:through]) / arm_b["patients"]
    events = ceil_guarded(events_needed(lrfs["hazardRatio"], 0.05, 0.8, 0.5, "schoenfeld"))
    per_arm = math.ceil(0.5 * events / (0.5 * p_a + 0.5 * p_b) * (1 - 1e-12))
    return {"restrictedMeanYears": tau_years, "localRecurrenceFreeSurvival": lrfs, "localControl": lc,
            "trialEventsLrfs": events, "trialPatientsPerArmLrfs": per_arm}


def arm(rng, patients, bins, recurrence, death):
    counts = simulate_bins(rng, patients, bins, [recurrence, death], 0.0)
    return {"recurrences": counts["events"][0], "deaths": counts["events"][1], "patients": patients}


def main():
    np.seterr(divide="ignore", invalid="ignore")
    rng = np.random.default_rng(SEED)
    cases = []
    for name, patients, bins, (ra, da), (rb, db), tau in [
        ("better recurrence hazard in a, 10 years", 20000, 520, (0.0004, 0.0003), (0.0007, 0.0003), 10),
        ("equal hazards, 5 of 10 years", 5000, 520, (0.0005, 0.0004), (0.0005, 0.0004), 5),
        ("small arms, worse a, 2 of 3 years", 300, 156, (0.004, 0.001), (0.002, 0.001), 2),
    ]:
        a = arm(rng, patients, bins, ra, da)
        b = arm(rng, patients, bins, rb, db)
        cases.append({"name": name, "binDays": BIN_DAYS, "a": a, "b": b, **compare(a, b, tau)})
    out = {"source": "scripts/reference/competing_events_comparison.py", "seed": SEED, "cases": cases}
    text = json.dumps(out, allow_nan=False, separators=(",", ":"))
    path = Path(__file__).resolve().parents[2] / "test" / "fixtures" / "competing-events-comparison.json"
    path.write_text(text + "\n")
    print(f"wrote {path} ({len(text)} bytes)")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Progression-free and overall survival after SBRT of sarcoma metastases (issue 15, SBRT part;
docs/metastasis-model.md, "Metastatic patients treated with SBRT"): a maximum-likelihood fit on the fit series of
calibration/progression-evidence.yaml and one prediction of its held-out series.

The model, from the end of the SBRT course (time zero, years t):
    death from sarcoma  T_S ~ lognormal, median mu_S = 589.6 d * exp(beta (era - 2004) + c_sbrt), sigma_S = 1.4205
                        (the survival-after-metastasis law of metastasisDefaults, revision 4, with a shift c_sbrt of
                        its log median for patients selected for SBRT of their metastases; beta = 0.0237 per year)
    new metastasis      T_N ~ exponential, rate lambda per year (progression outside the treated lesions)
    local failure       the series' own published local control LC(t) (F4; rule P5 of the data file)
    OS(t)  = S_S(t) = Phi(-ln(t / mu_S) / sigma_S)
    PFS(t) = LC(t) * exp(-lambda t) * OS(t)            (independent times; no other-cause death, rule P4)
Parameters: ln lambda (per year) and c_sbrt. Observations are binomials with numbers at risk, chained per cohort and
endpoint (rule P3). Fit: scipy L-BFGS-B from several starts; profile-likelihood 95% intervals (deviance within 3.84,
the other parameter refitted). Coverage: the prediction inside the observation's Wilson 95% interval.

Written from these equations with numpy/scipy, not from the TypeScript. Usage:

    python3 scripts/reference/progression_model.py            # fit, held-out prediction, writes the fixture
    python3 scripts/reference/progression_model.py --markdown # the tables of the doc, from the fixture
"""

import json
import sys
from math import log
from pathlib import Path

import numpy as np
import yaml
from scipy.optimize import brentq, minimize
from scipy.special import ndtr

from metastasis_model import wilson  # the Wilson 95% interval every reference here uses

ROOT = Path(__file__).resolve().parents[2]
EVIDENCE = ROOT / "calibration" / "progression-evidence.yaml"
FIXTURE = ROOT / "test" / "fixtures" / "progression-model.json"

# metastasisDefaults, revision 4 (copied by hand from packages/core/src/library/metastasisDefaults.ts; the fit was
# first made with revision 2's 473.3 d, 0.9853 and 0.02485).
MU_S_2004_DAYS = 589.6
SIGMA_S = 1.4205
BETA_PER_YEAR = 0.0237
METASTASECTOMY_SHIFT = 0.886  # metastasisDefaults.survivalSubgroupLogRatio.afterMetastasectomy, for comparison
REFERENCE_YEAR = 2004
DAYS_PER_YEAR = 365.25


def overall_survival(years: float, era: float, c_sbrt: float) -> float:
    median_days = MU_S_2004_DAYS * np.exp(BETA_PER_YEAR * (era - REFERENCE_YEAR) + c_sbrt)
    return float(ndtr(-np.log(years * DAYS_PER_YEAR / median_days) / SIGMA_S))


def predict(series: dict, kind: str, years: float, params: np.ndarray) -> float:
    log_rate, c_sbrt = params
    os_ = overall_survival(years, series["era"], c_sbrt)
    if kind == "os":
        return os_
    local = series["localControl"][int(years)] if int(years) == years else None
    if local is None:
        raise ValueError(f"{series['id']}: no local control at {years} y for a pfs term")
    return float(local * np.exp(-np.exp(log_rate) * years) * os_)


def terms(evidence: dict, roles: set) -> list:
    """Chained binomial terms: (series, kind, t0, t1, events, at risk, observed conditional survival)."""
    out = []
    for series in evidence["series"]:
        if series["role"] not in roles:
            continue
        n = series["patients"]
        for kind in ("os", "pfs"):
            observations = sorted((o for o in series["observations"] if o["kind"] == kind), key=lambda o: o["atYears"])
            previous_t, previous_s = 0.0, 1.0
            for o in observations:
                at_risk = n * previous_s
                conditional = o["value"] / previous_s
                out.append({
                    "series": series["id"], "role": series["role"], "evidence": series["evidence"], "kind": kind,
                    "fromYears": previous_t, "atYears": o["atYears"], "atRisk": at_risk,
                    "events": at_risk * (1.0 - conditional), "observed": conditional, "_series": series,
                })
                previous_t, previous_s = o["atYears"], o["value"]
    return out


def conditional_prediction(term: dict, params: np.ndarray) -> float:
    s1 = predict(term["_series"], term["kind"], term["atYears"], params)
    if term["fromYears"] == 0:
        return s1
    return s1 / predict(term["_series"], term["kind"], term["fromYears"], params)


def deviance(params: np.ndarray, fit_terms: list) -> float:
    total = 0.0
    for term in fit_terms:
        survive = min(max(conditional_prediction(term, params), 1e-12), 1 - 1e-12)
        events, at_risk = term["events"], term["atRisk"]
        total -= 2 * (events * log(1 - survive) + (at_risk - events) * log(survive))
    return total


def fit(fit_terms: list) -> np.ndarray:
    bounds = [(-6.0, 3.0), (-3.0, 3.0)]
    best = None
    for start in ([-1.0, 0.0], [0.0, 0.5], [-2.0, -0.5], [0.5, 1.0]):
        result = minimize(deviance, np.array(start), args=(fit_terms,), method="L-BFGS-B", bounds=bounds, options={"ftol": 1e-13, "gtol": 1e-10})
        if best is None or result.fun < best.fun:
            best = result
    return best.x


def profile(index: int, estimate: np.ndarray, fit_terms: list) -> list:
    minimum = deviance(estimate, fit_terms)
    other = 1 - index

    def excess(value: float) -> float:
        def refit(x):
            params = np.empty(2)
            params[index], params[other] = value, x[0]
            return deviance(params, fit_terms)
        result = minimize(refit, np.array([estimate[other]]), method="L-BFGS-B", bounds=[(-6.0, 3.0)])
        return result.fun - minimum - 3.84

    ends = []
    for direction in (-1, 1):
        far = estimate[index] + direction * 4.0
        ends.append(brentq(excess, estimate[index], far, xtol=1e-6) if excess(far) > 0 else None)
    return ends


def rows(all_terms: list, params: np.ndarray) -> list:
    out = []
    for term in all_terms:
        predicted = conditional_prediction(term, params)
        low, high = wilson(term["atRisk"] - term["events"], term["atRisk"])
        out.append({
            key: term[key] for key in ("series", "role", "evidence", "kind", "fromYears", "atYears", "atRisk", "events", "observed")
        } | {"observedLow": low, "observedHigh": high, "predicted": predicted, "inside": bool(low <= predicted <= high)})
    return out


def main() -> None:
    evidence = yaml.safe_load(EVIDENCE.read_text())
    fit_terms = terms(evidence, {"fit"})
    estimate = fit(fit_terms)
    intervals = [profile(i, estimate, fit_terms) for i in range(2)]
    table = rows(terms(evidence, {"fit", "holdout"}), estimate)
    # The library's metastasectomy shift, for comparison with the fitted c_sbrt (lambda refitted).
    metastasectomy = minimize(lambda x: deviance(np.array([x[0], METASTASECTOMY_SHIFT]), fit_terms), np.array([estimate[0]]), method="L-BFGS-B").x[0]
    coverage = {role: [sum(r["inside"] for r in table if r["role"] == role), sum(r["role"] == role for r in table)] for role in ("fit", "holdout")}
    fixture = {
        "generatedBy": "scripts/reference/progression_model.py",
        "parameters": {
            "lnNewMetastasisRatePerYear": estimate[0], "lnNewMetastasisRatePerYearCi95": intervals[0],
            "newMetastasisRatePerYear": float(np.exp(estimate[0])), "newMetastasisRatePerDay": float(np.exp(estimate[0]) / DAYS_PER_YEAR),
            "survivalLogRatioAfterSbrt": estimate[1], "survivalLogRatioAfterSbrtCi95": intervals[1],
        },
        "minus2LogLikelihood": deviance(estimate, fit_terms),
        "fitTerms": len(fit_terms),
        "minus2LogLikelihoodWithMetastasectomyShift": deviance(np.array([metastasectomy, METASTASECTOMY_SHIFT]), fit_terms),
        "coverage": coverage,
        "table": table,
    }
    FIXTURE.write_text(json.dumps(fixture, indent=2) + "\n")
    print(json.dumps({k: v for k, v in fixture.items() if k != "table"}, indent=2))
    print(markdown(fixture))


def markdown(fixture: dict) -> str:
    lines = ["| series | role | evidence | observation | survivors / at risk | observed | observed 95% (Wilson) | predicted | inside |", "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in fixture["table"]:
        given = f", given {r['fromYears']:g} y" if r["fromYears"] > 0 else ""
        lines.append(
            f"| {r['series']} | {r['role']} | {r['evidence']} | {r['kind'].upper()} {r['atYears']:g} y{given} | {r['atRisk'] - r['events']:.1f} / {r['atRisk']:.1f} | "
            f"{r['observed']:.3f} | {r['observedLow']:.3f}–{r['observedHigh']:.3f} | {r['predicted']:.3f} | {'yes' if r['inside'] else 'no'} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    if "--markdown" in sys.argv:
        print(markdown(json.loads(FIXTURE.read_text())))
    else:
        main()

#!/usr/bin/env python3
"""Independent reference values for the competing-events endpoints of the cohort engine (docs/models.md,
"Competing events"): the survival from death by other causes of a cohort with an age mix, read from the life
table itself.

When no patient has a local recurrence, local-recurrence-free survival (LRFS) is survival from death by other
causes alone, so the engine's LRFS must equal

    S_bar(t) = sum over sex of w_sex * integral f(a) S_sex(a, t) da,

f the density of the age covariate (normal, truncated to [min, max]) and S_sex(a, t) = exp(-(F(a + t) - F(a))) the
life table's survival with the hazard h_j = -ln(1 - q_j) constant within each year of age (the last hazard beyond
the table), F(s) = sum_{j < floor(s)} h_j + h_floor(s) (s - floor(s)). Written from those equations with numpy, not
from the TypeScript (which draws a time of death per patient by inversion and counts).

The age integral is a composite Gauss-Legendre rule (8 nodes on each 0.25-year piece; S is smooth on each piece
within a year of age to far below the tolerance used). Usage:

    python3 scripts/reference/competing_events.py    (writes test/fixtures/competing-events.json; deterministic)
"""

import csv
import json
from math import erf, sqrt
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "packages/core/src/library/lifeTables"
OUT = ROOT / "test/fixtures/competing-events.json"
TIMES = [1, 2, 5, 10]
# The cohorts of test/sim/competingEvents.test.ts: the default age covariate of the local-control model
# (normal 58 +- 15 years, truncated to [18, 95]; resolveCovariates) and a share of women.
COHORTS = [
    {"lifeTable": "us-ssa-2017", "femaleShare": 0.45, "age": {"mean": 58, "sd": 15, "min": 18, "max": 95}},
    {"lifeTable": "de-destatis-2022-2024", "femaleShare": 1.0, "age": {"mean": 70, "sd": 8, "min": 50, "max": 90}},
]


def read_q(table_id):
    with open(FOLDER / f"{table_id}.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {sex: np.array([float(row[f"{sex}_qx"]) for row in rows]) for sex in ("female", "male")}


def antiderivative(q, s):
    """F(s) for an array s >= 0: the cumulative hazard from age 0 to age s."""
    h = -np.log1p(-q)
    cumulative = np.concatenate([[0.0], np.cumsum(h)])  # cumulative[k] = sum_{j < k} h_j
    last = len(q) - 1
    whole = np.floor(s).astype(int)
    inside = np.minimum(whole, last)
    # Up to the last age: the table's own sum; beyond it the last hazard continues.
    base = np.where(whole <= last, cumulative[inside], cumulative[last] + h[last] * (whole - last))
    return base + h[inside] * (s - whole)


def normal_cdf(x):
    return 0.5 * (1 + erf(x / sqrt(2)))


def age_nodes(age):
    nodes, weights = np.polynomial.legendre.leggauss(8)
    edges = np.arange(age["min"], age["max"] + 1e-9, 0.25)
    ages, ws = [], []
    for lo, hi in zip(edges[:-1], edges[1:]):
        ages.append((hi - lo) / 2 * nodes + (hi + lo) / 2)
        ws.append((hi - lo) / 2 * weights)
    ages = np.concatenate(ages)
    ws = np.concatenate(ws)
    z = (ages - age["mean"]) / age["sd"]
    density = np.exp(-z * z / 2) / (age["sd"] * sqrt(2 * np.pi))
    mass = normal_cdf((age["max"] - age["mean"]) / age["sd"]) - normal_cdf((age["min"] - age["mean"]) / age["sd"])
    return ages, ws * density / mass


def cohort_survival(cohort):
    q = read_q(cohort["lifeTable"])
    ages, weights = age_nodes(cohort["age"])
    out = []
    for t in TIMES:
        total = 0.0
        for sex, share in (("female", cohort["femaleShare"]), ("male", 1 - cohort["femaleShare"])):
            if share == 0:
                continue
            survival = np.exp(-(antiderivative(q[sex], ages + t) - antiderivative(q[sex], ages)))
            total += share * float(np.sum(weights * survival))
        out.append({"years": t, "survival": total})
    return out


# Grouped Kaplan-Meier counts for the interval check: events and censored per bin, at risk at time 0.
KM_CASE = {"events": [2, 0, 1, 3, 0, 4], "censored": [1, 2, 0, 1, 3, 0], "atRiskStart": 20}


def km_log_log(case):
    """Per bin: S_j and its 95% interval from Greenwood's variance of S on the log(-log S) scale, written per
    event the textbook way: Var(S) = S^2 sum d/(n(n - d)); Var(log(-log S)) = Var(S) / (S log S)^2
    (delta method); interval exp(-exp(log(-log S) -+ z sd)). Bins before the first event are left out (None)."""
    z = 1.959963984540054
    at_risk, product, greenwood, out = case["atRiskStart"], 1.0, 0.0, []
    for d, c in zip(case["events"], case["censored"]):
        if d > 0:
            product *= 1 - d / at_risk
            greenwood += d / (at_risk * (at_risk - d))
        at_risk -= d + c
        if product == 1.0:
            out.append(None)
            continue
        variance = product * product * greenwood
        sd = sqrt(variance) / abs(product * np.log(product))
        centre = np.log(-np.log(product))
        out.append({"survival": product, "ci95": [float(np.exp(-np.exp(centre + z * sd))), float(np.exp(-np.exp(centre - z * sd)))]})
    return out


def main():
    fixture = {
        "note": "Cohort survival from death by other causes, life table alone; grouped Kaplan-Meier log-log intervals (scripts/reference/competing_events.py)",
        "cohorts": [{**cohort, "survival": cohort_survival(cohort)} for cohort in COHORTS],
        "kaplanMeier": {**KM_CASE, "bins": km_log_log(KM_CASE)},
    }
    OUT.write_text(json.dumps(fixture, indent=2) + "\n")
    for cohort in fixture["cohorts"]:
        print(cohort["lifeTable"], cohort["femaleShare"], [round(s["survival"], 5) for s in cohort["survival"]])


if __name__ == "__main__":
    main()

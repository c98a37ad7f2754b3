#!/usr/bin/env python3
"""Independent reference for the metastasis model as wired into the cohort engine (issue 15; docs/metastasis-model.md,
"Engine wiring"): distant-metastasis-free survival (DMFS) and disease-specific survival (DSS) of a cohort in which
every patient has the same covariates and nobody has a local recurrence or dies of another cause.

Then every patient carries a subclinical metastasis with the same probability p, detected T_D after the end of
treatment (the arm's span S, days from its first to its last treatment event), and dies of sarcoma T_S after
detection; no recurrence seeds one. So

    DMFS(t) = 1 - p * P(S + T_D < t)           = 1 - p * Phi((ln(t - S) - ln mu_D) / sigma_D)
    DSS(t)  = 1 - p * P(S + T_D + T_S < t)     = 1 - p * integral_0^{t-S} f_D(x) Phi((ln(t - S - x) - ln mu_S) / sigma_S) dx

with p = 1/(1 + exp(-(theta + c_G3 + c_5to10cm + c_deep))) and the library values of
packages/core/src/library/metastasisDefaults.ts copied here by hand (revision 4; era 2004, the reference year, so
mu_S is the reference median). Written from those equations with numpy, not from the TypeScript (which draws per
patient by inversion and counts per time bin). The convolution is a midpoint rule on the log of x (200,000 points),
far below the Monte Carlo tolerance the test uses. Usage:

    python3 scripts/reference/metastasis_engine.py   (writes test/fixtures/metastasis-engine.json; deterministic)
"""

import json
from math import erf, exp, log, sqrt
from pathlib import Path

import numpy as np
from scipy.special import ndtr

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "test" / "fixtures" / "metastasis-engine.json"

# metastasisDefaults, revision 4 (copied by hand).
THETA = -3.4809
C_G3 = 2.8518
C_5TO10 = 0.6894
C_DEEP = 0.4544
MU_D, SIGMA_D = 419.3, 2.0054  # days, detection after the end of treatment
MU_S, SIGMA_S = 589.6, 1.4205  # days, death from sarcoma after detection (era 2004)

# The test's cohort: G3, deep, primary, 300 cm3 (diameter (6 * 300 / pi)^(1/3) = 8.3 cm, the 5-10 cm band).
SPAN_DAYS = 60.0  # fractions from day 0, surgery on day 60: the span is 60 days
YEARS = [1, 2, 5, 10]
DAYS_PER_YEAR = 365.25


def phi(z: float) -> float:
    return 0.5 * (1.0 + erf(z / sqrt(2.0)))


def lognormal_cdf(x: np.ndarray, median: float, sigma: float) -> np.ndarray:
    z = (np.log(np.maximum(x, 1e-300)) - log(median)) / sigma
    return np.where(x > 0, ndtr(z), 0.0)


def dss_death_probability(t: float) -> float:
    """P(T_D + T_S < t) by a midpoint rule on u = ln x over the support of T_D."""
    if t <= 0:
        return 0.0
    lo, hi = log(t) - 60.0, log(t)
    n = 200_000
    u = lo + (np.arange(n) + 0.5) * (hi - lo) / n
    x = np.exp(u)
    # f_D(x) dx = phi((u - ln mu_D)/sigma_D)/sigma_D du
    z = (u - log(MU_D)) / SIGMA_D
    density = np.exp(-0.5 * z * z) / (SIGMA_D * sqrt(2 * np.pi))
    return float(np.sum(density * lognormal_cdf(t - x, MU_S, SIGMA_S)) * (hi - lo) / n)


def main() -> None:
    p = 1.0 / (1.0 + exp(-(THETA + C_G3 + C_5TO10 + C_DEEP)))
    rows = []
    for years in YEARS:
        t = years * DAYS_PER_YEAR - SPAN_DAYS
        detected = phi((log(t) - log(MU_D)) / SIGMA_D)
        rows.append({"years": years, "dmfs": 1 - p * detected, "dss": 1 - p * dss_death_probability(t)})
    FIXTURE.write_text(json.dumps({"p": p, "spanDays": SPAN_DAYS, "times": rows}, indent=2) + "\n")
    print(json.dumps({"p": p, "times": rows}, indent=2))


if __name__ == "__main__":
    main()

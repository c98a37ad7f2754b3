"""Reference values for the explorer's local-control chart: expected LC over time of single patients (covariates fixed).

Independent of the TypeScript code (numpy only). The model is that of scripts/reference/local_control_model.py,
revision 2, whose kernels this script imports; what differs from its `Stratum.lc` is the integration:
  - one patient with every covariate fixed (the explorer's controls) instead of a virtual population;
  - alpha ~ Normal(0.232, 0.08) truncated at 0 and ln n ~ Normal(ln n_res, 2.3) on fine trapezoid grids
    (the TypeScript uses three-point Gauss-Legendre panels);
  - the dormant share's detection P(s + tau <= t), s ~ Exponential(lambda), as E_z[(1 - e^{-lambda (t - tau(z))})+]
    on a fine grid of the regrowth deviate z, tabulated over ln D and interpolated (the TypeScript uses the
    lognormal partial moment on a monthly grid).
The parameters are the library's rounded values (packages/core/src/library/localControlDefaults.ts), written into the
fixture so that test/viz/localControlExplorer.test.ts can check they are still the library's.

Run: python3 scripts/reference/local_control_explorer.py   (writes test/fixtures/local-control-explorer.json, ~1 min)
"""
import json
import math
import pathlib
import sys

import numpy as np

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from local_control_model import (  # noqa: E402  (kernels of the model, not of the TypeScript)
    ALPHA_BETA,
    ALPHA_MEAN,
    ALPHA_SD,
    N_DETECT,
    OER,
    RHO,
    bed_log_survival,
    doublings_to_detection,
    hypoxic_fraction_from_diameter,
    norm_cdf,
    reoxygenated_log_survival,
    residual_disease_probability,
)

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "test" / "fixtures" / "local-control-explorer.json"

# localControlDefaults (library 1.1.0), as the library rounds them
LIBRARY = {
    "marginLogOdds": {"R0-wide": -4.2530, "R0-close": -1.7434, "R1-planned": -3.9357, "R1-unplanned": -0.8361},
    "covariateLogOddsRatio": {"gradeG2": 0.5596, "gradeG3": 0.9439, "deep": 0.5481, "diameter5to10cm": 0.3710,
                              "diameterOver10cm": 0.7419, "retroperitoneumOrHeadNeck": 1.3610, "ageOver50": 1.3965},
    "residualClonogens": {"median": 2.4e5, "sigma": 2.3},
    "tumourBedHypoxicFraction": 0.0103,
    "hypoxicFractionAt8cm": 0.2020,
    "regrowthDoublingTime": {"median": 18.6, "sigma": 0.05},
    "regrowthGradeLogRatio": -0.0699,
    "dormantShare": 0.4963,
    "reawakeningRate": 0.1870,
}
YEARS = [0.25, 0.5, 1, 2, 3, 5, 7, 10]
DAYS_PER_YEAR = 365.25

# (label, patient, course): the explorer's controls
CASES = [
    ("R0-wide postop 33x2 G3 8cm extremity deep >=50", dict(margin="R0-wide", timing="postop", grade=3, diameter=8, site="extremity", deep=True, over50=True), (2.0, 33)),
    ("R0-close surgery alone G2 4cm superficial <50", dict(margin="R0-close", timing="surgery-alone", grade=2, diameter=4, site="extremity", deep=False, over50=False), (2.0, 25)),
    ("R1-unplanned postop 33x2 G3 12cm retroperitoneum", dict(margin="R1-unplanned", timing="postop", grade=3, diameter=12, site="retroperitoneum", deep=True, over50=True), (2.0, 33)),
    ("R1-planned preop 25x2 G1 6cm trunk wall", dict(margin="R1-planned", timing="preop", grade=1, diameter=6, site="trunk-wall", deep=True, over50=False), (2.0, 25)),
    ("R2 preop 25x2 G3 8cm", dict(margin="R2", timing="preop", grade=3, diameter=8, site="extremity", deep=True, over50=True), (2.0, 25)),
    ("R2 postop 33x2 G2 2cm (remnant and residue)", dict(margin="R2", timing="postop", grade=2, diameter=2, site="extremity", deep=False, over50=False), (2.0, 33)),
    ("R2 postop 33x2 G2 10cm (remnant and residue)", dict(margin="R2", timing="postop", grade=2, diameter=10, site="extremity", deep=True, over50=True), (2.0, 33)),
    ("RT alone 32x2 G2 7cm", dict(margin="R0-wide", timing="rt-alone", grade=2, diameter=7, site="extremity", deep=True, over50=True), (2.0, 32)),
    ("R0-wide preop 5x6 G3 10cm", dict(margin="R0-wide", timing="preop", grade=3, diameter=10, site="extremity", deep=True, over50=True), (6.0, 5)),
    ("R1-unplanned surgery alone G3 15cm head and neck", dict(margin="R1-unplanned", timing="surgery-alone", grade=3, diameter=15, site="head-neck", deep=True, over50=True), (2.0, 25)),
]


def covariate_log_odds(p):
    b = LIBRARY["covariateLogOddsRatio"]
    total = {1: 0.0, 2: b["gradeG2"], 3: b["gradeG3"]}[p["grade"]]
    d = p["diameter"]
    total += 0.0 if d < 5 else (b["diameter5to10cm"] if d <= 10 else b["diameterOver10cm"])
    total += b["retroperitoneumOrHeadNeck"] if p["site"] in ("retroperitoneum", "head-neck") else 0.0
    total += b["deep"] if p["deep"] else 0.0
    total += b["ageOver50"] if p["over50"] else 0.0
    return total


def normal_grid(lo, hi, n):
    """Trapezoid nodes and weights of E[g(Z)], Z standard normal restricted to [lo, hi] (weights normalised)."""
    z = np.linspace(lo, hi, n)
    w = np.exp(-0.5 * z * z)
    w[0] *= 0.5
    w[-1] *= 0.5
    return z, w / w.sum()


def dormant_detection_table(days, ln_doublings, td50, sigma, rate_per_day):
    """P(s + tau <= t) for s ~ Exp(rate), ln tau ~ N(ln D + ln td50, sigma), on a grid of ln D: E_z[(1 - e^{-r(t - tau)})+]."""
    z, w = normal_grid(-8.5, 8.5, 6001)
    tau = np.exp(ln_doublings[:, None] + math.log(td50) + sigma * z[None, :])  # (D grid, z)
    out = np.empty((len(days), len(ln_doublings)))
    for i, t in enumerate(days):
        out[i] = ((t > tau) * -np.expm1(-rate_per_day * np.maximum(t - tau, 0.0))) @ w
    return out


def curve(ln_left, base_weight, pi, grade):
    """LC over YEARS of patients with expected survivors e^{ln_left} (flat arrays) weighted by base_weight."""
    lib = LIBRARY
    weight = base_weight * -np.expm1(-np.exp(np.minimum(ln_left, 700.0)))
    doublings = doublings_to_detection(ln_left)
    td50 = lib["regrowthDoublingTime"]["median"] * math.exp(-lib["regrowthGradeLogRatio"] * (grade - 2))
    sigma_t = lib["regrowthDoublingTime"]["sigma"]
    q = lib["dormantShare"]
    rate = lib["reawakeningRate"] / DAYS_PER_YEAR
    days = np.array(YEARS) * DAYS_PER_YEAR
    keep = weight > 1e-20
    weight, doublings = weight[keep], doublings[keep]
    at_zero = doublings <= 0
    ln_d = np.log(np.where(at_zero, 1.0, doublings))
    grid = np.linspace(ln_d.min() - 0.01, ln_d.max() + 0.01, 4001) if len(ln_d) else np.array([0.0, 1.0])
    table = dormant_detection_table(days, grid, td50, sigma_t, rate)
    out = []
    for i, t in enumerate(days):
        awake = np.where(at_zero, 1.0, norm_cdf((math.log(t) - ln_d - math.log(td50)) / sigma_t))
        dormant = np.where(at_zero, -math.expm1(-rate * t), np.interp(ln_d, grid, table[i]))
        out.append(1.0 - pi * float(np.sum(weight * ((1 - q) * awake + q * dormant))))
    return np.array(out)


def patient_lc(p, course):
    """(pi, LC at YEARS) of one patient. R2 (resected): the remnant, and with probability pi of an unplanned R1
    margin that margin's residue beside it, both at the patient's alpha (their survivors add)."""
    lib = LIBRARY
    dose, fractions = course
    if p["timing"] == "surgery-alone":
        fractions = 0
    gross = p["margin"] == "R2" or p["timing"] == "rt-alone"
    za, wa = normal_grid(-ALPHA_MEAN / ALPHA_SD, 8.0, 1601)
    alpha = ALPHA_MEAN + ALPHA_SD * za
    beta = alpha / ALPHA_BETA
    d = p["diameter"]
    h = float(hypoxic_fraction_from_diameter(d, lib["hypoxicFractionAt8cm"]))

    def residue_log_survival():
        if not fractions:
            return np.zeros_like(alpha)
        if p["timing"] == "postop":
            return np.array([bed_log_survival(a, b, dose, fractions, lib["tumourBedHypoxicFraction"], OER) for a, b in zip(alpha, beta)])
        return reoxygenated_log_survival(alpha, beta, dose, fractions, h, OER)

    gross_ln_s = np.zeros_like(alpha) if not fractions else reoxygenated_log_survival(alpha, beta, dose, fractions, h, OER)
    zn, wn = normal_grid(-8.0, 8.0, 1601)
    ln_res, sigma_res = math.log(lib["residualClonogens"]["median"]), lib["residualClonogens"]["sigma"]
    if gross:
        ln_n0 = math.log(RHO * math.pi / 6 * d**3)
        remnant = curve(ln_n0 + gross_ln_s, wa, 1.0, p["grade"])
        if p["timing"] == "rt-alone":
            return 1.0, list(remnant)
        pi_r1u = float(residual_disease_probability(lib["marginLogOdds"]["R1-unplanned"], covariate_log_odds(p)))
        ln_left = np.logaddexp(ln_res + sigma_res * zn[None, :] + residue_log_survival()[:, None], ln_n0 + gross_ln_s[:, None]).ravel()
        both = curve(ln_left, (wa[:, None] * wn[None, :]).ravel(), 1.0, p["grade"])
        return 1.0, list((1 - pi_r1u) * remnant + pi_r1u * both)
    pi = float(residual_disease_probability(lib["marginLogOdds"][p["margin"]], covariate_log_odds(p)))
    ln_left = (ln_res + sigma_res * zn[None, :] + residue_log_survival()[:, None]).ravel()
    return pi, list(curve(ln_left, (wa[:, None] * wn[None, :]).ravel(), pi, p["grade"]))


def main():
    cases = []
    for label, patient, course in CASES:
        pi, lc = patient_lc(patient, course)
        cases.append({"label": label, "patient": patient, "course": {"dose": course[0], "fractions": course[1]},
                      "residualProbability": pi, "lc": dict(zip([str(y) for y in YEARS], lc))})
        print(f"{label:55s} pi {pi:.4f}  " + "  ".join(f"{y}y {v:.4f}" for y, v in zip(YEARS, lc)))
    FIXTURE.write_text(json.dumps({
        "generator": "scripts/reference/local_control_explorer.py",
        "constants": {"alphaMean": ALPHA_MEAN, "alphaSd": ALPHA_SD, "alphaBeta": ALPHA_BETA, "oer": OER,
                      "clonogenDensity": RHO, "detectionClonogens": N_DETECT},
        "library": LIBRARY, "years": YEARS, "cases": cases,
    }, indent=1) + "\n")
    print(f"wrote {FIXTURE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

"""Distant-metastasis and sarcoma-death model, revision 2 (issue 15): fit, profile intervals, holdout-2 table, fixture.

Independent of the TypeScript code: numpy and scipy (PyYAML to read the data file). Reads
calibration/metastasis-evidence.yaml, fits the model's parameters by maximum likelihood (binomial terms with numbers
at risk) to the series with role `fit` or `holdout` (revision 1's held-out series are seen: revision 2 fits them),
profiles each parameter, predicts the `holdout2` series once, and writes test/fixtures/metastasis-model.json.
Revision 1's fixture is kept as test/fixtures/metastasis-model-r1.json (its script: git history, commit 2e97387).

THE MODEL (docs/metastasis-model.md). For a patient with FNCLCC grade g, depth and diameter band x, non-metastatic
at diagnosis (M0):
  subclinical metastasis present at diagnosis with  p = 1/(1 + exp(-(theta + b_G2 [g=2] + b_G3 [g=3] + sum_k c_k x_k)))
    c_k cited from the Kattan nomogram's points (D2) times the log hazard per point of its high-grade scale;
    treatment of the primary does not change p.
  time from the end of treatment to clinical detection  T_D ~ lognormal(median mu_D, sigma_D); revision 2 fits
    q15 = P(T_D > 15 y) (on the logit scale, bounded above by 10%) instead of sigma_D
  time from detection to death from sarcoma  T_S ~ lognormal(median mu_S, sigma_S), revision 2:
    ln mu_S = ln mu_S(2004) + beta (era - 2004) + b_sync [synchronous] + b_res [after metastasectomy]
  other-cause death (revision 2): the series' life table (core's CSVs), age normal (median, SD 15 y), sexes 50/50,
    independent of the sarcoma; it competes in crude incidences and overall survival; actuarial FFM/DSS stay net.
  a local recurrence seeds a metastasis in a patient without one with probability s (not fitted: G16's odds ratio).

Run: python3 scripts/reference/metastasis_model.py               (fit, profiles, every table, fixture)
     python3 scripts/reference/metastasis_model.py --fit-only    (the fit and its terms only: holdout-2 not even built)
     python3 scripts/reference/metastasis_model.py --markdown    (the tables of the doc, from the fixture)
     python3 scripts/reference/metastasis_model.py --kernels-only  (refresh the kernel grids of the fixture only)
     python3 scripts/reference/metastasis_model.py --check-data  (validate the data file, print counts only)
     python3 scripts/reference/metastasis_model.py --revision3-fit  (revision 3's pre-registered nested fits M2/M3a/M3b
         on the roles fit, holdout, holdout2 and its decision rule; holdout3 not built; writes
         test/fixtures/metastasis-model-r3-fit.json. Revision 3 was rejected: revision 2 stays the default above)
     python3 scripts/reference/metastasis_model.py --revision3-diagnostic  (the post-decision diagnostic, same file)
     python3 scripts/reference/metastasis_model.py --revision4-baseline  (revision 4's pre-registered adoption rule: coverage
         of the 49 seen terms by revision 2 at the library's values and by M2; holdout3 not built)
     python3 scripts/reference/metastasis_model.py --profiles [names]  (revision 4's profile intervals, written one by one)
     python3 scripts/reference/metastasis_model.py --open-holdout3  (revision 4's single prediction of holdout-3, from the
         fixture's estimate; refuses to run a second time)
     python3 scripts/reference/metastasis_model.py --open-holdout4  (revision 4's single prediction of holdout-4, the series
         by tumour-size band, from the fixture's estimate; refuses to run a second time)
"""
import json
import math
import pathlib
import sys

import numpy as np
import yaml
from scipy.special import ndtr, ndtri  # the fit's fast Phi and Phi^-1 only; the kernel grids use math.erfc

ROOT = pathlib.Path(__file__).resolve().parents[2]
EVIDENCE = ROOT / "calibration" / "metastasis-evidence.yaml"
FIXTURE = ROOT / "test" / "fixtures" / "metastasis-model.json"

DAYS_PER_YEAR = 365.25
DAYS_PER_MONTH = 365.25 / 12
Z95 = 1.959963984540054
SQRT2 = math.sqrt(2.0)

# Kattan nomogram (outcome-evidence D2): points, and the readable rows of the high-grade points -> 12-y sarcoma-death
# probability scale. In a Cox model ln(-ln(1 - P)) is linear in the points; its slope is the log hazard per point.
KATTAN_POINTS = {"5to10": 44.0, "over10": 70.0, "deep": 29.0}
KATTAN_SCALE = [(3, 0.04), (10, 0.044), (20, 0.05), (30, 0.06), (40, 0.07)]
LR_DM_ODDS_RATIO = 1.55  # G16 (J Orthop 2021;25:244-251): LR -> metastasis odds ratio, pooled

# Revision 2. Reference calendar year of survival after metastasis: D9's most recent period, 2002-06 (the scenario
# default). Undetected share: q15 = P(T_D > 15 y), bounded above by 10% (an assumption, docs/metastasis-model.md).
REFERENCE_ERA = 2004.0
UNDETECTED_AT_YEARS = 15.0
UNDETECTED_BOUND = 0.10
# Revision 4 (the library's model) is fitted on every seen series: revision 1's fit and held-out series and holdout-2.
# Revision 2 was fitted on ("fit", "holdout"): its fixture is test/fixtures/metastasis-model-r2.json (script at ca09e42).
FIT_ROLES = ("fit", "holdout", "holdout2")
# holdout3: blind to revision 3 (committed with its pre-registration before the fit; never built by --fit-only)
# holdout4: series by tumour-size band, blind to revision 4 (rules M1-M8 of the data file; predicted once by --open-holdout4)
ROLES = ("fit", "holdout", "holdout2", "holdout3", "holdout4")

# Fitted parameters: name, start, search bounds on the fitted scale.
PARAMS = [
    ("theta_G1", -2.5, (-8.0, 3.0)),  # log odds of subclinical metastasis, G1 superficial < 5 cm
    ("b_G2", 1.5, (-3.0, 6.0)),  # log odds ratio G2 vs G1
    ("b_G3", 2.5, (-3.0, 6.0)),  # log odds ratio G3 vs G1
    ("ln_detection_median_years", math.log(1.5), (math.log(0.05), math.log(14.9))),
    ("logit_undetected_15y", -3.0, (-12.0, math.log(UNDETECTED_BOUND / (1 - UNDETECTED_BOUND)))),
    ("ln_post_median_months_2004", math.log(18.0), (math.log(1.0), math.log(120.0))),
    ("ln_post_sigma", 0.0, (-3.0, 1.5)),
    ("era_log_per_year", 0.02, (-0.2, 0.2)),  # d ln mu_S / d calendar year
    ("ln_synchronous", -0.5, (-4.0, 3.0)),  # ln of the median ratio, synchronous vs all-comers
    ("ln_resected", 0.5, (-3.0, 4.0)),  # ln of the median ratio, after metastasectomy vs all-comers
    # revision 3 (pre-registered, docs/metastasis-model.md): long-term-survivor fraction after metastasis,
    # logit pi_g = eta_0 + eta_res [resected]; pi = 0 in revision 2 (variant M2)
    ("logit_cured_all", -2.0, (-8.0, 2.0)),  # eta_0: logit of the share of long-term survivors among all-comers
    ("logit_cured_resected_shift", 1.0, (-4.0, 6.0)),  # eta_res: added for patients after metastasectomy
]
NAMES = [p[0] for p in PARAMS]
# Revision 3's nested models (pre-registered): M2 = revision 2 (no long-term survivors), M3a = one cure fraction for
# every group, M3b = M3a + a metastasectomy shift of its logit. The parameters a variant does not use are not fitted.
VARIANT_UNUSED = {"M2": {"logit_cured_all", "logit_cured_resected_shift"}, "M3a": {"logit_cured_resected_shift"}, "M3b": set(),
                  "M3r": {"logit_cured_all"}}
# M3r is a diagnostic after the decision, not a pre-registered model: no long-term survivors among all-comers and the
# metastasectomy share on its own logit (logit pi_res = eta_res), a corner the pre-registered parametrisation caps at
# pi_res <= 1/(1 + e^2) = 0.12 when eta_0 sits at its lower bound.
VARIANT = "M2"  # set by main(); revision 2's fixture is variant M2 on the roles fit and holdout
R2_NAMES = [n for n in NAMES if n not in VARIANT_UNUSED["M2"]]  # revision 2's ten parameters (its fixture, tables, profiles)
FIT_ROLES_R3 = ("fit", "holdout", "holdout2")  # revision 3 is fitted on everything seen; holdout3 is blind
SIZE_BANDS = ["under5", "5to10", "over10"]


# ------------------------------------------------------------------------------------------------ numerics
def norm_cdf(x):
    """Phi(x) = erfc(-x/sqrt 2)/2 (math.erfc per element: full relative precision in the lower tail)."""
    return np.vectorize(lambda v: 0.5 * math.erfc(-v / SQRT2), otypes=[float])(np.asarray(x, dtype=float))


def log_norm_sf(z):
    """ln(1 - Phi(z)) = ln Phi(-z); beyond z = 37 (where erfc underflows) the asymptotic series
    -z^2/2 - ln(z sqrt(2 pi)) + ln(1 - 1/z^2 + 3/z^4 - 15/z^6)."""
    def one(v):
        if v < 37.0:
            return math.log(0.5 * math.erfc(v / SQRT2))
        w = 1.0 / (v * v)
        return -0.5 * v * v - math.log(v * math.sqrt(2 * math.pi)) + math.log1p(w * (-1 + w * (3 - 15 * w)))
    return np.vectorize(one, otypes=[float])(np.asarray(z, dtype=float))


def norm_ppf(u):
    """Phi^-1(u) by bisection on math.erfc to the last bit (slow, exact: a reference, not a kernel)."""
    def one(p):
        if p <= 0:
            return -math.inf
        if p >= 1:
            return math.inf
        if p > 0.5:  # the upper tail from 1 - p (exact for p > 1/2), as Phi(z) near 1 has no resolution left
            return -one(1.0 - p)
        lo, hi = -40.0, 40.0
        for _ in range(200):
            mid = 0.5 * (lo + hi)
            if 0.5 * math.erfc(-mid / SQRT2) < p:
                lo = mid
            else:
                hi = mid
            if hi - lo <= 4e-16 * max(1.0, abs(mid)):
                break
        return 0.5 * (lo + hi)
    return np.vectorize(one, otypes=[float])(np.asarray(u, dtype=float))


GL_NODES, GL_WEIGHTS = np.polynomial.legendre.leggauss(400)


# ---------------------------------------------------------------------------------------------- the kernels
def subclinical_metastasis_probability(intercept_log_odds, covariate_log_odds):
    """p = 1/(1 + exp(-(theta + sum c x)))."""
    z = np.asarray(intercept_log_odds, dtype=float) + np.asarray(covariate_log_odds, dtype=float)
    return 1.0 / (1.0 + np.exp(-z))


def lognormal_cdf(days, median_days, sigma):
    """P(T <= t) = Phi(ln(t/median)/sigma), 0 for t <= 0."""
    days = np.asarray(days, dtype=float)
    with np.errstate(divide="ignore"):
        z = np.log(np.maximum(days, 0.0) / median_days) / sigma
    return np.where(days <= 0, 0.0, norm_cdf(np.where(days <= 0, 0.0, z)))


def lognormal_log_survival(days, median_days, sigma):
    """ln P(T > t) = ln(1 - Phi(ln(t/median)/sigma)), 0 for t <= 0."""
    days = np.asarray(days, dtype=float)
    safe = np.where(days <= 0, median_days, days)
    return np.where(days <= 0, 0.0, log_norm_sf(np.log(safe / median_days) / sigma))


def lognormal_quantile(u, median_days, sigma):
    """t = median exp(sigma Phi^-1(u))."""
    return median_days * np.exp(sigma * norm_ppf(u))


def post_metastasis_median_days(reference_median_days, era_log_per_year, years_from_reference, covariate_log_ratio):
    """mu_S = mu_S,ref exp(beta (year - reference year) + c): the era and the metastatic subgroup act on the median
    (an accelerated-failure-time reading: every survival time scales by the same factor)."""
    return reference_median_days * math.exp(era_log_per_year * years_from_reference + covariate_log_ratio)


def recurrence_seeding_probability(metastasis_probability, odds_ratio):
    """s with odds(p + (1 - p) s) = OR odds(p): s = (p_LR - p)/(1 - p), p_LR = OR p/(1 - p + OR p)."""
    p = metastasis_probability
    p_lr = odds_ratio * p / (1 - p + odds_ratio * p)
    return (p_lr - p) / (1 - p)


GL64_NODES, GL64_WEIGHTS = np.polynomial.legendre.leggauss(64)


def sarcoma_death_probability(days, metastasis_probability, det_median, det_sigma, post_median, post_sigma):
    """P(death from sarcoma by t) = p int_0^t f_D(u) F_S(t - u) du, u = det_median e^{det_sigma z}, z up to z_t
    (the normal weight below z_t - 12 is < 1e-30 of the total). Revision 4: 64-point Gauss-Legendre panels whose ends
    lie 12, 1, 1/2, 1/4, ..., 2^-40 and 0 below z_t, because F_S(t - u) ~ Phi(ln(z_t - z)/sigma_S) is not analytic at
    z_t and a single 400-point rule on [z_t - 12, z_t] (revision 2's) is off by up to 1e-11 once sigma_S is 1.42
    (checked against scipy.integrate.quad)."""
    t = float(days)
    if t <= 0:
        return 0.0
    zt = math.log(t / det_median) / det_sigma
    ends = [12.0] + [2.0 ** -k for k in range(0, 41)] + [0.0]  # distances below z_t
    total = 0.0
    for far, near in zip(ends[:-1], ends[1:]):
        a, b = zt - far, zt - near
        z = 0.5 * (b - a) * GL64_NODES + 0.5 * (a + b)
        w = 0.5 * (b - a) * GL64_WEIGHTS
        u = det_median * np.exp(det_sigma * z)
        phi = np.exp(-0.5 * z * z) / math.sqrt(2 * math.pi)
        total += float(np.sum(w * phi * lognormal_cdf(t - u, post_median, post_sigma)))
    return metastasis_probability * total


# ----------------------------------------------------------------------------------------- the population
def kattan_log_hazard_per_point():
    x = np.array([r[0] for r in KATTAN_SCALE], dtype=float)
    y = np.log(-np.log(1 - np.array([r[1] for r in KATTAN_SCALE])))
    slope, _ = np.polyfit(x, y, 1)
    return float(slope)


K_POINT = kattan_log_hazard_per_point()
COVARIATE_LOG_OR = {k: v * K_POINT for k, v in KATTAN_POINTS.items()}


def size_band_shares(diameter):
    if "dist" in diameter:
        m, s = diameter["median"], diameter["sigma"]
        f5 = float(norm_cdf(math.log(5 / m) / s))
        f10 = float(norm_cdf(math.log(10 / m) / s))
        return {"under5": f5, "5to10": f10 - f5, "over10": 1 - f10}
    return {k: float(diameter.get(k, 0.0)) for k in SIZE_BANDS}


def shares(value, levels):
    if isinstance(value, str):
        return {k: 1.0 if k == value else 0.0 for k in levels}
    return {k: float(value.get(k, 0.0)) for k in levels}


def strata(defaults, population, grade_only=None):
    """Cells (weight, grade, deep, size band) of a series' population; `grade_only` keeps one grade's cells."""
    parts = [{"share": 1.0}] if population in (None, "default") else population
    cells = []
    for part in parts:
        grade = shares(part.get("grade", defaults["grade"]), ["G1", "G2", "G3"])
        depth = shares(part.get("depth", defaults["depth"]), ["deep", "superficial"])
        size = size_band_shares(part.get("diameter", defaults["diameter"]))
        for g, wg in grade.items():
            if grade_only is not None and g != grade_only:
                continue
            for d, wd in depth.items():
                for s, ws in size.items():
                    w = part["share"] * wg * wd * ws
                    if w > 0:
                        cells.append((w, g, d == "deep", s))
    total = sum(c[0] for c in cells)
    return [(w / total, g, deep, s) for w, g, deep, s in cells]


def unpack(x):
    """Natural-scale model from the fitted vector. sigma_D follows from the median and the share of subclinical
    metastases still undetected at 15 y, q15 = 1 - Phi(ln(15 y / mu_D)/sigma_D): sigma_D = ln(15 y / mu_D)/Phi^-1(1 - q15)."""
    v = dict(zip(NAMES, x))
    det_median = math.exp(v["ln_detection_median_years"]) * DAYS_PER_YEAR
    q15 = 1.0 / (1.0 + math.exp(-v["logit_undetected_15y"]))
    det_sigma = math.log(UNDETECTED_AT_YEARS * DAYS_PER_YEAR / det_median) / float(ndtri(1.0 - q15))
    return {
        "theta": v["theta_G1"],
        "grade": {"G1": 0.0, "G2": v["b_G2"], "G3": v["b_G3"]},
        "det_median": det_median,
        "det_sigma": det_sigma,
        "undetected15": q15,
        "ln_post_median_ref_months": v["ln_post_median_months_2004"],
        "era_slope": v["era_log_per_year"],
        "synchronous": v["ln_synchronous"],
        "resected": v["ln_resected"],
        "post_sigma": math.exp(v["ln_post_sigma"]),
        "cured_all": cured_share(v, False),
        "cured_resected": cured_share(v, True),
    }


def cured_share(v, resected):
    """pi_g = 1/(1 + exp(-(eta_0 + eta_res [resected]))), 0 in variant M2, eta_res unused in M3a (revision 3)."""
    if VARIANT == "M3r":
        return 1.0 / (1.0 + math.exp(-v["logit_cured_resected_shift"])) if resected else 0.0
    if "logit_cured_all" in VARIANT_UNUSED[VARIANT]:
        return 0.0
    z = v["logit_cured_all"] + (v["logit_cured_resected_shift"] if resected and "logit_cured_resected_shift" not in VARIANT_UNUSED[VARIANT] else 0.0)
    return 1.0 / (1.0 + math.exp(-z))


def post_median_days(m, series):
    """mu_S of a series: ln mu_S = ln mu_S(2004) + beta (era - 2004) + b_sync [synchronous] + b_res [resected]."""
    era = series.get("era")
    if era is None:
        raise ValueError(f"series {series['id']!r}: its terms depend on survival after metastasis, so it needs an era (rule H2)")
    ln_months = (m["ln_post_median_ref_months"] + m["era_slope"] * (float(era) - REFERENCE_ERA)
                 + (m["synchronous"] if series.get("synchronous") else 0.0) + (m["resected"] if series.get("resected") else 0.0))
    return math.exp(ln_months) * DAYS_PER_MONTH


def cell_probability(m, g, deep, s):
    c = m["grade"][g] + (COVARIATE_LOG_OR["deep"] if deep else 0.0) + COVARIATE_LOG_OR.get(s, 0.0)
    return float(subclinical_metastasis_probability(m["theta"], c))


def mean_probability(m, cells):
    return sum(w * cell_probability(m, g, deep, s) for w, g, deep, s in cells)


# ------------------------------------------------------------------------------- background mortality (rev. 2)
LIFE_TABLE_FOLDER = ROOT / "packages" / "core" / "src" / "library" / "lifeTables"
AGE_SD_YEARS = 15.0  # rule H3: spread of age in a series (assumption)
AGE_RANGE = (18.0, 90.0)
_HE_NODES, _HE_WEIGHTS = np.polynomial.hermite_e.hermegauss(7)
_HE_WEIGHTS = _HE_WEIGHTS / _HE_WEIGHTS.sum()
_TABLES = {}


def life_table_antiderivatives(table_id):
    """Per sex, the knots F_k = sum_{j<k} h_j, h_j = -ln(1 - q_j), and the last hazard (which continues): the cumulative
    hazard of the piecewise-constant hazard by year of age (docs/models.md, Background mortality)."""
    if table_id not in _TABLES:
        import csv
        path = LIFE_TABLE_FOLDER / f"{table_id}.csv"
        if not path.exists():
            raise ValueError(f"unknown life table {table_id!r} (no {path.name})")
        with path.open() as f:
            rows = list(csv.DictReader(f))
        out = {}
        for sex in ("female", "male"):
            q = np.array([float(r[f"{sex}_qx"]) for r in rows])
            h = -np.log1p(-np.minimum(q, 1 - 1e-16))
            out[sex] = (np.concatenate([[0.0], np.cumsum(h[:-1])]), h[-1])
        _TABLES[table_id] = out
    return _TABLES[table_id]


def cumulative_hazard_at(knots, last_hazard, s):
    s = np.asarray(s, dtype=float)
    n1 = len(knots) - 1
    inside = np.interp(np.minimum(s, n1), np.arange(n1 + 1), knots)
    return inside + last_hazard * np.maximum(s - n1, 0.0)


def background_survival(series, defaults):
    """bg(t years) = E over ages (normal, median age, SD 15 y, clipped 18-90; 7-point Gauss-Hermite) and sexes (50/50)
    of exp(-(F(a + t) - F(a))): the series' probability of escaping other-cause death for t years (rules H3, H4)."""
    table = life_table_antiderivatives(series.get("lifeTable", defaults["lifeTable"]))
    age = float(series.get("age", defaults["age"]))
    ages = np.clip(age + AGE_SD_YEARS * _HE_NODES, *AGE_RANGE)

    def exact(t_years):
        t = np.asarray(t_years, dtype=float)
        total = np.zeros_like(t)
        for knots, last in table.values():
            for a, w in zip(ages, _HE_WEIGHTS):
                h = cumulative_hazard_at(knots, last, a + t) - cumulative_hazard_at(knots, last, a)
                total = total + 0.5 * w * np.exp(-h)
        return total

    # bg does not depend on the fitted parameters: tabulated once per series on a 1-day grid to 60 y (linear
    # interpolation error below 1e-8), so that the fit's many evaluations cost one interpolation each
    grid = np.arange(0.0, 60.0 + 1e-9, 1.0 / DAYS_PER_YEAR)
    table_values = exact(grid)

    def bg(t_years):
        return np.interp(t_years, grid, table_values)
    return bg


# ----------------------------------------------------------------------------------------- cohort curves (fast)
# The fit evaluates these thousands of times: scipy's ndtr (Phi) on Gauss-Legendre nodes. Independent of the kernels.
FIT_NODES, FIT_WEIGHTS = np.polynomial.legendre.leggauss(64)
PHI = lambda z: np.exp(-0.5 * z * z) / math.sqrt(2 * math.pi)


def _gl(a, b):
    return 0.5 * (b - a) * FIT_NODES + 0.5 * (a + b), 0.5 * (b - a) * FIT_WEIGHTS


def detection_cdf(m, years):
    return float(ndtr(math.log(years * DAYS_PER_YEAR / m["det_median"]) / m["det_sigma"])) if years > 0 else 0.0


def death_given_metastasis(m, post_median, years, bg=None):
    """P(death from sarcoma by t | subclinical metastasis) = int_0^t f_D(u) F_S(t - u) du; with bg, the crude version
    int int_{u + w <= t} bg(u + w) f_D(u) f_S(w) du dw (other-cause death competing). Gauss-Legendre in the log scales."""
    t = years * DAYS_PER_YEAR
    zt = math.log(t / m["det_median"]) / m["det_sigma"]
    z, wz = _gl(zt - 12.0, zt)
    u = m["det_median"] * np.exp(m["det_sigma"] * z)
    rest = np.maximum(t - u, 1e-300)
    if bg is None:
        inner = ndtr(np.log(rest / post_median) / m["post_sigma"])
    else:
        ymax = np.log(rest / post_median) / m["post_sigma"]
        y = 6.0 * FIT_NODES[None, :] + (ymax[:, None] - 6.0)  # Gauss-Legendre on [ymax - 12, ymax], per detection node
        w = post_median * np.exp(m["post_sigma"] * y)
        inner = (6.0 * FIT_WEIGHTS[None, :] * PHI(y) * bg((u[:, None] + w) / DAYS_PER_YEAR)).sum(axis=1)
    return float(np.sum(wz * PHI(z) * inner))


def crude_detection(m, years, bg, from_years=0.0):
    """int_a^t bg(u) f_D(u) du (metastasis detected alive by t, from a): Gauss-Legendre in the detection log scale."""
    zt = math.log(years * DAYS_PER_YEAR / m["det_median"]) / m["det_sigma"]
    za = math.log(from_years * DAYS_PER_YEAR / m["det_median"]) / m["det_sigma"] if from_years > 0 else zt - 12.0
    z, wz = _gl(za, zt)
    u = m["det_median"] * np.exp(m["det_sigma"] * z)
    return float(np.sum(wz * PHI(z) * bg(u / DAYS_PER_YEAR)))


def ffm(m, p, years):
    return 1.0 - p * detection_cdf(m, years)


def dss(m, p, post_median, years):
    """1 - P(death from sarcoma by t); revision 3: only the share 1 - pi_all of metastatic patients dies of sarcoma."""
    return 1.0 - p * (1.0 - m["cured_all"]) * death_given_metastasis(m, post_median, years)


def post_os(m, post_median, months, bg=None, cured=None):
    """Survival from detection of metastasis: S_post(t) = pi + (1 - pi) S_S(t) (net; revision 3's long-term survivors,
    pi = pi_all unless given) or S_post(t) bg(t) (overall, rule H5)."""
    pi = m["cured_all"] if cured is None else cured
    s = pi + (1.0 - pi) * float(ndtr(-math.log(months * DAYS_PER_MONTH / post_median) / m["post_sigma"]))
    return s * (float(bg(months / 12.0)) if bg is not None else 1.0)


def post_median_of(series):
    return lambda m: post_median_days(m, series)


# ------------------------------------------------------------------------------------------- binomial terms
def terms_of(series, defaults):
    """Each observation as a binomial term: (label, events, n, predict(m) -> event probability, observed).
    Revision 2 (rule H5): crude quantities (dm-crude, dss-crude, late-dm) and overall survival (os, post-dm-os) have
    other-cause death from the series' life table competing; actuarial FFM and DSS stay net."""
    out = []
    pop = series.get("population")
    bg = background_survival(series, defaults)
    mu_s = post_median_of(series)
    cure = (lambda m: m["cured_resected"]) if series.get("resected") else (lambda m: m["cured_all"])
    chained = {}  # kind -> (previous time, previous observed survival)
    for o in series["observations"]:
        kind = o["kind"]
        if kind in ("ffm", "dss", "os", "post-dm-os", "post-dm-dss"):
            t = o.get("atYears", o.get("atMonths"))
            prev_t, prev_s = chained.get(kind, (0.0, 1.0))
            n = o["patients"] * prev_s
            k = n * (1 - o["value"] / prev_s)
            cells = strata(defaults, pop) if not kind.startswith("post-dm") else None
            if kind == "ffm":
                curve = lambda m, tt, c=cells: ffm(m, mean_probability(m, c), tt)
            elif kind == "dss":
                curve = lambda m, tt, c=cells: dss(m, mean_probability(m, c), mu_s(m), tt)
            elif kind == "os":
                curve = lambda m, tt, c=cells: float(bg(tt)) * dss(m, mean_probability(m, c), mu_s(m), tt)
            elif kind == "post-dm-os":
                curve = lambda m, tt: post_os(m, mu_s(m), tt, bg, cure(m))
            else:  # post-dm-dss (rule K3): disease-specific survival from detection, net of other-cause death
                curve = lambda m, tt: post_os(m, mu_s(m), tt, None, cure(m))
            predict = lambda m, a=prev_t, b=t, f=curve: conditional_event(f(m, b), f(m, a) if a > 0 else 1.0)
            unit = "mo" if kind.startswith("post-dm") else "y"
            label = f"{kind} {t:g} {unit}" + (f", given {prev_t:g} {unit}" if prev_t > 0 else "")
            chained[kind] = (t, o["value"])
            out.append((label, k, n, predict, o["value"]))
        elif kind == "dm-crude":
            cells = strata(defaults, pop)
            n = o["patients"]
            k = o["events"] if "events" in o else o["value"] * n
            predict = lambda m, c=cells, t=o["atYears"]: mean_probability(m, c) * crude_detection(m, t, bg)
            out.append((f"DM by {o['atYears']:g} y", k, n, predict, k / n))
        elif kind == "dss-crude":
            cells = strata(defaults, pop, grade_only=o.get("grade"))
            n = o["patients"]
            k = o["events"] if "events" in o else o["value"] * n
            predict = lambda m, c=cells, t=o["atYears"]: mean_probability(m, c) * (1.0 - m["cured_all"]) * death_given_metastasis(m, mu_s(m), t, bg)
            label = f"sarcoma death by {o['atYears']:g} y" + (f", {o['grade']}" if "grade" in o else "")
            out.append((label, k, n, predict, k / n))
        elif kind == "late-dm":
            cells = strata(defaults, pop)
            a, b = o["fromYears"], o["toYears"]
            predict = lambda m, c=cells, a=a, b=b: late_dm(m, c, a, b, bg)
            out.append((f"DM {a:g}-{b:g} y, metastasis-free at {a:g} y", o["events"], o["atRisk"], predict, o["events"] / o["atRisk"]))
        else:
            raise ValueError(f"{series['id']}: unknown observation kind {kind!r}")
    return out


def conditional_event(survival_b, survival_a):
    """1 - S(b)/S(a); 1 when S(a) underflows to 0 (profiles reach such corners: every patient has had the event)."""
    return 1.0 - survival_b / survival_a if survival_a > 1e-300 else 1.0


def late_dm(m, cells, a, b, bg):
    """Metastasis detected alive in (a, b] among the alive and metastasis-free at a: p int_a^b bg f_D / (bg(a)(1 - p F_D(a)))."""
    p = mean_probability(m, cells)
    return p * crude_detection(m, b, bg, from_years=a) / (float(bg(a)) * (1 - p * detection_cdf(m, a)))


def binomial_deviance(k, n, q):
    q = min(max(q, 1e-300), 1 - 1e-16)
    d = 0.0
    if k > 0:
        d += k * math.log(k / (n * q))
    if n - k > 0:
        d += (n - k) * math.log((n - k) / (n * (1 - q)))
    return 2.0 * d


def wilson(k, n):
    p = k / n
    den = 1 + Z95**2 / n
    centre = (p + Z95**2 / (2 * n)) / den
    half = Z95 * math.sqrt(p * (1 - p) / n + Z95**2 / (4 * n * n)) / den
    return centre - half, centre + half


# ------------------------------------------------------------------------------------------------- fitting
def fit(terms, x0, fixed=None):
    """Minimise the deviance; `fixed` = (index, value) holds one parameter (profiles). L-BFGS-B with box bounds
    (revision 2: ten parameters make Nelder-Mead too slow for the profiles), restarted until the deviance no longer
    falls by 1e-7."""
    from scipy.optimize import minimize
    free = [i for i in range(len(NAMES)) if (fixed is None or i != fixed[0]) and NAMES[i] not in VARIANT_UNUSED[VARIANT]]

    def full(v):
        x = np.array(x0, dtype=float)
        x[free] = v
        if fixed is not None:
            x[fixed[0]] = fixed[1]
        return x

    f = lambda v: sum(binomial_deviance(k, n, pr(unpack(full(v)))) for _, k, n, pr, _ in terms)
    bounds = [PARAMS[i][2] for i in free]
    v = np.clip(np.array([x0[i] for i in free], dtype=float), [b[0] for b in bounds], [b[1] for b in bounds])
    best = f(v)
    for _ in range(4):
        r = minimize(f, v, method="L-BFGS-B", bounds=bounds, options={"maxiter": 500, "ftol": 1e-11, "gtol": 1e-6})
        x_new, value = r.x, r.fun
        improved = best - value
        if value < best:
            v, best = x_new, value
        if improved < 1e-7:
            break
    return full(v), best


def profile(terms, x_hat, d_min, i):
    """Profile-likelihood 95% interval of parameter i: deviance within 3.84 of its minimum, others refitted."""
    lo_b, hi_b = PARAMS[i][2]
    ends = []
    for direction, bound in ((-1, lo_b), (1, hi_b)):
        inside, step, x_start = x_hat[i], 0.25, x_hat
        outside = None
        while outside is None:
            trial = inside + direction * step
            if (direction < 0 and trial <= bound) or (direction > 0 and trial >= bound):
                trial = bound
            x_t, d_t = fit(terms, x_start, fixed=(i, trial))
            if d_t - d_min > 3.841458820694124:
                outside = trial
            elif trial == bound:
                break
            else:
                inside, x_start, step = trial, x_t, step * 2
        if outside is None:
            ends.append((bound, True))
            continue
        for _ in range(8):  # bisection to 1/256 of the bracket
            mid = 0.5 * (inside + outside)
            _, d_m = fit(terms, x_start, fixed=(i, mid))
            if d_m - d_min > 3.841458820694124:
                outside = mid
            else:
                inside = mid
        ends.append((0.5 * (inside + outside), False))
    return ends


# ------------------------------------------------------------------------------------------------- the data
def load():
    data = yaml.safe_load(EVIDENCE.read_text())
    ids = set()
    for s in data["series"]:
        where = f"{EVIDENCE.name}: series {s.get('id')!r}"
        if s.get("id") in ids:
            raise ValueError(f"{where}: duplicate id")
        ids.add(s["id"])
        if s.get("role") not in ROLES:
            raise ValueError(f"{where}: role must be one of {', '.join(ROLES)}, got {s.get('role')!r}")
        for key in ("evidence", "citation", "observations"):
            if key not in s:
                raise ValueError(f"{where}: missing {key}")
    return data


def check_data():
    data = load()
    for role in ROLES:
        own = [s for s in data["series"] if s["role"] == role]
        print(f"{role}: {len(own)} series, {sum(len(s['observations']) for s in own)} terms")
    return 0


def kernel_grids(m):
    """Reference values on fixed grids for the TypeScript kernels (test/core/metastasisModel.test.ts)."""
    grids = {}
    grids["subclinicalMetastasisProbability"] = [
        [a, b, float(subclinical_metastasis_probability(a, b))] for a in (-6.0, -2.5, -0.3, 0.0, 1.7) for b in (-1.0, 0.0, 0.45, 2.9)
    ]
    lognormal_rows = []
    for median in (200.0, 548.0, 1500.0):
        for sigma in (0.3, 1.0, 1.6):
            for t in (1.0, 30.0, 365.25, 1826.25, 5478.75, 40000.0):
                lognormal_rows.append([t, median, sigma, float(lognormal_cdf(t, median, sigma)), float(lognormal_log_survival(t, median, sigma))])
    grids["lognormal"] = lognormal_rows
    grids["lognormalQuantile"] = [
        [u, median, sigma, float(lognormal_quantile(u, median, sigma))]
        for u in (1e-12, 0.001, 0.025, 0.3, 0.5, 0.77, 0.975, 0.999999)
        for median, sigma in ((548.0, 1.2), (480.0, 0.9))
    ]
    grids["recurrenceSeedingProbability"] = [
        [p, r, float(recurrence_seeding_probability(p, r))] for p in (0.01, 0.2, 0.3, 0.6, 0.95) for r in (1.0, 1.55, 3.0)
    ]
    post_median = math.exp(m["ln_post_median_ref_months"]) * DAYS_PER_MONTH
    grids["postMetastasisMedianDays"] = [
        [ref, slope, dy, c, post_metastasis_median_days(ref, slope, dy, c)]
        for ref in (300.0, post_median) for slope in (0.0, m["era_slope"], -0.05) for dy in (-25.0, -5.5, 0.0, 9.0) for c in (0.0, m["synchronous"], m["resected"])
    ]
    grids["sarcomaDeathProbability"] = [
        [t, p, m["det_median"], m["det_sigma"], post_median, m["post_sigma"],
         sarcoma_death_probability(t, p, m["det_median"], m["det_sigma"], post_median, m["post_sigma"])]
        for t in (30.0, 365.25, 730.5, 1826.25, 3652.5, 5478.75) for p in (0.1, 0.35)
    ] + [
        [t, 0.3, 400.0, 0.5, 300.0, 1.4, sarcoma_death_probability(t, 0.3, 400.0, 0.5, 300.0, 1.4)] for t in (100.0, 700.0, 2500.0)
    ]
    return grids


def fmt(v, d=3):
    return f"{v:.{d}f}"


def inside(r):
    return r["wilson95"][0] <= r["predicted"] <= r["wilson95"][1]


def coverage_line(rows):
    n_in = sum(1 for r in rows if inside(r))
    above = sum(1 for r in rows if r["predicted"] > r["wilson95"][1])
    return f"{n_in}/{len(rows)} ({round(100 * n_in / len(rows))}%; {above} predicted too many events, {len(rows) - n_in - above} too few)"


def term_table(rows):
    out = ["| series | evidence | observation | events / n | observed | observed 95% (Wilson) | predicted | inside |",
           "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in rows:
        out.append(f"| {r['series']} | {r['evidence']} | {r['observation']} | {r['events']:.1f} / {r['n']:.1f} | {fmt(r['observed'])} | "
                   f"{fmt(r['wilson95'][0])}–{fmt(r['wilson95'][1])} | {fmt(r['predicted'])} | {'yes' if inside(r) else 'no'} |")
    return out


def markdown(fx):
    out = ["| parameter (fitted scale) | estimate | profile 95% interval |", "| --- | --- | --- |"]
    for name in R2_NAMES:
        iv = fx["intervals"].get(name)
        if iv is None:  # revision 4: the profiles CPU allowed are written one by one (--profiles)
            out.append(f"| {name} | {fmt(fx['parameters'][name], 3)} | not profiled |")
            continue
        lo = ("≤ " if iv["lowerAtBound"] else "") + fmt(iv["lower"], 2)
        hi = ("≥ " if iv["upperAtBound"] else "") + fmt(iv["upper"], 2)
        out.append(f"| {name} | {fmt(fx['parameters'][name], 3)} | {lo} to {hi} |")
    out.append("")
    out.append(f"−2 ln L = {fx['deviance']:.2f} on {fx['fitTerms']} binomial terms, {len(R2_NAMES)} parameters.")
    fit_rows = [r for r in fx["predictions"] if r["role"] in FIT_ROLES]
    out += ["", f"Fit terms inside their observed Wilson 95% interval: {coverage_line(fit_rows)}", ""] + term_table(fit_rows)
    # a role not fitted: revision 2's holdout-2, revision 4's holdout-3 and holdout-4 (by size band)
    blind = {"holdout2": "Holdout-2", "holdout3": "Holdout-3", "holdout4": "Holdout-4"}
    for role, title in blind.items():
        own = [r for r in fx["predictions"] if r["role"] == role and role not in FIT_ROLES]
        if own:
            out += ["", f"**{title} coverage: {coverage_line(own)}**", ""] + term_table(own)
    c = fx["curves"]
    out += ["", "| default cohort | " + " | ".join(f"{y} y" for y in c["years"]) + " |", "| --- |" + " --- |" * len(c["years"])]
    out.append("| freedom from metastasis | " + " | ".join(f"{100 * v:.1f}%" for v in c["ffm"]) + " |")
    out.append("| disease-specific survival | " + " | ".join(f"{100 * v:.1f}%" for v in c["dss"]) + " |")
    out.append("| overall survival (age 55, de table) | " + " | ".join(f"{100 * v:.1f}%" for v in c["os"]) + " |")
    out += ["", "| after metastasis | " + " | ".join(f"{m} mo" for m in c["postOsMonths"]) + " |", "| --- |" + " --- |" * len(c["postOsMonths"])]
    out.append("| survival from sarcoma | " + " | ".join(f"{100 * v:.1f}%" for v in c["postOs"]) + " |")
    g, z = fx["metastasisProbabilityByGrade"], fx["metastasisProbabilityBySize"]
    out += ["", "| subclinical metastasis p (default mix of the other covariates) | G1 | G2 | G3 | < 5 cm | 5–10 cm | > 10 cm | all |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |",
            f"| p | {fmt(g['G1'])} | {fmt(g['G2'])} | {fmt(g['G3'])} | {fmt(z['under5'])} | {fmt(z['5to10'])} | {fmt(z['over10'])} | {fmt(fx['cohortMetastasisProbability'])} |"]
    e = fx["postMedianMonthsByEra"]
    out += ["", "| median survival after metastasis (months) | " + " | ".join(str(k) for k in e) + " |", "| --- |" + " --- |" * len(e),
            "| all-comers | " + " | ".join(f"{v:.1f}" for v in e.values()) + " |"]
    return "\n".join(out)


_PROFILE_CONTEXT = None


def _profile_one(i):
    terms, x_hat, d_min = _PROFILE_CONTEXT
    ends = profile(terms, x_hat, d_min, i)
    print(f"profiled {NAMES[i]}: {ends}", flush=True)
    return ends


R3_FIT_RESULT = ROOT / "test" / "fixtures" / "metastasis-model-r3-fit.json"


def fit_variant(variant, terms, x0):
    """The fit of one of revision 3's nested models, from x0 and from a second start on the far side of the new
    parameters (the cure fraction trades against the survival law's median and sigma)."""
    global VARIANT
    VARIANT = variant
    x_hat, d_min = fit(terms, x0)
    alt = list(x_hat)
    alt[NAMES.index("logit_cured_all")] = -5.0 if x_hat[NAMES.index("logit_cured_all")] > -3.0 else 0.0
    alt[NAMES.index("logit_cured_resected_shift")] = 3.0 if x_hat[NAMES.index("logit_cured_resected_shift")] < 1.5 else 0.0
    if variant != "M2":
        x_alt, d_alt = fit(terms, alt)
        if d_alt < d_min - 1e-6:
            x_hat, d_min = x_alt, d_alt
    return x_hat, d_min


def revision3_fit():
    """Revision 3, as pre-registered (docs/metastasis-model.md): M2, M3a and M3b fitted on the roles fit, holdout and
    holdout2 (holdout3's terms are not built), the decision rule applied, the result written to R3_FIT_RESULT."""
    global VARIANT
    data = load()
    defaults = data["defaults"]["population"]
    rows = []
    for s in data["series"]:
        if s["role"] not in FIT_ROLES_R3:
            continue
        for label, k, n, pr, observed in terms_of(s, defaults):
            rows.append((s["id"], s["role"], s["evidence"], label, k, n, pr, observed))
    terms = [(r[3], r[4], r[5], r[6], r[7]) for r in rows]
    x0 = [p[1] for p in PARAMS]
    results = {}
    start = x0
    for variant in ("M2", "M3a", "M3b"):
        x_hat, d_min = fit_variant(variant, terms, start)
        VARIANT = variant
        m = unpack(x_hat)
        preds = []
        for r in rows:
            lo, hi = wilson(r[4], r[5])
            q = r[6](m)
            preds.append({"series": r[0], "role": r[1], "evidence": r[2], "observation": r[3], "events": r[4], "n": r[5],
                          "observed": r[4] / r[5], "wilson95": [lo, hi], "predicted": q})
        inside_count = sum(1 for q in preds if inside(q))
        used = [nm for nm in NAMES if nm not in VARIANT_UNUSED[variant]]
        results[variant] = {"deviance": d_min, "parameters": {nm: float(v) for nm, v in zip(NAMES, x_hat) if nm in used},
                            "curedAll": m["cured_all"], "curedResected": m["cured_resected"], "inside": inside_count,
                            "terms": len(preds), "predictions": preds}
        print(f"{variant}: -2 ln L = {d_min:.2f} on {len(terms)} terms, {len(used)} parameters; inside {inside_count}/{len(preds)}; "
              f"pi_all {m['cured_all']:.3f}, pi_resected {m['cured_resected']:.3f}", flush=True)
        for nm in used:
            print(f"    {nm:28s} {x_hat[NAMES.index(nm)]: .4f}")
        start = list(x_hat)
    d2, d3a, d3b = (results[v]["deviance"] for v in ("M2", "M3a", "M3b"))
    step_a = d2 - d3a > 3.841458820694124
    step_b = (d3a - d3b > 3.841458820694124) if step_a else (d2 - d3b > 2 * 3.841458820694124)
    kept = "M3b" if step_b else ("M3a" if step_a else "M2")
    coverage_ok = results[kept]["inside"] >= results["M2"]["inside"]
    accepted = kept != "M2" and coverage_ok
    decision = {"M2toM3a": d2 - d3a, "M3atoM3b": d3a - d3b, "M2toM3b": d2 - d3b, "stepA": step_a, "stepB": step_b,
                "largestAccepted": kept, "coverageKept": coverage_ok, "accepted": accepted}
    print("decision:", json.dumps(decision))
    for variant in ("M2", kept) if kept != "M2" else ("M2",):
        print(f"terms of {variant}:")
        for q in results[variant]["predictions"]:
            print(f"  {q['series']:30s} {q['observation']:36s} obs {q['observed']:.3f} [{q['wilson95'][0]:.3f}, {q['wilson95'][1]:.3f}] "
                  f"pred {q['predicted']:.3f} {'' if inside(q) else 'NO'}")
    R3_FIT_RESULT.write_text(json.dumps({"generatedBy": "scripts/reference/metastasis_model.py --revision3-fit",
                                         "fitRoles": list(FIT_ROLES_R3), "variants": results, "decision": decision}, indent=1) + "\n")
    print(f"wrote {R3_FIT_RESULT.relative_to(ROOT)}")


def revision3_diagnostic():
    """After the decision (docs/metastasis-model.md, "Revision 3: fit and decision"): the deviance profile of pi_all
    (M3a with eta_0 held), the terms that oppose a cure fraction, and the diagnostic variant M3r. Changes nothing."""
    global VARIANT
    data = load()
    defaults = data["defaults"]["population"]
    rows = [(s["id"], lab, k, n, pr) for s in data["series"] if s["role"] in FIT_ROLES_R3 for lab, k, n, pr, _ in terms_of(s, defaults)]
    terms = [(r[1], r[2], r[3], r[4], None) for r in rows]
    r3 = json.loads(R3_FIT_RESULT.read_text())
    m2 = r3["variants"]["M2"]
    x2 = [m2["parameters"].get(nm, p[1]) for nm, p in zip(NAMES, PARAMS)]
    out = {"profileCuredAll": [], "termShift": [], "M3r": None}
    VARIANT = "M3a"
    k0 = NAMES.index("logit_cured_all")
    x_prev = list(x2)
    for pi in (0.01, 0.02, 0.05, 0.10, 0.20, 0.30):
        x_t, d_t = fit(terms, x_prev, fixed=(k0, math.log(pi / (1 - pi))))
        out["profileCuredAll"].append({"curedAll": pi, "deviance": d_t, "excess": d_t - m2["deviance"]})
        print(f"pi_all {pi:.2f}: -2 ln L {d_t:.2f} (+{d_t - m2['deviance']:.2f})", flush=True)
        if pi == 0.10:
            m_a, m_0 = unpack(x_t), None
            VARIANT = "M2"
            m_0 = unpack(x2)
            VARIANT = "M3a"
            for (sid, lab, k, n, pr) in rows:
                d_pi = binomial_deviance(k, n, pr(m_a))
                VARIANT = "M2"
                d_0 = binomial_deviance(k, n, pr(m_0))
                VARIANT = "M3a"
                out["termShift"].append({"series": sid, "observation": lab, "deltaDeviance": d_pi - d_0})
        x_prev = list(x_t)
    out["termShift"].sort(key=lambda r: -r["deltaDeviance"])
    print("terms that oppose pi_all = 0.10 most (deviance change against M2):")
    for r in out["termShift"][:8]:
        print(f"  {r['series']:30s} {r['observation']:36s} {r['deltaDeviance']:+.2f}")
    print("terms that gain most:")
    for r in out["termShift"][-6:]:
        print(f"  {r['series']:30s} {r['observation']:36s} {r['deltaDeviance']:+.2f}")
    x_r, d_r = None, math.inf
    for eta in (-2.0, 0.0, 1.5):
        VARIANT = "M3r"
        start = list(x2)
        start[NAMES.index("logit_cured_resected_shift")] = eta
        x_t, d_t = fit(terms, start)
        if d_t < d_r:
            x_r, d_r = x_t, d_t
    VARIANT = "M3r"
    m_r = unpack(x_r)
    out["M3r"] = {"deviance": d_r, "curedResected": m_r["cured_resected"], "lnResected": float(x_r[NAMES.index("ln_resected")]),
                  "postSigma": m_r["post_sigma"]}
    print(f"M3r: -2 ln L {d_r:.2f} (M2 {m2['deviance']:.2f}), pi_res {m_r['cured_resected']:.3f}, ln_resected {x_r[NAMES.index('ln_resected')]:.3f}, sigma_S {m_r['post_sigma']:.3f}")
    r3["diagnostic"] = out
    R3_FIT_RESULT.write_text(json.dumps(r3, indent=1) + "\n")


# Revision 2's library values (copied by hand from packages/core/src/library/metastasisDefaults.ts), for revision 4's
# pre-registered baseline: revision 2's coverage of the 49 seen terms at the values the engine uses.
LIBRARY_R2 = {"theta": -2.8076, "b_G2": 0.4681, "b_G3": 2.1876, "det_median_days": 465.8, "det_sigma": 1.9234,
              "post_median_days": 473.3, "post_sigma": 0.9853, "era": 0.02485, "synchronous": -0.8403, "resected": 0.2505}
R4_BASELINE = ROOT / "test" / "fixtures" / "metastasis-model-r4-baseline.json"


def library_r2_vector():
    """LIBRARY_R2 on the fitted scale of PARAMS (q15 from the library's sigma_D; no long-term survivors)."""
    v = LIBRARY_R2
    q15 = 1.0 - float(ndtr(math.log(UNDETECTED_AT_YEARS * DAYS_PER_YEAR / v["det_median_days"]) / v["det_sigma"]))
    x = {"theta_G1": v["theta"], "b_G2": v["b_G2"], "b_G3": v["b_G3"],
         "ln_detection_median_years": math.log(v["det_median_days"] / DAYS_PER_YEAR),
         "logit_undetected_15y": math.log(q15 / (1.0 - q15)),
         "ln_post_median_months_2004": math.log(v["post_median_days"] / DAYS_PER_MONTH), "ln_post_sigma": math.log(v["post_sigma"]),
         "era_log_per_year": v["era"], "ln_synchronous": v["synchronous"], "ln_resected": v["resected"]}
    return [x.get(nm, p[1]) for nm, p in zip(NAMES, PARAMS)]


def revision4_baseline():
    """Revision 4's pre-registered adoption rule (docs/metastasis-model.md, "Revision 4: pre-registration"): coverage of
    the 49 seen terms (roles fit, holdout, holdout2; holdout3 not built) by revision 2 at the library's values and by M2
    (revision 3's refit of revision 2's law on them, test/fixtures/metastasis-model-r3-fit.json), and whether an M2
    parameter sits on a search bound. Writes R4_BASELINE."""
    global VARIANT
    VARIANT = "M2"
    data = load()
    defaults = data["defaults"]["population"]
    rows = [(s["id"], s["role"], lab, k, n, pr) for s in data["series"] if s["role"] in FIT_ROLES_R3 for lab, k, n, pr, _ in terms_of(s, defaults)]
    m2 = json.loads(R3_FIT_RESULT.read_text())["variants"]["M2"]
    x_m2 = [m2["parameters"].get(nm, p[1]) for nm, p in zip(NAMES, PARAMS)]
    out = {"generatedBy": "scripts/reference/metastasis_model.py --revision4-baseline", "terms": len(rows)}
    for label, x in (("revision2Library", library_r2_vector()), ("M2", x_m2)):
        m = unpack(x)
        inside_count, deviance = 0, 0.0
        for sid, role, lab, k, n, pr in rows:
            lo, hi = wilson(k, n)
            q = pr(m)
            inside_count += lo <= q <= hi
            deviance += binomial_deviance(k, n, q)
        out[label] = {"inside": inside_count, "deviance": deviance}
        print(f"{label}: {inside_count}/{len(rows)} seen terms inside, -2 ln L {deviance:.2f}")
    # the one bound of revision 2's structure (q15 <= 10%, an assumption of the model) is not a search bound
    structural = {"logit_undetected_15y": "upper"}
    on_bound = []
    for nm, (lo_b, hi_b) in ((p[0], p[2]) for p in PARAMS if p[0] in m2["parameters"]):
        v = m2["parameters"][nm]
        for side, b in (("lower", lo_b), ("upper", hi_b)):
            if abs(v - b) < 1e-6 and structural.get(nm) != side:
                on_bound.append(f"{nm} {side}")
    out["M2onSearchBound"] = on_bound
    out["M2atStructuralBound"] = [nm for nm, side in structural.items() if abs(m2["parameters"][nm] - dict((p[0], p[2]) for p in PARAMS)[nm][1 if side == "upper" else 0]) < 1e-6]
    out["adopt"] = out["M2"]["inside"] >= out["revision2Library"]["inside"] and not on_bound
    print(json.dumps({k: out[k] for k in ("M2onSearchBound", "M2atStructuralBound", "adopt")}))
    R4_BASELINE.write_text(json.dumps(out, indent=1) + "\n")
    print(f"wrote {R4_BASELINE.relative_to(ROOT)}")


def profiles(names):
    """Profile-likelihood 95% intervals of the fixture's estimate for the named parameters (all ten if none), two at
    a time; each interval is written to the fixture as soon as it is known (a shared machine may not finish them all)."""
    data = load()
    defaults = data["defaults"]["population"]
    fixture = json.loads(FIXTURE.read_text())
    terms = [t for s in data["series"] if s["role"] in FIT_ROLES for t in terms_of(s, defaults)]
    x_hat = [fixture["parameters"].get(nm, p[1]) for nm, p in zip(NAMES, PARAMS)]
    d_min = fixture["deviance"]
    global _PROFILE_CONTEXT
    _PROFILE_CONTEXT = (terms, x_hat, d_min)
    wanted = [NAMES.index(nm) for nm in (names or R2_NAMES)]
    import multiprocessing
    with multiprocessing.get_context("fork").Pool(2) as pool:  # each profile is independent: two at a time
        for i, ((lo, lo_b), (hi, hi_b)) in zip(wanted, pool.imap(_profile_one, wanted)):
            fixture = json.loads(FIXTURE.read_text())
            fixture["intervals"][NAMES[i]] = {"lower": lo, "upper": hi, "lowerAtBound": lo_b, "upperAtBound": hi_b}
            FIXTURE.write_text(json.dumps(fixture, indent=1) + "\n")
            print(f"{NAMES[i]:28s} {x_hat[i]: .4f}  [{('<= ' if lo_b else '')}{lo:.3f}, {('>= ' if hi_b else '')}{hi:.3f}]", flush=True)


def open_holdout3():
    """Revision 4's single opening of holdout-3 (docs/metastasis-model.md, "Revision 4: pre-registration")."""
    open_blind_set("holdout3", "--open-holdout3")


def open_holdout4():
    """Revision 4's single opening of holdout-4, the series by tumour-size band (rules M1-M8 of the data file;
    docs/metastasis-model.md, "Holdout-4: by size")."""
    open_blind_set("holdout4", "--open-holdout4")


def open_blind_set(role, flag):
    """A blind role's terms predicted by the adopted estimate (the fixture's parameters, no refit) and added to the
    fixture's predictions with that role. Refuses to run twice: the model must not change after it, and the prediction
    is made once."""
    global VARIANT
    VARIANT = "M2"
    fixture = json.loads(FIXTURE.read_text())
    if any(r["role"] == role for r in fixture["predictions"]):
        raise SystemExit(f"{role} was already opened: its predictions are in the fixture (made once; see docs/metastasis-model.md)")
    data = load()
    defaults = data["defaults"]["population"]
    m = unpack([fixture["parameters"].get(nm, p[1]) for nm, p in zip(NAMES, PARAMS)])
    rows = []
    for s in data["series"]:
        if s["role"] != role:
            continue
        for label, k, n, pr, observed in terms_of(s, defaults):
            lo, hi = wilson(k, n)
            rows.append({"series": s["id"], "role": s["role"], "evidence": s["evidence"], "observation": label, "events": k, "n": n,
                         "observed": k / n, "wilson95": [lo, hi], "predicted": pr(m)})
    if not rows:
        raise SystemExit(f"no series with role {role} in {EVIDENCE.name}")
    fixture["predictions"] += rows
    fixture[f"{role}Opened"] = {"by": f"scripts/reference/metastasis_model.py {flag}", "terms": len(rows),
                                "inside": sum(1 for r in rows if inside(r))}
    FIXTURE.write_text(json.dumps(fixture, indent=1) + "\n")
    print(f"{role}: {coverage_line(rows)}")
    for r in rows:
        print(f"  {r['series']:34s} {r['observation']:32s} {r['events']:8.1f}/{r['n']:7.1f} obs {r['observed']:.3f} "
              f"[{r['wilson95'][0]:.3f}, {r['wilson95'][1]:.3f}] pred {r['predicted']:.3f} {'yes' if inside(r) else 'NO'}")


def main():
    if "--open-holdout3" in sys.argv:
        open_holdout3()
        return
    if "--open-holdout4" in sys.argv:
        open_holdout4()
        return
    if "--profiles" in sys.argv:
        profiles(sys.argv[sys.argv.index("--profiles") + 1:])
        return
    if "--revision3-diagnostic" in sys.argv:
        revision3_diagnostic()
        return
    if "--revision3-fit" in sys.argv:
        revision3_fit()
        return
    if "--revision4-baseline" in sys.argv:
        revision4_baseline()
        return
    if "--check-data" in sys.argv:
        sys.exit(check_data())
    if "--markdown" in sys.argv:  # the tables of docs/metastasis-model.md, from the fixture (no refit)
        print(markdown(json.loads(FIXTURE.read_text())))
        return
    if "--kernels-only" in sys.argv:  # refresh the kernel grids of the fixture from its own fitted parameters
        fixture = json.loads(FIXTURE.read_text())
        fixture["kernels"] = kernel_grids(unpack([fixture["parameters"].get(n, p[1]) for n, p in zip(NAMES, PARAMS)]))
        FIXTURE.write_text(json.dumps(fixture, indent=1) + "\n")
        return
    data = load()
    defaults = data["defaults"]["population"]
    series_by_id = {s["id"]: s for s in data["series"]}
    fit_only = "--fit-only" in sys.argv
    rows = []  # (series, role, evidence, label, k, n, predict, observed)
    for s in data["series"]:
        if s["role"] not in FIT_ROLES:
            continue  # holdout-3 and holdout-4 are predicted only by --open-holdout3 / --open-holdout4, once each
        for label, k, n, pr, observed in terms_of(s, defaults):
            rows.append((s["id"], s["role"], s["evidence"], label, k, n, pr, observed))
    fit_terms = [(r[3], r[4], r[5], r[6], r[7]) for r in rows if r[1] in FIT_ROLES]
    x0 = [p[1] for p in PARAMS]
    x_hat, d_min = fit(fit_terms, x0)
    # a second start from the far side of the grade effects and the detection law, to make sure of the optimum
    x_alt, d_alt = fit(fit_terms, [x_hat[0] + 1, x_hat[1] - 1, x_hat[2] - 1, x_hat[3] + 0.7, -6.0] + list(x_hat[5:]))
    if d_alt < d_min - 1e-6:
        x_hat, d_min = x_alt, d_alt
    m = unpack(x_hat)
    print(f"-2 ln L (deviance) = {d_min:.2f} on {len(fit_terms)} binomial terms, {len(R2_NAMES)} parameters")
    if fit_only:  # designing revision 2 without looking at holdout-2
        for name, v in zip(NAMES, x_hat):
            if name not in R2_NAMES:
                continue
            print(f"{name:28s} {v: .4f}")
        print(f"sigma_D {m['det_sigma']:.3f}, undetected at 15 y {m['undetected15']:.3f}")
        for r in rows:
            lo, hi = wilson(r[4], r[5])
            q = r[6](m)
            print(f"  {r[0]:26s} {r[3]:40s} obs {r[7]:.3f} [{lo:.3f}, {hi:.3f}] pred {q:.3f} {'' if lo <= q <= hi else 'NO'}")
        if "--free-tail" not in sys.argv:
            return
    intervals = {}  # profile intervals: --profiles, afterwards (they take the longest; written one by one)
    # the cost of the undetected-share bound: the fit with q15 free up to 0.45 (a likelihood-ratio statistic)
    k_tail = NAMES.index("logit_undetected_15y")
    saved = PARAMS[k_tail]
    PARAMS[k_tail] = (saved[0], saved[1], (saved[2][0], math.log(0.45 / 0.55)))  # up to 45% (sigma_D > 0 needs < 50%)
    x_free, d_free = fit(fit_terms, list(x_hat[:k_tail]) + [0.0] + list(x_hat[k_tail + 1:]))
    PARAMS[k_tail] = saved
    m_free = unpack(x_free)
    print(f"free tail: deviance {d_free:.2f}, undetected at 15 y {m_free['undetected15']:.3f}, sigma_D {m_free['det_sigma']:.3f}")

    predictions = []
    for sid, role, ev, label, k, n, pr, observed in rows:
        q = pr(m)
        lo, hi = wilson(k, n)
        predictions.append({
            "series": sid, "role": role, "evidence": ev, "observation": label, "events": k, "n": n,
            "observed": k / n, "wilson95": [lo, hi], "predicted": q,
        })
    for role in FIT_ROLES:
        own = [r for r in predictions if r["role"] == role]
        print(f"{role}: {sum(1 for r in own if inside(r))}/{len(own)} inside")
        for r in own:
            print(f"  {r['series']:26s} {r['observation']:40s} {r['events']:8.1f}/{r['n']:7.1f} obs {r['observed']:.3f} "
                  f"[{r['wilson95'][0]:.3f}, {r['wilson95'][1]:.3f}] pred {r['predicted']:.3f} {'yes' if inside(r) else 'NO'}")

    default_cells = strata(defaults, "default")
    p_bar = mean_probability(m, default_cells)
    seeding = float(recurrence_seeding_probability(p_bar, LR_DM_ODDS_RATIO))
    by_grade = {g: mean_probability(m, strata(defaults, [{"share": 1.0, "grade": g}])) for g in ("G1", "G2", "G3")}
    by_size = {s: mean_probability(m, strata(defaults, [{"share": 1.0, "diameter": {s: 1.0}}])) for s in SIZE_BANDS}
    ref_median = math.exp(m["ln_post_median_ref_months"]) * DAYS_PER_MONTH
    bg_default = background_survival({"id": "default"}, defaults)
    years = [1, 2, 3, 5, 10, 15]
    curves = {
        "years": years,
        "ffm": [ffm(m, p_bar, t) for t in years],
        "dss": [dss(m, p_bar, ref_median, t) for t in years],
        "os": [float(bg_default(t)) * dss(m, p_bar, ref_median, t) for t in years],
        "postOsMonths": [6, 12, 18, 24, 36, 60],
        "postOs": [post_os(m, ref_median, t) for t in (6, 12, 18, 24, 36, 60)],
    }
    by_era = {str(y): math.exp(m["ln_post_median_ref_months"] + m["era_slope"] * (y - REFERENCE_ERA)) for y in (1982, 1989, 1994, 1999, 2004, 2012)}
    print(f"cohort p = {p_bar:.4f}; by grade {by_grade}; by size {by_size}; LR seeding s = {seeding:.4f}")
    print("curves", json.dumps(curves), "medians by era", by_era)
    fixture = {
        "generatedBy": "scripts/reference/metastasis_model.py",
        "revision": 4,
        "parameters": dict(zip(R2_NAMES, [float(v) for v in x_hat])),
        "intervals": intervals,
        "deviance": d_min,
        "fitTerms": len(fit_terms),
        "freeTail": {"deviance": d_free, "undetected15": m_free["undetected15"], "detectionSigma": m_free["det_sigma"],
                     "parameters": dict(zip(R2_NAMES, [float(v) for v in x_free]))},
        "kattanLogHazardPerPoint": K_POINT,
        "covariateLogOddsRatio": COVARIATE_LOG_OR,
        "lrDmOddsRatio": LR_DM_ODDS_RATIO,
        "recurrenceSeedingProbability": seeding,
        "cohortMetastasisProbability": p_bar,
        "metastasisProbabilityByGrade": by_grade,
        "metastasisProbabilityBySize": by_size,
        "postMedianMonthsByEra": by_era,
        "curves": curves,
        "natural": {
            "detectionMedianDays": m["det_median"], "detectionSigma": m["det_sigma"], "undetectedAt15Years": m["undetected15"],
            "postMetastasisMedianDays": ref_median, "postMetastasisSigma": m["post_sigma"], "referenceEra": REFERENCE_ERA,
            "eraLogPerYear": m["era_slope"], "synchronousLogRatio": m["synchronous"], "resectedLogRatio": m["resected"],
        },
        "predictions": predictions,
        "kernels": kernel_grids(m),
    }
    if FIXTURE.exists() and "holdout3Opened" in json.loads(FIXTURE.read_text()):
        # Rewriting would drop holdout-3's one prediction (and the check that refuses a second opening) and change
        # the model after its blind test: that is a new revision, to be pre-registered with a fixture of its own.
        raise SystemExit(f"{FIXTURE.relative_to(ROOT)} holds holdout-3's single prediction (--open-holdout3): not overwritten")
    FIXTURE.write_text(json.dumps(fixture, indent=1) + "\n")
    print(f"wrote {FIXTURE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

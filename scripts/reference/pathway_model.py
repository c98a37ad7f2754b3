"""Diagnostic-pathway model (issue 17 foundation): fit, intervals, held-out table, presentation check, fixture.

Independent of the TypeScript code: numpy only (PyYAML to read the data file). Reads calibration/pathway-evidence.yaml,
fits the pathway parameters to the series with role `fit`, predicts the `holdout` series once, checks the
symptom-driven presentation model against the size / symptom-duration evidence (G5, G6) by Monte Carlo, and writes
test/fixtures/pathway-model.json (parameters, every term's prediction, kernel reference values).

THE MODEL (docs/pathway-model.md):
  growth      exponential: d(t) = d0 2^{t/(3 T_d)}  (volume doubles in T_d, so the diameter in 3 T_d)
              Gompertz:    ln(d(t)/D_inf) = ln(d0/D_inf) e^{-beta t},  beta = ln 2 / (3 T_d ln(D_inf/d_ref))
  presentation the patient goes to a doctor when the tumour has grown by the ratio R from symptom onset:
              patient interval T_p = 3 T_d log2 R, so T_p ~ lognormal(3 T_d50 log2 R, sigma_T) when T_d is lognormal
  intervals   primary care, secondary care (imaging, referral), sarcoma centre (biopsy, pathology) ~ lognormal with
              the G3 medians and one common log-scale SD sigma (fitted on G3's diagnostic and total medians); the
              patient interval shares sigma (sigma_T = sigma); diagnosis -> treatment lognormal from G8's median and
              mean: sigma = sqrt(2 ln(mean/median)).
  size        diameter at presentation D_s ~ lognormal(m_s, 0.6 assumed); at diagnosis D_s 2^{T_dx/(3 T_d)}
  unplanned excision  p = [not at a reference centre] / (1 + e^{-(theta + c_sup [superficial] + c_small [< 5 cm])})
  residual tumour after it  r; definitive margin positive  r (1 - c), c = share the re-excision clears (G15)
  misdiagnosis  complete discordance d (-> benign / other), subtype discordance s (-> another sarcoma subtype,
              spread evenly), grade discordance g of a sarcoma (-> adjacent grade), independent;
              partial discordance = 1 - d - (1 - d - s)(1 - g); expert review corrects a share rho of the errors.

Run: python3 scripts/reference/pathway_model.py             (fit, tables, fixture; a few seconds)
     python3 scripts/reference/pathway_model.py --fit-only  (the fit and its terms only: held-out series hidden)
     python3 scripts/reference/pathway_model.py --markdown  (the doc's tables, from the fixture, no refit)
"""
import json
import math
import pathlib
import sys

import numpy as np
import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
EVIDENCE = ROOT / "calibration" / "pathway-evidence.yaml"
FIXTURE = ROOT / "test" / "fixtures" / "pathway-model.json"

SQRT2 = math.sqrt(2.0)
Z75 = 0.6744897501960817  # Phi^-1(0.75)
Z95 = 1.959963984540054
LN2 = math.log(2.0)

# Assumptions (docs/pathway-model.md says why): growth ratio from symptom onset to the first doctor visit, spread of
# the onset diameter, unplanned-excision log odds ratios, Gompertz plateau and reference diameter.
GROWTH_RATIO = 1.5  # median diameter ratio from symptom onset to the first doctor visit
ONSET_SIGMA = 0.6  # log SD of the diameter at symptom onset
MONTE_CARLO_PATIENTS_FIT = 100_000
SUPERFICIAL_LOG_OR = math.log(3.0)
SMALL_LOG_OR = math.log(2.0)
PLATEAU_DIAMETER_CM = 30.0
REFERENCE_DIAMETER_CM = 5.0
# G21: untreated pulmonary nodules (mixed primaries) doubled in 118 +- 134 d; a lognormal with that mean and SD has
# log SD sqrt(ln(1 + (134/118)^2)) (other site, D).
DOUBLING_TIME_SIGMA = math.sqrt(math.log(1 + (134 / 118) ** 2))
REEXCISION_CLEARANCE = 0.69  # G15: re-excision improved the resection status in 69%
REVIEW_CORRECTION = 1.0
SIZE_MEAN_FIT_CM = 9.9  # G5 mean size at diagnosis (a moment: sets m_s)
SIZE_MEAN_HELD_OUT_CM = 10.7  # G6 mean size (a moment: reported beside the prediction)
G6_PATIENTS = 1460
MONTE_CARLO_PATIENTS = 400_000
MONTE_CARLO_SEED = 17

COMPONENTS = ["primaryCare", "secondaryCare", "sarcomaCentre"]


# ------------------------------------------------------------------------------------------------ numerics
ERFC = np.frompyfunc(math.erfc, 1, 1)


def norm_cdf(x):
    """Phi(x) = erfc(-x/sqrt 2)/2 elementwise (math.erfc: full relative precision in the lower tail)."""
    return np.asarray(0.5 * ERFC(-np.asarray(x, dtype=float) / SQRT2), dtype=float)


def gauss_hermite(n):
    """Nodes and weights of the probabilists' Gauss-Hermite rule: E f(Z) ~ sum w f(z), Z standard normal."""
    x, w = np.polynomial.hermite_e.hermegauss(n)
    return x, w / math.sqrt(2 * math.pi)


NODES, WEIGHTS = gauss_hermite(40)


def sum_cdf(x, medians, sigma, analytic_median):
    """P(L_a + sum_k L_k <= x) for independent lognormals with common log SD sigma: Gauss-Hermite over the L_k
    (product rule), the lognormal CDF of L_a = analytic_median e^{sigma Z} in closed form."""
    grids = np.meshgrid(*[m * np.exp(sigma * NODES) for m in medians], indexing="ij")
    weights = np.meshgrid(*[WEIGHTS for _ in medians], indexing="ij")
    s = sum(grids)
    w = np.prod(weights, axis=0)
    rest = x - s
    inside = rest > 0
    z = np.where(inside, (np.log(np.where(inside, rest, 1.0)) - math.log(analytic_median)) / sigma, -np.inf)
    return float(np.sum(w * np.where(inside, norm_cdf(np.where(inside, z, 0.0)), 0.0)))


def total_cdf(x, m):
    """P(patient + diagnostic <= x): Gauss-Hermite over the three diagnostic components (log SD sigma), the patient
    interval's lognormal CDF (log SD patientSigma) in closed form."""
    med = m["medians"]
    nodes = [med[c] * np.exp(m["sigma"] * NODES) for c in COMPONENTS]
    grids = np.meshgrid(*nodes, indexing="ij")
    w = np.prod(np.meshgrid(*[WEIGHTS] * 3, indexing="ij"), axis=0)
    rest = x - sum(grids)
    inside = rest > 0
    z = (np.log(np.where(inside, rest, 1.0)) - math.log(med["patient"])) / m["patientSigma"]
    return float(np.sum(w * np.where(inside, norm_cdf(z), 0.0)))


def lognormal_cdf(x, median, sigma):
    return float(norm_cdf((math.log(x) - math.log(median)) / sigma))


def logistic(z):
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def binomial_deviance(k, n, q):
    """-2 ln(L(q)/L(k/n)) of k events in n at probability q (0 at q = k/n)."""
    def term(a, b):
        return 0.0 if a == 0 else a * math.log(a / b)
    q = min(max(q, 1e-300), 1 - 1e-16)  # a term the law puts (numerically) all its mass on one side of
    return 2.0 * (term(k, n * q) + term(n - k, n * (1 - q)))


def wilson(k, n):
    p = k / n
    z2 = Z95 * Z95
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = Z95 * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    return [centre - half, centre + half]


def golden_min(f, a, b, tol=1e-12):
    """Minimum of a unimodal f on [a, b] by golden-section search."""
    g = (math.sqrt(5) - 1) / 2
    c, d = b - g * (b - a), a + g * (b - a)
    fc, fd = f(c), f(d)
    while b - a > tol:
        if fc < fd:
            b, d, fd = d, c, fc
            c = b - g * (b - a)
            fc = f(c)
        else:
            a, c, fc = c, d, fd
            d = a + g * (b - a)
            fd = f(d)
    return (a + b) / 2


def bisect(f, a, b, tol=1e-13):
    """Root of f on [a, b] (f(a), f(b) of opposite signs)."""
    fa = f(a)
    for _ in range(200):
        m = (a + b) / 2
        fm = f(m)
        if (fm > 0) == (fa > 0):
            a, fa = m, fm
        else:
            b = m
        if b - a < tol:
            break
    return (a + b) / 2


def profile_interval(deviance_of, x_hat, lo, hi):
    """Profile-likelihood 95% interval: where the deviance rises by chi2_1(0.95) = Z95^2 above its minimum."""
    d_min = deviance_of(x_hat)
    target = d_min + Z95 * Z95
    lower = bisect(lambda v: deviance_of(v) - target, lo, x_hat) if deviance_of(lo) > target else lo
    upper = bisect(lambda v: deviance_of(v) - target, x_hat, hi) if deviance_of(hi) > target else hi
    return [lower, upper]


# ------------------------------------------------------------------------------------------------ the model
def population_cells(defaults):
    """Depth x size-band cells of the default population: (share, superficial, under 5 cm)."""
    deep = defaults["depth"]["deep"]
    d = defaults["diameter"]
    small = float(norm_cdf((math.log(5.0) - math.log(d["median"])) / d["sigma"]))
    cells = []
    for superficial, depth_share in [(False, deep), (True, 1 - deep)]:
        for under5, size_share in [(False, 1 - small), (True, small)]:
            cells.append((depth_share * size_share, superficial, under5))
    return cells


def unplanned_excision_share(theta, cells):
    return sum(w * logistic(theta + SUPERFICIAL_LOG_OR * s + SMALL_LOG_OR * u) for w, s, u in cells)


def interval_probability(name, days, m):
    """P(interval <= days) under the fitted interval laws m."""
    med = m["medians"]
    sigma = m["sigma"]
    if name == "patient":
        return lognormal_cdf(days, med[name], m["patientSigma"])
    if name in med:
        return lognormal_cdf(days, med[name], sigma)
    if name == "treatment":
        return lognormal_cdf(days, m["treatmentMedian"], m["treatmentSigma"])
    if name == "diagnostic":
        return sum_cdf(days, [med["primaryCare"], med["secondaryCare"]], sigma, med["sarcomaCentre"])
    if name == "total":
        return total_cdf(days, m)
    raise ValueError(name)


def share_probability(quantity, m):
    if quantity == "unplannedExcision":
        return m["unplannedExcisionShare"]
    if quantity == "residual":
        return m["residual"]
    if quantity == "completeDiscordance":
        return m["completeDiscordance"]
    if quantity == "partialDiscordance":
        d, s, g = m["completeDiscordance"], m["subtypeDiscordance"], m["gradeDiscordance"]
        return 1 - d - (1 - d - s) * (1 - g)
    if quantity == "gradeDiscordance":
        return m["gradeDiscordance"]
    raise ValueError(quantity)


def terms_of(series):
    """Binomial terms (series, evidence, label, k, n, kind) of a series; a median is 0.5 of n."""
    out = []
    for o in series["observations"]:
        if o["kind"] == "interval-median":
            out.append({"series": series["id"], "evidence": series["evidence"], "observation": f"{o['interval']} median {o['days']} d",
                        "events": 0.5 * o["patients"], "n": o["patients"], "interval": o["interval"], "days": o["days"]})
        elif o["kind"] == "share":
            quantity = o["quantity"]
            out.append({"series": series["id"], "evidence": series["evidence"], "observation": quantity,
                        "events": o["events"], "n": o["patients"], "quantity": quantity})
    return out


def predict(term, m):
    if "interval" in term:
        return interval_probability(term["interval"], term["days"], m)
    q = share_probability(term["quantity"], m)
    if term["series"].startswith("G1-") and term["quantity"] == "gradeDiscordance":
        q = (1 - m["completeDiscordance"]) * m["gradeDiscordance"]  # G1 counts grade changes among all reviewed
    return q


def load():
    data = yaml.safe_load(EVIDENCE.read_text())
    return data, [s for s in data["series"] if s["role"] == "fit"], [s for s in data["series"] if s["role"] == "holdout"]


def fit(data, fit_series, ratio_sigma):
    by_id = {s["id"]: s for s in fit_series}
    g3 = {o["interval"]: o for o in by_id["G3-dyrop-intervals"]["observations"]}
    medians = {k: float(g3[k]["days"]) for k in ["patient"] + COMPONENTS}
    g8 = {o["kind"]: o for o in by_id["G8-ncdb-tti"]["observations"]}
    treatment_median = float(g8["interval-median"]["days"])
    treatment_sigma = math.sqrt(2 * math.log(g8["interval-mean"]["days"] / treatment_median))

    g3_terms = {t["interval"]: t for t in terms_of(by_id["G3-dyrop-intervals"])}

    # The diagnostic median fixes sigma (the patient interval does not enter it); then the total median fixes the
    # patient interval's spread. Two terms, two spreads: each deviance is minimised in turn (the joint minimum).
    def deviance(name, m):
        t = g3_terms[name]
        return binomial_deviance(t["events"], t["n"], interval_probability(name, t["days"], m))

    def diagnostic_deviance(v):
        return deviance("diagnostic", {"medians": medians, "sigma": v})

    sigma = golden_min(diagnostic_deviance, 0.01, 3.0, 1e-10)
    sigma_interval = profile_interval(diagnostic_deviance, sigma, 0.01, 3.0)

    # The patient interval is the growth time 3 T_d log2 R with T_d and log2 R independent lognormals, so its log SD
    # is sqrt(sigma_T^2 + sigma_R^2): sigma_T from G21 (other site), sigma_R calibrated to G6 (main). Its median is fitted to G3's patient and total medians jointly: the total (176 d) is longer
    # than the patient plus the diagnostic median (77 + 65 d), which only a longer patient interval explains.
    patient_sigma = math.sqrt(DOUBLING_TIME_SIGMA ** 2 + ratio_sigma ** 2)

    def patient_deviance(log_median):
        m = {"medians": {**medians, "patient": math.exp(log_median)}, "sigma": sigma, "patientSigma": patient_sigma}
        return deviance("patient", m) + deviance("total", m)

    log_patient = golden_min(patient_deviance, math.log(20.0), math.log(400.0), 1e-10)
    medians["patient"] = math.exp(log_patient)
    patient_interval = [math.exp(v) for v in profile_interval(patient_deviance, log_patient, math.log(20.0), math.log(400.0))]

    cells = population_cells(data["defaults"]["population"])
    g11 = by_id["G11-potter-ue"]["observations"][0]

    def ue_deviance(theta):
        return binomial_deviance(g11["events"], g11["patients"], unplanned_excision_share(theta, cells))

    theta = bisect(lambda t: unplanned_excision_share(t, cells) - g11["events"] / g11["patients"], -10.0, 10.0)
    theta_interval = profile_interval(ue_deviance, theta, -10.0, 10.0)

    g12 = by_id["G12-charoenlap-residual"]["observations"][0]
    residual = g12["events"] / g12["patients"]

    g1 = {o["quantity"]: o for o in by_id["G1-ray-coquard-review"]["observations"]}
    n1 = g1["completeDiscordance"]["patients"]
    d = g1["completeDiscordance"]["events"] / n1
    g = g1["gradeDiscordance"]["events"] / n1 / (1 - d)
    partial = g1["partialDiscordance"]["events"] / n1
    s = 1 - d - (1 - d - partial) / (1 - g)  # exactly identified: three proportions, three parameters

    td50 = medians["patient"] / (3 * math.log2(GROWTH_RATIO))
    m = {
        "medians": medians, "sigma": sigma, "patientSigma": patient_sigma, "treatmentMedian": treatment_median, "treatmentSigma": treatment_sigma,
        "unplannedExcisionLogOdds": theta, "unplannedExcisionShare": unplanned_excision_share(theta, cells),
        "residual": residual, "completeDiscordance": d, "subtypeDiscordance": s, "gradeDiscordance": g,
        "doublingTimeMedianDays": td50, "doublingTimeSigma": DOUBLING_TIME_SIGMA,
        "growthRatioLog2Median": math.log2(GROWTH_RATIO), "growthRatioSigma": ratio_sigma,
    }
    m["onsetDiameterMedianCm"] = onset_median(m)
    intervals = {"sigma": sigma_interval, "patientMedian": patient_interval, "unplannedExcisionLogOdds": theta_interval,
                 "residual": wilson(g12["events"], g12["patients"])}
    return m, intervals


# ------------------------------------------------------------------------------------------------ presentation
def gompertz_grow(d0, td, days):
    """Gompertz growth of diameters d0 over `days` with doubling time td at the reference diameter."""
    beta = LN2 / (3 * td * math.log(PLATEAU_DIAMETER_CM / REFERENCE_DIAMETER_CM))
    return PLATEAU_DIAMETER_CM * np.exp(np.log(d0 / PLATEAU_DIAMETER_CM) * np.exp(-beta * days))


def draws(m, patients):
    """Per-patient standard normals (fixed seed): doubling time, three diagnostic intervals, onset diameter, growth
    ratio to presentation."""
    rng = np.random.default_rng(MONTE_CARLO_SEED)
    z = rng.standard_normal((6, patients))
    td = m["doublingTimeMedianDays"] * np.exp(m["doublingTimeSigma"] * z[0])
    doublings = m["growthRatioLog2Median"] * np.exp(m["growthRatioSigma"] * z[5])  # log2 R: diameter doublings
    patient = 3 * td * doublings
    diagnostic = sum(m["medians"][c] * np.exp(m["sigma"] * z[i + 1]) for i, c in enumerate(COMPONENTS))
    return td, patient, diagnostic, z[4], doublings


def monte_carlo(m, onset_median_cm, extra_days=0.0, patients=MONTE_CARLO_PATIENTS):
    """The presentation model by Monte Carlo (common random numbers): total interval (d) and diameter at diagnosis
    (cm). The tumour is noticed at the onset diameter, presents at onset x 2^(log2 R) (exponential growth over the
    patient interval 3 T_d log2 R, capped below the plateau) and grows by Gompertz over the diagnostic interval
    (+ extra_days)."""
    td, patient, diagnostic, z, doublings = draws(m, patients)
    onset = onset_median_cm * np.exp(ONSET_SIGMA * z)
    presenting = np.minimum(onset * np.exp2(doublings), 0.99 * PLATEAU_DIAMETER_CM)
    size = gompertz_grow(presenting, td, diagnostic + extra_days)
    return patient + diagnostic, size


def onset_median(m):
    """Median onset diameter such that the mean diameter at diagnosis is G5's 9.9 cm (bisection: the mean rises
    with it)."""
    return bisect(lambda v: float(np.mean(monte_carlo(m, v, 0.0, MONTE_CARLO_PATIENTS_FIT)[1])) - SIZE_MEAN_FIT_CM, 0.05, 25.0, 1e-7)


def spearman(x, y):
    return float(np.corrcoef(ranks(x), ranks(y))[0, 1])


def ranks(x):
    r = np.empty(len(x))
    r[np.argsort(x, kind="stable")] = np.arange(len(x))
    return r


def presentation_check(m):
    total, size = monte_carlo(m, m["onsetDiameterMedianCm"])
    rank_correlation = spearman(total, size)
    pearson = float(np.corrcoef(total, size)[0, 1])
    quartiles = np.quantile(total, [0.25, 0.5, 0.75])
    band = np.digitize(total, quartiles)
    by_quartile = [float(np.mean(size[band == q])) for q in range(4)]
    # "waiting longer still grows a given tumour": the same patients, every diagnostic interval 30 d longer
    _, later = monte_carlo(m, m["onsetDiameterMedianCm"], 30.0)
    return {
        "spearman": rank_correlation, "pearson": pearson, "meanSizeCm": float(np.mean(size)), "medianSizeCm": float(np.median(size)),
        "medianTotalDays": float(np.median(total)), "meanSizeByTotalQuartileCm": by_quartile,
        "meanSizeThirtyDaysLaterCm": float(np.mean(later)), "smallestGrowthThirtyDaysCm": float(np.min(later - size)),
        "g6NullBound": Z95 / math.sqrt(G6_PATIENTS), "heldOutMeanSizeCm": SIZE_MEAN_HELD_OUT_CM,
    }


# ------------------------------------------------------------------------------------------------ kernel grids
def kernel_grids():
    k = {}
    k["sphereVolume"] = [[d, math.pi * d ** 3 / 6] for d in [0.0, 0.5, 1.0, 2.0, 5.0, 8.0, 12.4, 30.0]]
    k["sphereDiameter"] = [[v, (6 * v / math.pi) ** (1 / 3)] for v in [0.0, 0.001, 1.0, 33.5, 268.1, 1000.0, 14137.2]]
    k["exponentialGrowthDiameter"] = [[d, t, days, d * 2 ** (days / (3 * t))]
                                      for d in [0.5, 4.0, 8.0] for t in [10.0, 44.0, 120.0] for days in [0.0, 1.0, 65.0, 176.0, 400.0]]
    rows = []
    for d in [0.5, 4.0, 8.0, 29.0]:
        for inf in [30.0, 40.0]:
            for beta in [1e-4, 2.3e-3, 0.02]:
                for days in [0.0, 30.0, 176.0, 2000.0]:
                    rows.append([d, inf, beta, days, inf * math.exp(math.log(d / inf) * math.exp(-beta * days))])
    k["gompertzGrowthDiameter"] = rows
    k["gompertzRateFromDoublingTime"] = [[t, ref, inf, LN2 / (3 * t * math.log(inf / ref))]
                                         for t in [10.0, 44.0, 120.0] for ref in [1.0, 5.0] for inf in [12.0, 30.0]]
    k["presentationDays"] = [[a, b, t, max(0.0, 3 * t * math.log2(b / a))]
                             for a in [1.0, 4.0, 6.0] for b in [3.0, 6.0, 9.0] for t in [20.0, 44.0]]
    k["lognormalSigmaFromIqr"] = [[q1, q3, math.log(q3 / q1) / (2 * Z75)] for q1, q3 in [(10, 20), (30, 150), (17, 17.5), (1, 1000)]]
    k["lognormalSigmaFromMeanMedian"] = [[mean, med, math.sqrt(2 * math.log(mean / med))] for mean, med in [(29.7, 22.0), (10.0, 9.999), (100.0, 5.0)]]
    rows = []
    for theta in [-3.0, -0.5, 0.0, 2.0]:
        for cov in [0.0, 0.6931, 1.7918]:
            rows.append([theta, cov, logistic(theta + cov)])
    k["unplannedExcisionProbability"] = rows
    k["positiveMarginAfterUnplannedExcision"] = [[r, c, r * (1 - c)] for r in [0.0, 0.53, 1.0] for c in [0.0, 0.69, 1.0]]
    return k


def confusion_reference(m):
    """The default matrices for 4 subtypes (3 + benign column) and 3 grades, before and after review."""
    d, s, g, rho = m["completeDiscordance"], m["subtypeDiscordance"], m["gradeDiscordance"], REVIEW_CORRECTION
    kk = 4
    subtype = [[(1 - d - s) if j == i else (d if j == kk else s / (kk - 1)) for j in range(kk + 1)] for i in range(kk)]
    grade = [[1 - g, g, 0.0], [g / 2, 1 - g, g / 2], [0.0, g, 1 - g]]
    half = 0.5
    reviewed = [[x * (1 - half) + (half if i == j else 0.0) for j, x in enumerate(row)] for i, row in enumerate(subtype)]
    return {"subtypeCount": kk, "subtype": subtype, "grade": grade, "reviewShare": half, "reviewedSubtype": reviewed,
            "reviewCorrection": rho}


# ------------------------------------------------------------------------------------------------ output
def fmt(v, d=3):
    return f"{v:.{d}f}"


def markdown(fx):
    lines = ["| series | evidence | observation | events / n | observed | Wilson 95% | predicted | inside |", "|---|---|---|---|---|---|---|---|"]
    for role in ("fit", "holdout"):
        lines.append(f"| **{role}** | | | | | | | |")
        for r in [r for r in fx["predictions"] if r["role"] == role]:
            inside = "yes" if r["wilson95"][0] <= r["predicted"] <= r["wilson95"][1] else "no"
            lines.append(f"| {r['series']} | {r['evidence']} | {r['observation']} | {r['events']:g} / {r['n']} | {fmt(r['observed'])} | "
                         f"{fmt(r['wilson95'][0])}–{fmt(r['wilson95'][1])} | {fmt(r['predicted'])} | {inside} |")
    return "\n".join(lines)


def calibrate_ratio_sigma(data, fit_series):
    """sigma_R such that the Spearman correlation of symptom duration and size at diagnosis is 0 (G6: "symptom
    duration did not correlate with size"; calibrated after the sigma_R = 0 model gave -0.36). Bisection: a wider
    growth ratio couples a longer patient interval with a larger tumour, so the correlation rises with sigma_R."""
    def correlation(v):
        m, _ = fit(data, fit_series, v)
        total, size = monte_carlo(m, m["onsetDiameterMedianCm"], 0.0, MONTE_CARLO_PATIENTS_FIT)
        return spearman(total, size)
    lo, hi = 0.0, 3.0
    if correlation(hi) < 0:
        return hi
    return bisect(correlation, lo, hi, 1e-4)


def main():
    if "--markdown" in sys.argv:
        print(markdown(json.loads(FIXTURE.read_text())))
        return
    data, fit_series, held_out = load()
    ratio_sigma = calibrate_ratio_sigma(data, fit_series)
    m, intervals = fit(data, fit_series, ratio_sigma)
    rows = []
    roles = [("fit", fit_series)] + ([] if "--fit-only" in sys.argv else [("holdout", held_out)])
    for role, group in roles:
        for s in group:
            for t in terms_of(s):
                q = predict(t, m)
                rows.append({"series": t["series"], "role": role, "evidence": str(t["evidence"]), "observation": t["observation"],
                             "events": t["events"], "n": t["n"], "observed": t["events"] / t["n"],
                             "wilson95": wilson(t["events"], t["n"]), "predicted": q})
    for r in rows:
        inside = r["wilson95"][0] <= r["predicted"] <= r["wilson95"][1]
        print(f"{r['role']:8} {r['series']:26} {r['observation']:30} {r['observed']:.3f} [{r['wilson95'][0]:.3f}, {r['wilson95'][1]:.3f}] pred {r['predicted']:.4f} {'in' if inside else 'OUT'}")
    print("parameters", json.dumps({k: v for k, v in m.items() if k != "medians"}, indent=1))
    print("intervals", intervals)
    if "--fit-only" in sys.argv:
        return
    check = presentation_check(m)
    print("presentation", json.dumps(check, indent=1))
    deviance = sum(binomial_deviance(r["events"], r["n"], r["predicted"]) for r in rows if r["role"] == "fit")
    fixture = {
        "parameters": {k: v for k, v in m.items() if k != "medians"},
        "medians": m["medians"],
        "intervals": intervals,
        "assumed": {"growthRatio": GROWTH_RATIO, "onsetSigma": ONSET_SIGMA, "doublingTimeSigma": DOUBLING_TIME_SIGMA, "superficialLogOddsRatio": SUPERFICIAL_LOG_OR,
                    "smallLogOddsRatio": SMALL_LOG_OR, "plateauDiameterCm": PLATEAU_DIAMETER_CM,
                    "referenceDiameterCm": REFERENCE_DIAMETER_CM, "reexcisionClearance": REEXCISION_CLEARANCE,
                    "reviewCorrection": REVIEW_CORRECTION},
        "positiveMarginAfterUnplannedExcision": m["residual"] * (1 - REEXCISION_CLEARANCE),
        "gompertzRatePerDay": LN2 / (3 * m["doublingTimeMedianDays"] * math.log(PLATEAU_DIAMETER_CM / REFERENCE_DIAMETER_CM)),
        "deviance": deviance,
        "fitTerms": sum(1 for r in rows if r["role"] == "fit"),
        "presentation": check,
        "predictions": rows,
        "confusion": confusion_reference(m),
        "kernels": kernel_grids(),
    }
    FIXTURE.write_text(json.dumps(fixture, indent=1) + "\n")
    print(markdown(fixture))


if __name__ == "__main__":
    main()

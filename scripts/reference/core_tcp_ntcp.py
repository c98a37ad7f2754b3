"""Reference values for the TCP, NTCP, normal-distribution and LQ-fitting kernels of packages/core.

Written from the formulas of docs/models.md, independently of the TypeScript code:
- normal CDF: erfc in 50-digit decimal arithmetic (series below t = 4, continued fraction above), so the tails are
  exact to double precision (math.erfc(-x/sqrt 2) loses ~x^2 ulps to the rounding of x/sqrt 2; it is recorded too);
- normal quantile: Newton's method on that CDF in decimal arithmetic, started from statistics.NormalDist.inv_cdf;
- population TCP (Webb & Nahum 1993): brute-force composite Simpson over alpha with 2,000,001 points on
  [max(0, mean - 12 sd), mean + 12 sd] of TCP(alpha) * normal density / Phi(mean/sd);
- Zaider-Minerbo TCP: the integral of 1/(S(t) e^{lambda t}) by composite Simpson (2001 points per piece between
  fractions), then P = X/(1 + b X J) and TCP = (1 - P)^N0;
- gEUD and LKB NTCP with math.erf; DVH TCP as a plain sum;
- LQ fits: weighted least squares with numpy.linalg.lstsq over every active set (alpha, beta >= 0), and a Poisson
  maximum-likelihood fit by Newton's method in (ln PE, alpha, beta) with the covariance from the analytic Hessian
  in (alpha, beta, PE).

Writes test/fixtures/tcp-ntcp.json (NaN as null). Run from the repository root:
    python3 scripts/reference/core_tcp_ntcp.py
"""
import json
import math
import statistics
from decimal import Decimal, getcontext
from pathlib import Path

import numpy as np

getcontext().prec = 50
PI = Decimal("3.14159265358979323846264338327950288419716939937510582097494459")
SQRT2 = Decimal(2).sqrt()
SQRT_PI = PI.sqrt()


# ---------------------------------------------------------------------------------------------- normal

def erfc_decimal(t):
    """erfc(t) for t >= 0 in 50-digit arithmetic."""
    if t == 0:
        return Decimal(1)
    if t < 4:
        # erf(t) = 2/sqrt(pi) e^{-t^2} sum 2^n t^{2n+1}/(1*3*...*(2n+1)): positive terms, no cancellation.
        term = t
        total = t
        n = 0
        t2 = t * t
        while True:
            n += 1
            term = term * 2 * t2 / (2 * n + 1)
            total += term
            if term < Decimal(10) ** -60 * total:
                break
        return 1 - 2 / SQRT_PI * (-t2).exp() * total
    # erfc(t) = e^{-t^2}/sqrt(pi) / (t + (1/2)/(t + 1/(t + (3/2)/(t + ...)))), evaluated bottom-up.
    fraction = t
    for n in range(3000, 0, -1):
        fraction = t + (Decimal(n) / 2) / fraction
    return (-(t * t)).exp() / SQRT_PI / fraction


def phi_decimal(x):
    """Standard normal CDF at the Decimal x."""
    t = abs(x) / SQRT2
    tail = erfc_decimal(t) / 2
    return tail if x <= 0 else 1 - tail


def normal_quantile_decimal(p):
    pd = Decimal(p)
    z = Decimal(statistics.NormalDist().inv_cdf(p))
    for _ in range(60):
        density = (-(z * z) / 2).exp() / (2 * PI).sqrt()
        step = (phi_decimal(z) - pd) / density
        z -= step
        if abs(step) < Decimal(10) ** -40 * max(1, abs(z)):
            break
    return z


def normal_cases(rng):
    xs = [-37.5, -37.0, -35.0, -30.0, -25.0, -20.0, -15.0, -10.0, -8.0, -6.0, -5.657, -5.5, -5.0, -4.0, -3.0, -2.0,
          -1.5, -1.0, -0.7, -0.6744, -0.5, -0.1, -1e-10, 0.0, 1e-10, 0.1, 0.5, 0.6744, 0.7, 1.0, 1.5, 2.0, 3.0, 4.0,
          5.0, 5.7, 6.0, 7.0, 8.0]
    xs += [float(v) for v in rng.uniform(-37, 8.2, 60)]
    cdf = []
    for x in xs:
        exact = phi_decimal(Decimal(x))
        cdf.append({"x": x, "cdf": float(exact), "cdfErfc": 0.5 * math.erfc(-x / math.sqrt(2))})
    ps = [1e-300, 1e-200, 1e-100, 1e-50, 1e-20, 1e-11, 1e-10, 1e-5, 1e-3, 0.01, 0.025, 0.05, 0.075, 0.0751, 0.1, 0.3,
          0.5, 0.7, 0.9, 0.9249, 0.925, 0.95, 0.975, 0.99, 0.999, 1 - 1e-10]
    ps += [float(v) for v in rng.uniform(0, 1, 30)] + [float(10.0 ** v) for v in rng.uniform(-300, -1, 20)]
    quantile = [{"p": p, "z": float(normal_quantile_decimal(p)), "zNormalDist": statistics.NormalDist().inv_cdf(p)}
                for p in ps]
    return {"cdf": cdf, "quantile": quantile}


# ------------------------------------------------------------------------------------ survival, schedules

def weekday_days(n):
    """Monday-to-Friday days of n fractions starting on a Monday (day 0)."""
    days = []
    d = 0
    while len(days) < n:
        if d % 7 < 5:
            days.append(d)
        d += 1
    return days


def course(n, dose, days=None):
    days = weekday_days(n) if days is None else days
    return [{"dose": dose, "day": day} for day in days]


def minus_log_survival(alpha, beta, dose, model):
    """-ln S of one fraction, vectorised over alpha/beta arrays."""
    lq = alpha * dose + beta * dose * dose
    if model is None or model["model"] == "lq":
        return lq
    if model["model"] == "lq-l":
        dt = model["transitionDose"]
        return lq if dose <= dt else alpha * dose + beta * (2 * dt * dose - dt * dt)
    d0 = model["d0"]
    dq = (1 - alpha * d0) ** 2 / (4 * beta * d0)
    transition = 2 * dq / (1 - alpha * d0)
    return np.where(dose <= transition, lq, dose / d0 - dq / d0)


def log_gain(fractions, doubling_time, kickoff_time):
    if doubling_time is None:
        return 0.0
    days = [f["day"] for f in fractions]
    t = max(days) - min(days) if days else 0.0
    return math.log(2) / doubling_time * max(0.0, t - kickoff_time)


# --------------------------------------------------------------------------------------- population TCP

def population_tcp(case):
    mean, sd, ab, n0 = case["alphaMean"], case["alphaSd"], case["alphaBeta"], case["clonogens"]
    model = case.get("model")
    gain = log_gain(case["schedule"], case.get("doublingTime"), case.get("kickoffTime"))
    lo = max(0.0, mean - 12 * sd)
    hi = mean + 12 * sd
    kept = 0.5 * math.erfc(-mean / (sd * math.sqrt(2)))
    if model is not None and model["model"] == "usc":
        limit = 1 / model["d0"]
        beyond = 0.5 * math.erfc((limit - mean) / (sd * math.sqrt(2)))
        if beyond > 1e-9:
            return None  # USC undefined for alpha D0 >= 1 on more than 1e-9 of the distribution
        hi = min(hi, limit * (1 - 1e-12))
    count = 2_000_001
    alpha = np.linspace(lo, hi, count)
    kill = np.zeros_like(alpha)
    with np.errstate(divide="ignore", invalid="ignore"):  # USC at alpha = 0: D_q infinite, LQ branch taken
        for f in case["schedule"]:
            kill += minus_log_survival(alpha, alpha / ab, f["dose"], model)
    log_survivors = math.log(n0) + gain - kill if n0 > 0 else np.full_like(alpha, -np.inf)
    tcp = np.exp(-np.exp(np.minimum(log_survivors, 700)))
    density = np.exp(-0.5 * ((alpha - mean) / sd) ** 2) / (sd * math.sqrt(2 * math.pi))
    f = tcp * density
    h = (hi - lo) / (count - 1)
    integral = h / 3 * (f[0] + f[-1] + 4 * f[1:-1:2].sum() + 2 * f[2:-1:2].sum())
    return integral / kept


def population_cases(rng):
    cases = []
    conventional = course(30, 2.0)
    for total in (40, 50, 60, 70, 80):
        n = total // 2
        cases.append({"label": f"Webb-Nahum-like {n} x 2 Gy, mean 0.35, sd 0.08, a/b 10, N 1e9",
                      "schedule": course(n, 2.0), "alphaMean": 0.35, "alphaSd": 0.08, "alphaBeta": 10.0,
                      "clonogens": 1e9})
    for sd in (1e-4, 1e-3, 0.01, 0.03, 0.05, 0.1, 0.2):
        cases.append({"label": f"STS 25 x 2 Gy, mean 0.2, sd {sd}, a/b 4.9, N 1e7", "schedule": course(25, 2.0),
                      "alphaMean": 0.2, "alphaSd": sd, "alphaBeta": 4.9, "clonogens": 1e7})
    cases.append({"label": "5 x 5 Gy daily, mean 0.25 sd 0.06 a/b 4", "schedule": course(5, 5.0), "alphaMean": 0.25,
                  "alphaSd": 0.06, "alphaBeta": 4.0, "clonogens": 1e6})
    cases.append({"label": "3 x 18 Gy every other day, mean 0.3 sd 0.07 a/b 10, N 1e9",
                  "schedule": course(3, 18.0, [0, 2, 4]), "alphaMean": 0.3, "alphaSd": 0.07, "alphaBeta": 10.0,
                  "clonogens": 1e9})
    cases.append({"label": "3 x 18 Gy LQ-L (D_T 6 Gy), mean 0.3 sd 0.07", "schedule": course(3, 18.0, [0, 2, 4]),
                  "alphaMean": 0.3, "alphaSd": 0.07, "alphaBeta": 10.0, "clonogens": 1e9,
                  "model": {"model": "lq-l", "transitionDose": 6.0}})
    cases.append({"label": "3 x 18 Gy USC (D0 1.25), mean 0.33 sd 0.05, a/b 8.6 (Park H460)",
                  "schedule": course(3, 18.0, [0, 2, 4]), "alphaMean": 0.33, "alphaSd": 0.05, "alphaBeta": 8.6,
                  "clonogens": 1e9, "model": {"model": "usc", "d0": 1.25}})
    cases.append({"label": "8 x 7.5 Gy USC (D0 1.25), mean 0.2 sd 0.04", "schedule": course(8, 7.5),
                  "alphaMean": 0.2, "alphaSd": 0.04, "alphaBeta": 8.6, "clonogens": 1e8,
                  "model": {"model": "usc", "d0": 1.25}})
    cases.append({"label": "USC with 6e-3 of the alpha mass beyond 1/D0: NaN", "schedule": course(3, 18.0, [0, 2, 4]),
                  "alphaMean": 0.3, "alphaSd": 0.2, "alphaBeta": 8.6, "clonogens": 1e9,
                  "model": {"model": "usc", "d0": 1.25}})
    cases.append({"label": "35 x 2 Gy with repopulation Td 3 d, Tk 21 d", "schedule": course(35, 2.0),
                  "alphaMean": 0.3, "alphaSd": 0.05, "alphaBeta": 10.0, "clonogens": 1e8, "doublingTime": 3.0,
                  "kickoffTime": 21.0})
    for n0 in (1.0, 5.0, 50.0):
        cases.append({"label": f"wide sd 0.3 around 0.1 (truncation matters), N {n0}", "schedule": conventional,
                      "alphaMean": 0.1, "alphaSd": 0.3, "alphaBeta": 3.0, "clonogens": n0})
    cases.append({"label": "half-normal: mean 0, sd 0.1, N 10", "schedule": course(10, 2.0), "alphaMean": 0.0,
                  "alphaSd": 0.1, "alphaBeta": 3.0, "clonogens": 10.0})
    # A sweep of s = A sd across the switches between quadrature rules (0.85, 2.5, 4.5), where they are least
    # accurate: A = 11 Gy, mean alpha 0.3, so k = ln N - 3.3 takes the values -2, -0.5, 1, 2.5 (TCP mid-range).
    for s in [float(v) for v in np.round(np.linspace(0.5, 5.1, 24), 4)]:
        for k in (-2.0, -0.5, 1.0, 2.5):
            cases.append({"label": f"10 x 1 Gy, s = {s}, k = {k}", "schedule": course(10, 1.0), "alphaMean": 0.3,
                          "alphaSd": s / 11.0, "alphaBeta": 10.0, "clonogens": math.exp(k + 3.3)})
    for i in range(40):
        n = int(rng.integers(1, 36))
        dose = float(rng.uniform(1, 20)) if n <= 5 else float(rng.uniform(1, 4))
        mean = float(rng.uniform(0.05, 0.6))
        sd = mean * float(10 ** rng.uniform(-2, 0))
        case = {"label": f"random {i}", "schedule": course(n, dose), "alphaMean": mean, "alphaSd": sd,
                "alphaBeta": float(rng.uniform(1, 20)), "clonogens": float(10 ** rng.uniform(0, 10))}
        if rng.random() < 0.3:
            case["doublingTime"] = float(rng.uniform(2, 30))
            case["kickoffTime"] = float(rng.uniform(0, 28))
        cases.append(case)
    for case in cases:
        case["tcp"] = population_tcp(case)
    return cases


# ---------------------------------------------------------------------------------------- Zaider-Minerbo

def zaider_minerbo(case):
    alpha, beta, b, delta, n0, t = (case[k] for k in ("alpha", "beta", "birthRate", "deathRate", "clonogens", "day"))
    lam = b - delta
    events = sorted((f for f in case["schedule"] if f["day"] <= t), key=lambda f: f["day"])
    survival = 1.0
    start = 0.0
    integral = 0.0

    def piece(a, c, s):
        if c <= a:
            return 0.0
        x = np.linspace(a, c, 2001)
        y = np.exp(-lam * x) / s
        h = (c - a) / 2000
        return h / 3 * (y[0] + y[-1] + 4 * y[1:-1:2].sum() + 2 * y[2:-1:2].sum())

    for f in events:
        integral += piece(start, f["day"], survival)
        survival *= math.exp(-(alpha * f["dose"] + beta * f["dose"] ** 2))
        start = f["day"]
    integral += piece(start, t, survival)
    x = survival * math.exp(lam * t)
    p = x / (1 + b * x * integral)
    return math.exp(n0 * math.log1p(-p)) if p < 1 else 0.0


def zaider_minerbo_cases():
    cases = []
    sts = course(25, 2.0)
    for day in (0.0, 10.0, 32.0, 60.0, 365.0):
        cases.append({"label": f"25 x 2 Gy, b = ln2/5, delta = 0.5 b, N 1e6, day {day}", "schedule": sts,
                      "alpha": 0.3, "beta": 0.03, "birthRate": math.log(2) / 5, "deathRate": 0.5 * math.log(2) / 5,
                      "clonogens": 1e6, "day": day})
    cases.append({"label": "25 x 2 Gy, b = delta (lambda = 0)", "schedule": sts, "alpha": 0.3, "beta": 0.03,
                  "birthRate": 0.1, "deathRate": 0.1, "clonogens": 5e7, "day": 100.0})
    cases.append({"label": "25 x 2 Gy, pure birth (delta = 0)", "schedule": sts, "alpha": 0.35, "beta": 0.035,
                  "birthRate": 0.1, "deathRate": 0.0, "clonogens": 5e7, "day": 40.0})
    cases.append({"label": "25 x 2 Gy, pure death (b = 0)", "schedule": sts, "alpha": 0.3, "beta": 0.03,
                  "birthRate": 0.0, "deathRate": 0.05, "clonogens": 1e8, "day": 60.0})
    cases.append({"label": "5 x 5 Gy daily, fast growth b 0.3, delta 0.1", "schedule": course(5, 5.0), "alpha": 0.25,
                  "beta": 0.06, "birthRate": 0.3, "deathRate": 0.1, "clonogens": 3e5, "day": 30.0})
    cases.append({"label": "3 x 18 Gy every other day, N 1e6", "schedule": course(3, 18.0, [0, 2, 4]),
                  "alpha": 0.1, "beta": 0.01, "birthRate": 0.2, "deathRate": 0.05, "clonogens": 1e6, "day": 20.0})
    cases.append({"label": "35 x 2 Gy with a 7-day gap, N 1e7", "schedule": course(35, 2.0, weekday_days(40)[:20] +
                                                                                 [d + 7 for d in weekday_days(40)[20:35]]),
                  "alpha": 0.3, "beta": 0.03, "birthRate": math.log(2) / 3, "deathRate": 0.05, "clonogens": 1e7,
                  "day": 60.0})
    for case in cases:
        case["tcp"] = zaider_minerbo(case)
    return cases


# ----------------------------------------------------------------------------------------------- NTCP, DVH

def geud(bins, a):
    d = np.array([b["dose"] for b in bins], dtype=float)
    v = np.array([b["volume"] for b in bins], dtype=float)
    v = v / v.sum()
    if a == 0:
        return float(math.exp((v * np.log(d)).sum()))
    return float(((v * d ** a).sum()) ** (1 / a))


def lkb(bins, p):
    if "alphaBeta" in p:
        bins = [{"dose": b["dose"] * (b["dose"] / p["fractions"] + p["alphaBeta"]) / (2 + p["alphaBeta"]),
                 "volume": b["volume"]} for b in bins]
    g = geud(bins, 1 / p["n"])
    t = (g - p["td50"]) / (p["m"] * p["td50"])
    return g, 0.5 * (1 + math.erf(t / math.sqrt(2)))


def ntcp_cases(rng):
    lung = [{"dose": float(d), "volume": float(v)} for d, v in zip(np.linspace(0.5, 60, 40), rng.uniform(0, 10, 40))]
    cord = [{"dose": float(d), "volume": float(v)} for d, v in zip(np.linspace(10, 48, 20), rng.uniform(0, 1, 20))]
    skin = [{"dose": 20.0, "volume": 50.0}, {"dose": 45.0, "volume": 30.0}, {"dose": 66.0, "volume": 5.0}]
    cases = []
    for bins, p, label in [
        (lung, {"td50": 24.5, "m": 0.18, "n": 0.87}, "lung pneumonitis (Burman 1991 parameters)"),
        (lung, {"td50": 30.8, "m": 0.37, "n": 0.99}, "lung, MLD-like model"),
        (cord, {"td50": 66.5, "m": 0.175, "n": 0.05}, "cord, serial (small n)"),
        (cord, {"td50": 66.5, "m": 0.175, "n": 0.05, "alphaBeta": 2.0, "fractions": 25}, "cord, EQD2 at a/b 2, 25 fx"),
        (skin, {"td50": 70.0, "m": 0.12, "n": 0.1}, "skin"),
        (skin, {"td50": 70.0, "m": 0.12, "n": 0.1, "alphaBeta": 3.0, "fractions": 33}, "skin, EQD2 at a/b 3, 33 fx"),
    ]:
        g, ntcp = lkb(bins, p)
        cases.append({"label": label, "bins": bins, "parameters": p, "geud": g, "ntcp": ntcp})
    geud_cases = []
    for bins in (lung, cord, skin):
        for a in (-20.0, -10.0, -1.0, 0.0, 0.5, 1.0, 2.0, 10.0, 40.0):
            geud_cases.append({"bins": bins, "a": a, "geud": geud(bins, a)})
    return cases, geud_cases


def dvh_cases(rng):
    cases = []
    for i in range(8):
        k = int(rng.integers(1, 30))
        fractions = int(rng.choice([1, 3, 5, 25, 30]))
        per = 50.0 / fractions if fractions > 5 else 10.0
        bins = [{"dose": float(d), "volume": float(v)}
                for d, v in zip(rng.uniform(0.8, 1.1, k) * per * fractions, rng.uniform(0, 20, k))]
        p = {"fractions": fractions, "alpha": float(rng.uniform(0.1, 0.5)), "beta": float(rng.uniform(0, 0.1))}
        log_sum = sum(b["volume"] * math.exp(-p["alpha"] * b["dose"] - p["beta"] * b["dose"] ** 2 / fractions)
                      for b in bins)
        p["clonogenDensity"] = float(rng.uniform(0.05, 3)) / log_sum  # so that TCP is mid-range
        cases.append({"bins": bins, "parameters": p, "tcp": math.exp(-p["clonogenDensity"] * log_sum)})
    return cases


# ------------------------------------------------------------------------------------------------ LQ fits

def fit_lq(points):
    d = np.array([p["dose"] for p in points])
    sf = np.array([p["survivingFraction"] for p in points])
    y = -np.log(sf)
    if all("sd" in p for p in points):
        w = (sf / np.array([p["sd"] for p in points])) ** 2
        absolute = True
    else:
        w = np.array([p.get("weight", 1.0) for p in points])
        absolute = False
    sw = np.sqrt(w)
    best = None
    for free, bound in (([0, 1], "none"), ([1], "alpha"), ([0], "beta"), ([], "both")):
        coef = np.zeros(2)
        if free:
            x = np.column_stack([d, d * d])[:, free]
            sol, *_ = np.linalg.lstsq(x * sw[:, None], y * sw, rcond=None)
            coef[free] = sol
        if np.any(coef < 0):
            continue
        chi2 = float((w * (y - coef[0] * d - coef[1] * d * d) ** 2).sum())
        if best is None or chi2 < best[1]:
            best = (coef, chi2, free, bound)
        if bound == "none":
            break
    coef, chi2, free, bound = best
    # A control row (dose 0, SF exactly 1) is the normalisation, fitted exactly by any alpha, beta: not a degree of
    # freedom. A dose-0 row with SF != 1 is an observation and counts.
    controls = sum(1 for p in points if p["dose"] == 0 and p["survivingFraction"] == 1)
    dof = len(points) - controls - len(free)
    cov = np.zeros((2, 2))
    if not absolute and dof <= 0:
        cov[:, :] = np.nan
    elif free:
        x = np.column_stack([d, d * d])[:, free]
        inv = np.linalg.inv(x.T @ (w[:, None] * x))
        if not absolute:
            inv *= chi2 / dof
        for a, i in enumerate(free):
            for b, j in enumerate(free):
                cov[i, j] = inv[a, b]
    return {"alpha": coef[0], "beta": coef[1], "covariance": cov.tolist(), "chiSquare": chi2,
            "degreesOfFreedom": dof, "bound": bound, "covarianceScaled": not absolute,
            "residuals": (y - coef[0] * d - coef[1] * d * d).tolist()}


def fit_colonies(points):
    d = np.array([p["dose"] for p in points], dtype=float)
    n = np.array([p["cellsSeeded"] for p in points], dtype=float)
    c = np.array([p["colonies"] for p in points], dtype=float)
    lgam = np.array([math.lgamma(v + 1) for v in c])

    def loglik(theta, alpha, beta):
        mu = n * np.exp(theta - alpha * d - beta * d * d)
        return float((c * np.log(mu) - mu - lgam).sum())

    best = None
    for free, bound in (([0, 1, 2], "none"), ([0, 2], "alpha"), ([0, 1], "beta"), ([0], "both")):
        par = np.array([math.log(c.sum() / n.sum()), 0.0, 0.0])
        x = np.column_stack([np.ones_like(d), -d, -d * d])[:, free]
        for _ in range(500):
            mu = n * np.exp(par[0] - par[1] * d - par[2] * d * d)
            score = x.T @ (c - mu)
            info = x.T @ (mu[:, None] * x)
            step = np.linalg.solve(info, score)
            t = 1.0
            old = loglik(*par)
            while True:
                trial = par.copy()
                trial[free] += t * step
                if loglik(*trial) >= old - 1e-12 * abs(old) or t < 1e-12:
                    break
                t /= 2
            par = trial
            if abs(step @ score) < 1e-24 * max(1.0, abs(old)):
                break
        if par[1] < 0 or par[2] < 0:
            continue
        ll = loglik(*par)
        if best is None or ll > best[1]:
            best = (par, ll, free, bound)
        if bound == "none":
            break
    par, ll, free, bound = best
    pe = math.exp(par[0])
    alpha, beta = par[1], par[2]
    mu = n * np.exp(par[0] - alpha * d - beta * d * d)
    # Observed information in (alpha, beta, PE) from the analytic Hessian of the log-likelihood.
    info = np.array([
        [(mu * d * d).sum(), (mu * d ** 3).sum(), -(mu * d).sum() / pe],
        [(mu * d ** 3).sum(), (mu * d ** 4).sum(), -(mu * d * d).sum() / pe],
        [-(mu * d).sum() / pe, -(mu * d * d).sum() / pe, c.sum() / pe ** 2],
    ])
    keep = [i for i, name in enumerate((1, 2, 0)) if name in free]
    cov = np.zeros((3, 3))
    sub = np.linalg.inv(info[np.ix_(keep, keep)])
    for a, i in enumerate(keep):
        for b, j in enumerate(keep):
            cov[i, j] = sub[a, b]
    return {"alpha": alpha, "beta": beta, "platingEfficiency": pe, "covariance": cov.tolist(), "logLikelihood": ll,
            "bound": bound, "degreesOfFreedom": len(points) - len(free)}


def fit_cases(rng):
    lq = []
    doses = [0.0, 1.0, 2.0, 4.0, 6.0, 8.0]
    for alpha, beta, noise, use_sd in ((0.3, 0.03, 0.05, True), (0.15, 0.05, 0.1, False), (0.5, 0.0, 0.08, True),
                                       (0.02, 0.06, 0.1, False), (0.4, 0.01, 0.05, False)):
        points = []
        for dose in doses:
            for _ in range(3):
                sf = math.exp(-alpha * dose - beta * dose * dose) * math.exp(float(rng.normal(0, noise)))
                sf = min(sf, 1.0)
                point = {"dose": dose, "survivingFraction": sf}
                if use_sd:
                    point["sd"] = noise * sf
                points.append(point)
        lq.append({"truth": {"alpha": alpha, "beta": beta}, "points": points, "fit": fit_lq(points)})
    # Curvature only: unconstrained alpha < 0, so the fit holds alpha at 0.
    curved = [{"dose": dd, "survivingFraction": math.exp(0.02 * dd - 0.06 * dd * dd)} for dd in (1.0, 2.0, 4.0, 6.0)]
    lq.append({"truth": None, "points": curved, "fit": fit_lq(curved)})
    # Straight line bending upwards: unconstrained beta < 0, so the fit holds beta at 0.
    shoulderless = [{"dose": dd, "survivingFraction": math.exp(-0.6 * dd + 0.01 * dd * dd), "weight": 1.0 + dd}
                    for dd in (1.0, 2.0, 4.0, 6.0, 8.0)]
    lq.append({"truth": None, "points": shoulderless, "fit": fit_lq(shoulderless)})

    colonies = []
    for alpha, beta, pe, cells in ((0.3, 0.03, 0.6, 200.0), (0.2, 0.05, 0.4, 1000.0), (0.45, 0.0, 0.8, 500.0)):
        points = []
        for dose in (0.0, 2.0, 4.0, 6.0, 8.0):
            seeded = cells * math.exp(0.35 * dose)  # more cells at higher dose, as in practice
            for _ in range(3):
                mean = seeded * pe * math.exp(-alpha * dose - beta * dose * dose)
                points.append({"dose": dose, "cellsSeeded": seeded, "colonies": int(rng.poisson(mean))})
        colonies.append({"truth": {"alpha": alpha, "beta": beta, "platingEfficiency": pe}, "points": points,
                         "fit": fit_colonies(points)})
    # Counts bending upwards (no shoulder): the unconstrained beta is negative, so the fit holds beta at 0.
    bending = [{"dose": dd, "cellsSeeded": 1000.0, "colonies": round(600 * math.exp(-0.5 * dd + 0.012 * dd * dd))}
               for dd in (0.0, 1.0, 2.0, 3.0, 4.0, 5.0)]
    colonies.append({"truth": None, "points": bending, "fit": fit_colonies(bending)})
    return lq, colonies


def clean(value):
    """NaN and None as null, numpy scalars as floats."""
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean(v) for v in value]
    if isinstance(value, (np.floating, float)):
        return None if math.isnan(value) else float(value)
    if isinstance(value, np.integer):
        return int(value)
    return value


def main():
    rng = np.random.default_rng(20240611)
    ntcp, geud_cases = ntcp_cases(rng)
    lq, colonies = fit_cases(rng)
    fixture = {
        "generator": "scripts/reference/core_tcp_ntcp.py",
        "normal": normal_cases(rng),
        "population": population_cases(rng),
        "zaiderMinerbo": zaider_minerbo_cases(),
        "ntcp": ntcp,
        "geud": geud_cases,
        "dvh": dvh_cases(rng),
        "fitLq": lq,
        "fitLqColonies": colonies,
    }
    out = Path(__file__).resolve().parents[2] / "test" / "fixtures" / "tcp-ntcp.json"
    out.write_text(json.dumps(clean(fixture), indent=1) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()

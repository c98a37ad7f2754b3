#!/usr/bin/env python3
"""Independent expected local control of one stratum of the engine's local-control model (issue 14).

Written from docs/local-control-model.md ("Engine wiring") and the library values of
packages/core/src/library/localControlDefaults.ts, not from the engine code: numerical integration over the
residual clonogens (z_n), the Poisson number K of surviving clonogens, the regrowth deviate (z_T) and dormancy.

Stratum (test/sim/localControlEngine.test.ts, scenario `check`): one inline subtype, alpha 0.2/Gy, alpha/beta 5 Gy,
OER 2.5, volume 50 cm3 (d = 4.57 cm, below 5 cm), N_detect 1e7; every patient G2, deep, extremity, primary, age 40;
margin R0-close; postoperative 66 Gy / 33 (surgery day -35, fractions Monday-Friday from day 0, last on day 45:
treatment span T = 80 d); first visit 90 d after T. Times are days from the first treatment event (surgery).

Lesions (scenario `lesion-check`, SBRT at lesion level): the same biology and grade; no surgery; every patient has 2
lesions of 1.5 cm (N0 = 1e7 * pi d^3 / 6), h = min(1, h8 d / 8 cm) with h8 = 0.2020, reoxygenating between
fractions; 40 Gy / 4 fractions every other day (days 0-6: span T = 6 d). Given the patient's biology the lesions are
independent, so per-patient LC(t) = per-lesion LC(t)^2.

    python3 scripts/reference/local_control_engine_check.py
"""
import math
import numpy as np
from scipy import integrate, special, stats

# localControlDefaults (model revision 2)
THETA_R0_CLOSE = -1.7434
B_G2, B_DEEP = 0.5596, 0.5481
LN_N_RES, SIGMA_N = math.log(2.4e5), 2.3
H_BED = 0.0103
TD50, SIGMA_T, GAMMA = 18.6, 0.05, -0.0699
Q, LAMBDA = 0.4963, 0.1870  # dormant share, reawakening per year

ALPHA, ALPHA_BETA, OER = 0.2, 5.0, 2.5
BETA = ALPHA / ALPHA_BETA
D, F = 2.0, 33
N_DETECT = 1e7
SPAN, FIRST_VISIT = 80.0, 90.0

pi = 1 / (1 + math.exp(-(THETA_R0_CLOSE + B_G2 + B_DEEP)))
oxic = math.log1p(-H_BED) - F * (ALPHA * D + BETA * D * D)
hypoxic = math.log(H_BED) - F * (ALPHA * D / OER + BETA * D * D / OER**2)
ln_s = max(oxic, hypoxic) + math.log1p(math.exp(min(oxic, hypoxic) - max(oxic, hypoxic)))
td = TD50 * math.exp(-GAMMA * 0)  # grade 2


def regrowth_cdf(x, doublings):
    """P(D * Td * e^{sigma z} <= x), vectorised over x (days) for one D."""
    x = np.asarray(x, dtype=float)
    if doublings <= 0:
        return (x >= 0).astype(float)
    out = np.zeros_like(x)
    positive = x > 0
    out[positive] = stats.norm.cdf(np.log(x[positive] / (doublings * td)) / SIGMA_T)
    return out


def detected_by(t, doublings, span=SPAN):
    """P(detection day < t | failure with D doublings): floor at the first visit, dormancy with share Q."""
    if t < span + FIRST_VISIT:
        return 0.0
    x = t - span
    rate = LAMBDA / 365.25
    now = float(regrowth_cdf(np.array([x]), doublings)[0])
    # dormancy s ~ Exponential(rate): integrate P(R <= x - s) rate e^{-rate s} on a fine grid (step < 0.1 d)
    s = np.linspace(0, x, int(x / 0.05) + 1)
    dormant = integrate.trapezoid(regrowth_cdf(x - s, doublings) * rate * np.exp(-rate * s), s)
    return (1 - Q) * now + Q * dormant


def clonogen_law(m):
    """Support and probabilities of K | K >= 1, K ~ Poisson(m) (normal quantiles for large m)."""
    if m < 400:
        ks = np.arange(1, int(m + 12 * math.sqrt(m) + 40))
        pmf = np.exp(ks * math.log(m) - m - special.gammaln(ks + 1))
        return ks, pmf / pmf.sum()
    z, w = np.polynomial.hermite_e.hermegauss(15)
    return np.maximum(1, m + math.sqrt(m) * z), w / w.sum()


def failed_by(t):
    """P(failure detected before t), integrating z_n (Gauss-Hermite) and K."""
    z, w = np.polynomial.hermite_e.hermegauss(60)
    w = w / w.sum()
    total = 0.0
    cache = {}
    for zi, wi in zip(z, w):
        if wi < 1e-14:
            continue
        m = math.exp(LN_N_RES + SIGMA_N * zi + ln_s)
        fail = -math.expm1(-m)
        ks, pk = clonogen_law(m)
        p = 0.0
        for k, q in zip(ks, pk):
            if q < 1e-12:
                continue
            d = max(math.log2(N_DETECT / k), 0.0)
            key = round(d, 6)
            if key not in cache:
                cache[key] = detected_by(t, d)
            p += q * cache[key]
        total += wi * fail * p
    return pi * total


# Lesions: localControlDefaults.hypoxicFractionAt8cm; the schedule and size of the `lesion-check` scenario
H8 = 0.2020
LESION_DIAMETER, LESION_DOSE, LESION_F, LESION_SPAN, LESIONS = 1.5, 10.0, 4, 6.0, 2
h_lesion = min(1.0, H8 * LESION_DIAMETER / 8)
oxic_lesion = math.log1p(-h_lesion) - (ALPHA * LESION_DOSE + BETA * LESION_DOSE**2)
hypoxic_lesion = math.log(h_lesion) - (ALPHA * LESION_DOSE / OER + BETA * LESION_DOSE**2 / OER**2)
ln_s_lesion = LESION_F * (max(oxic_lesion, hypoxic_lesion) + math.log1p(math.exp(-abs(oxic_lesion - hypoxic_lesion))))
m_lesion = 1e7 * math.pi * LESION_DIAMETER**3 / 6 * math.exp(ln_s_lesion)


def lesion_failed_by(t):
    """P(a lesion's failure is detected before t): Poisson control, K | K >= 1, regrowth and dormancy."""
    ks, pk = clonogen_law(m_lesion)
    p = sum(q * detected_by(t, max(math.log2(N_DETECT / k), 0.0), LESION_SPAN) for k, q in zip(ks, pk) if q >= 1e-12)
    return -math.expm1(-m_lesion) * p


if __name__ == "__main__":
    print(f"pi = {pi:.6f}, ln S = {ln_s:.6f}")
    for years in (1, 2, 5, 10):
        print(f"LC {years} y = {1 - failed_by(years * 365.25):.5f}")
    print(f"lesions: h = {h_lesion:.6f}, m = {m_lesion:.6f}, TCP = {math.exp(-m_lesion):.5f}")
    for years in (1, 2, 3):
        lc = 1 - lesion_failed_by(years * 365.25)
        print(f"per-lesion LC {years} y = {lc:.5f}, per-patient LC ({LESIONS} lesions) = {lc**LESIONS:.5f}")

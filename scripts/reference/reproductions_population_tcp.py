#!/usr/bin/env python3
"""Reference dose-response curves for the population TCP reproduction (Webb & Nahum 1993 behaviour).

Webb S, Nahum AE. Phys Med Biol 1993;38:653-666: with alpha varying between patients as a normal distribution,
the population dose-response curve is flatter than the individual Poisson curve, and tends to it as the spread
sigma_alpha goes to 0. No number from that paper could be checked (only its abstract was accessible), so this
script is the independent reference: the same model written from docs/models.md, integrated by
brute force, not from the TypeScript.

Model: alpha ~ Normal(mean, sd) truncated at 0, beta = alpha/(alpha/beta), n equal fractions of D/n Gy, no time
term, so -ln S = alpha*A(D) with A(D) = D + D^2/(n*(alpha/beta)), and
    TCP(D) = int_0^inf exp(-N0 exp(-alpha A(D))) phi((alpha - mean)/sd)/sd d alpha / Phi(mean/sd)
    dTCP/dD = int_0^inf TCP(alpha) N0 exp(-alpha A(D)) alpha A'(D) phi(...)/sd d alpha / Phi(mean/sd)
(the derivative taken analytically under the integral). Integrals: composite Simpson on 400 001 points over
[max(0, mean - 12 sd), mean + 12 sd]; D50 by bisection to 1e-12 Gy; gamma50 = D50 * dTCP/dD at D50.
sd = 0 uses the closed forms A(D50) = ln(N0/ln 2)/mean and gamma50 = D50 * (ln 2/2) * mean * A'(D50).

Inputs are illustrative (mean alpha 0.35 /Gy, N0 = 1e9, i.e. 100 cm^3 at 1e7 clonogens/cm^3, are the values
usually quoted for Webb & Nahum, not checked against the paper): the test compares behaviour and numbers
against this script, not against a publication.

Writes test/fixtures/population-tcp-dose-response.json.
Run from the repository root:  python3 scripts/reference/reproductions_population_tcp.py
"""

import json
import math
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "test" / "fixtures" / "population-tcp-dose-response.json"

ALPHA_MEAN = 0.35  # 1/Gy
ALPHA_BETA = 10.0  # Gy
CLONOGENS = 1e9
FRACTIONS = 25
SIGMAS = [0.0, 0.01, 0.02, 0.04, 0.08, 0.12]  # 1/Gy
CURVE_DOSES = [40.0, 45.0, 50.0, 55.0, 60.0, 70.0, 80.0]  # Gy
POINTS = 400_001  # odd, for Simpson


def effective_dose(total):
    """A(D) = D + D^2/(n alpha/beta), Gy, so that -ln S = alpha A."""
    return total + total * total / (FRACTIONS * ALPHA_BETA)


def effective_dose_slope(total):
    """A'(D) = 1 + 2D/(n alpha/beta)."""
    return 1.0 + 2.0 * total / (FRACTIONS * ALPHA_BETA)


def normal_cdf(x):
    return 0.5 * math.erfc(-x / math.sqrt(2.0))


def simpson(values, step):
    return step / 3.0 * (values[0] + values[-1] + 4.0 * values[1:-1:2].sum() + 2.0 * values[2:-1:2].sum())


def alpha_grid(sd):
    lo = max(0.0, ALPHA_MEAN - 12.0 * sd)
    hi = ALPHA_MEAN + 12.0 * sd
    alphas = np.linspace(lo, hi, POINTS)
    density = np.exp(-0.5 * ((alphas - ALPHA_MEAN) / sd) ** 2) / (sd * math.sqrt(2.0 * math.pi))
    return alphas, density, (hi - lo) / (POINTS - 1), normal_cdf(ALPHA_MEAN / sd)


def tcp(total, sd):
    if sd == 0.0:
        return math.exp(-CLONOGENS * math.exp(-ALPHA_MEAN * effective_dose(total)))
    alphas, density, step, kept = alpha_grid(sd)
    with np.errstate(over="ignore"):
        individual = np.exp(-np.exp(math.log(CLONOGENS) - alphas * effective_dose(total)))
    return simpson(individual * density, step) / kept


def tcp_slope(total, sd):
    """dTCP/dD, 1/Gy."""
    if sd == 0.0:
        survivors = CLONOGENS * math.exp(-ALPHA_MEAN * effective_dose(total))
        return math.exp(-survivors) * survivors * ALPHA_MEAN * effective_dose_slope(total)
    alphas, density, step, kept = alpha_grid(sd)
    with np.errstate(over="ignore"):
        survivors = np.exp(math.log(CLONOGENS) - alphas * effective_dose(total))
        integrand = np.exp(-survivors) * survivors * alphas * effective_dose_slope(total) * density
    return simpson(np.nan_to_num(integrand), step) / kept


def d50(sd):
    if sd == 0.0:
        target = math.log(CLONOGENS / math.log(2.0)) / ALPHA_MEAN
        c = FRACTIONS * ALPHA_BETA
        return (-c + math.sqrt(c * c + 4.0 * c * target)) / 2.0
    lo, hi = 1.0, 400.0
    while hi - lo > 1e-12:
        mid = 0.5 * (lo + hi)
        if tcp(mid, sd) < 0.5:
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


def main():
    rows = []
    for sd in SIGMAS:
        dose50 = d50(sd)
        rows.append(
            {
                "alphaSd": sd,
                "d50": dose50,
                "gamma50": dose50 * tcp_slope(dose50, sd),
                "tcpAtD50": tcp(dose50, sd),
                "curve": [{"dose": d, "tcp": tcp(d, sd)} for d in CURVE_DOSES],
            }
        )
    # The closed form at sd = 0 and the quadrature at a tiny sd must agree: a check on the quadrature itself.
    tiny = 1e-5
    assert abs(d50(tiny) - rows[0]["d50"]) < 1e-6, (d50(tiny), rows[0]["d50"])
    out = {
        "source": "scripts/reference/reproductions_population_tcp.py",
        "model": "Webb & Nahum 1993 population TCP, LQ, no time term, n equal fractions of D/n Gy",
        "alphaMean": ALPHA_MEAN,
        "alphaBeta": ALPHA_BETA,
        "clonogens": CLONOGENS,
        "fractions": FRACTIONS,
        "rows": rows,
    }
    TARGET.write_text(json.dumps(out, indent=2) + "\n")
    print(f"wrote {TARGET}")
    for row in rows:
        print(f"sd {row['alphaSd']:.2f}: D50 {row['d50']:.4f} Gy, gamma50 {row['gamma50']:.4f}, TCP(D50) {row['tcpAtD50']:.6f}")


if __name__ == "__main__":
    main()

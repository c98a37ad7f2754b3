"""Reference numbers quoted in the sarcoma parameter library notes (packages/core/src/library).

Independent of the TypeScript code: numpy quadrature only. Writes test/fixtures/library-sanity.json, which
test/core/library.test.ts reads; the test also checks that the inputs below still match the library.

Cohort: 250 cm^3 at 1e7 clonogens/cm^3 (N0 = 2.5e9); alpha ~ Normal(0.232, 0.08) truncated at 0 (STS panel);
alpha/beta 4.9 Gy (beta tied to alpha); 2 Gy fractions; no hypoxia.
  - population TCP of definitive 50 Gy/25 and 64 Gy/32, no repopulation;
  - local control after surgery with residual fraction f ~ lognormal(median, sigma) by margin:
    surgery alone exp(-N0 f); preoperative 50 Gy/25 with surgery 5 weeks after the last fraction (T = 67 d);
    postoperative 66 Gy/33 starting 5 weeks after surgery (T = 80 d); repopulation ln2/Td (T - Tk),
    Td = 10 d, Tk = 21 d. Control = exp(-N0 f S e^{repop}) averaged over alpha and f.
Quadrature: trapezoid on 4001 alpha nodes over [0, mean + 10 sd] and 2001 z nodes over [-8, 8];
absolute error well below 1e-3.

Run: python3 scripts/reference/library_sanity.py
"""
import json
import math
import pathlib

import numpy as np

ALPHA_MEAN, ALPHA_SD, ALPHA_BETA = 0.232, 0.08, 4.9
N0 = 250 * 1e7
TD, TK = 10.0, 21.0
MARGINS = {"R0": (8.2e-12, 3.45), "R1": (2.7e-3, 2.3), "R2": (1e-2, 2.3)}

alpha = np.linspace(0.0, ALPHA_MEAN + 10 * ALPHA_SD, 4001)
weight = np.exp(-0.5 * ((alpha - ALPHA_MEAN) / ALPHA_SD) ** 2)
weight /= np.trapezoid(weight, alpha)
z = np.linspace(-8.0, 8.0, 2001)
density_z = np.exp(-0.5 * z * z) / math.sqrt(2 * math.pi)
ln_n0 = math.log(N0)


def kill(fractions, dose):
    """-ln S per alpha node for n fractions of d Gy, beta = alpha / (alpha/beta)."""
    return alpha * fractions * dose * (1 + dose / ALPHA_BETA)


def population_tcp(fractions, dose):
    tcp = np.exp(-np.exp(ln_n0 - kill(fractions, dose)))
    return float(np.trapezoid(tcp * weight, alpha))


def repopulation(overall_time):
    return math.log(2) / TD * max(0.0, overall_time - TK)


def control_after_surgery(median, sigma, fractions, dose, overall_time):
    ln_f = math.log(median) + sigma * z
    exponent = ln_n0 + ln_f[None, :] - kill(fractions, dose)[:, None] + repopulation(overall_time)
    control = np.exp(-np.exp(np.minimum(exponent, 700.0)))
    inner = np.trapezoid(control * density_z[None, :], z, axis=1)
    return float(np.trapezoid(inner * weight, alpha))


def surgery_alone(median, sigma):
    ln_f = math.log(median) + sigma * z
    return float(np.trapezoid(np.exp(-np.exp(ln_n0 + ln_f)) * density_z, z))


result = {
    "inputs": {
        "alphaMean": ALPHA_MEAN,
        "alphaSd": ALPHA_SD,
        "alphaBeta": ALPHA_BETA,
        "clonogens": N0,
        "doublingTime": TD,
        "kickoffTime": TK,
        "residualFraction": {k: {"median": m, "sigma": s} for k, (m, s) in MARGINS.items()},
    },
    "populationTcp": {"50Gy/25": population_tcp(25, 2.0), "64Gy/32": population_tcp(32, 2.0)},
    "localControl": {
        k: {
            "surgeryAlone": surgery_alone(m, s),
            "preop50Gy25": control_after_surgery(m, s, 25, 2.0, 32 + 35),
            "postop66Gy33": control_after_surgery(m, s, 33, 2.0, 35 + 45),
        }
        for k, (m, s) in MARGINS.items()
    },
}

out = pathlib.Path(__file__).resolve().parents[2] / "test" / "fixtures" / "library-sanity.json"
out.write_text(json.dumps(result, indent=2) + "\n")
print(json.dumps(result, indent=2))

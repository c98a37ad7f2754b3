#!/usr/bin/env python3
"""Independent reference values for packages/sim/src/sensitivity and packages/sim/src/uncertainty.

1. Sobol indices of two analytic test functions, from their closed forms:
   - Ishigami (Ishigami & Homma 1990; Saltelli et al. 2008, Global Sensitivity Analysis: The Primer, §4.8),
     f = sin x1 + a sin^2 x2 + b x3^4 sin x1, x_i ~ U(-pi, pi):
       V1 = (1 + b pi^4 / 5)^2 / 2, V2 = a^2 / 8, V3 = 0, V13 = b^2 pi^8 (1/18 - 1/50) = 8 b^2 pi^8 / 225,
       V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2;  S_i = V_i / V, ST1 = (V1 + V13)/V, ST2 = S2, ST3 = V13 / V.
     The closed forms are checked here against a brute-force double-loop Monte Carlo of
     Var(E[f | x_i]) and E[Var(f | x_~i)] with numpy (not the Saltelli estimators the TypeScript uses).
   - A linear model f = sum c_i x_i with independent x_i ~ U(0, 1): S_i = ST_i = c_i^2 / sum c_j^2.
2. The 2.5 % and 97.5 % quantiles of equal-weight mixtures of normals (the combined interval of a two-level
   run), by bisection on the mixture CDF with statistics.NormalDist.
3. Type-7 sample quantiles (numpy.quantile's default 'linear' method) of a few samples.

Usage:  python3 scripts/reference/sim_sensitivity.py  (writes test/fixtures/sensitivity.json; deterministic)
"""

import json
import math
from pathlib import Path
from statistics import NormalDist

import numpy as np


def ishigami_indices(a, b):
    pi4 = math.pi ** 4
    pi8 = math.pi ** 8
    v1 = 0.5 * (1 + b * pi4 / 5) ** 2
    v2 = a * a / 8
    v13 = b * b * pi8 * (1 / 18 - 1 / 50)
    v = a * a / 8 + b * pi4 / 5 + b * b * pi8 / 18 + 0.5
    assert abs(v - (v1 + v2 + v13)) < 1e-12 * v
    return {
        "a": a,
        "b": b,
        "variance": v,
        "first": [v1 / v, v2 / v, 0.0],
        "total": [(v1 + v13) / v, v2 / v, v13 / v],
    }


def ishigami(x, a, b):
    return np.sin(x[..., 0]) + a * np.sin(x[..., 1]) ** 2 + b * x[..., 2] ** 4 * np.sin(x[..., 0])


def brute_force_check(reference, outer=2000, inner=2000, seed=12345):
    """Var(E[f|x_i]) / V and E[Var(f|x_~i)] / V by nested Monte Carlo; loose agreement (about 0.02)."""
    rng = np.random.default_rng(seed)
    a, b = reference["a"], reference["b"]
    total_variance = np.var(ishigami(rng.uniform(-math.pi, math.pi, (400000, 3)), a, b))
    for i in range(3):
        fixed = rng.uniform(-math.pi, math.pi, outer)
        x = rng.uniform(-math.pi, math.pi, (outer, inner, 3))
        x[:, :, i] = fixed[:, None]
        conditional_means = ishigami(x, a, b).mean(axis=1)
        first = conditional_means.var() / total_variance
        x = rng.uniform(-math.pi, math.pi, (outer, inner, 3))
        others = rng.uniform(-math.pi, math.pi, (outer, 3))
        for j in range(3):
            if j != i:
                x[:, :, j] = others[:, j][:, None]
        total = ishigami(x, a, b).var(axis=1).mean() / total_variance
        assert abs(first - reference["first"][i]) < 0.02, (i, first)
        assert abs(total - reference["total"][i]) < 0.02, (i, total)


def mixture_quantile(means, sds, p):
    dist = [NormalDist(m, s) for m, s in zip(means, sds)]
    cdf = lambda x: sum(d.cdf(x) for d in dist) / len(dist)
    lo = min(m - 12 * s for m, s in zip(means, sds))
    hi = max(m + 12 * s for m, s in zip(means, sds))
    for _ in range(200):
        mid = (lo + hi) / 2
        if cdf(mid) < p:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def main():
    reference = ishigami_indices(7.0, 0.1)
    brute_force_check(reference)
    coefficients = [1.0, 2.0, 3.0, 0.0]
    squares = [c * c for c in coefficients]
    linear = {
        "coefficients": coefficients,
        "first": [s / sum(squares) for s in squares],
        "total": [s / sum(squares) for s in squares],
    }
    mixtures = []
    for means, sds in [
        ([0.90], [0.01]),
        ([0.80, 0.85, 0.90, 0.95], [0.010, 0.008, 0.006, 0.004]),
        ([0.10, 0.12, 0.30], [0.02, 0.02, 0.05]),
    ]:
        mixtures.append({
            "means": means,
            "sds": sds,
            "q025": mixture_quantile(means, sds, 0.025),
            "q975": mixture_quantile(means, sds, 0.975),
        })
    samples = [[3.0, 1.0, 2.0], [0.5, 0.1, 0.9, 0.3, 0.7, 0.2], list(np.linspace(0, 1, 11) ** 2)]
    quantiles = [
        {"values": s, "p": [0.025, 0.5, 0.975], "quantiles": [float(np.quantile(s, q)) for q in [0.025, 0.5, 0.975]]}
        for s in samples
    ]
    out = {"ishigami": reference, "linear": linear, "mixtures": mixtures, "quantiles": quantiles}
    target = Path(__file__).resolve().parents[2] / "test" / "fixtures" / "sensitivity.json"
    target.write_text(json.dumps(out, indent=2) + "\n")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()

"""What held-out coverage a perfectly calibrated model could reach (issue 14), given between-series variation.

Independent of the TypeScript code: numpy only. Issue 14 asks that 80 % of the held-out outcomes lie inside the
Wilson 95 % interval of their observed events. That interval only measures binomial sampling within one series;
published series also differ from each other (centres, eras, case mix and margin definitions the data do not
resolve). Model that as a series' own event probability p' = expit(logit mu + tau z), z ~ N(0, 1), around the
population value mu that a perfect model would predict, and ask how often the Wilson interval of a series' observed
events contains mu:

  C_i(tau) = P(mu_i in Wilson(k, n_i)),  k ~ Binomial(n_i, p'),  C(tau) = mean over the held-out terms

computed for the 74 held-out terms of test/fixtures/local-control-model.json (roles holdout, holdout-2, holdout-3),
with n_i their (effective) numbers rounded to whole patients and mu_i their observed rate, shrunk as (k + 1/2) /
(n + 1) so that a series with no event still has one (the model's own prediction is not used: this asks about the
evidence, not about rtsim). tau = 0 is pure binomial sampling (coverage near 95 %, below it for small n).

The same machinery estimates tau from the evidence already read, by moments: with the 14-parameter fit of revision 3
on the 67 terms of fit, holdout and holdout-2 (test/fixtures/local-control-revision-3-reestimate.json, the best fit
any revision reached on those terms), Pearson's X^2 = sum (k - n p)^2 / (n p (1 - p)) has expectation
sum [1 + (n - 1) p (1 - p) tau^2] - q for q fitted parameters (the logit-normal variance of p' to first order,
(p (1 - p) tau)^2), so tau_hat^2 = (X^2 - (m - q)) / sum (n - 1) p (1 - p). This counts every misfit of the model as
between-series variation, so for a model of that structure it tends to overstate heterogeneity; its sampling
spread is given by a parametric bootstrap (tau_interval), whose interval is inverted to the tau consistent with the
observed tau_hat.

Run: python3 scripts/reference/coverage_attainable.py  (seconds; writes test/fixtures/coverage-attainable.json)
"""

import json
import math
import os

import numpy as np

Z95 = 1.959963984540054
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
HELD_OUT = ("holdout", "holdout-2", "holdout-3")
TAUS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0)
DRAWS = 40000
SEED = 20261207


def wilson(k, n):
    """Wilson 95 % interval of k events in n (arrays)."""
    p = k / n
    den = 1 + Z95**2 / n
    centre = (p + Z95**2 / (2 * n)) / den
    half = Z95 * np.sqrt(p * (1 - p) / n + Z95**2 / (4 * n * n)) / den
    return centre - half, centre + half


def term_coverage(mu, n, tau, rng):
    """Monte Carlo P(mu inside Wilson(k, n)) with k ~ Binomial(n, expit(logit mu + tau z))."""
    z = rng.standard_normal(DRAWS)
    p = 1 / (1 + np.exp(-(math.log(mu / (1 - mu)) + tau * z)))
    k = rng.binomial(n, p)
    lo, hi = wilson(k.astype(float), float(n))
    return float(np.mean((lo <= mu) & (mu <= hi)))


def held_out_terms():
    with open(os.path.join(ROOT, "test", "fixtures", "local-control-model.json")) as f:
        rows = json.load(f)["predictions"]
    terms = []
    for r in rows:
        if r["role"] not in HELD_OUT:
            continue
        n = max(1, math.floor(r["n"] + 0.5))  # half up, as the test rounds
        k = r["events"] * n / r["n"]
        terms.append({"series": r["series"], "stratum": r["stratum"], "observation": r["observation"], "role": r["role"],
                      "n": n, "mu": (k + 0.5) / (n + 1)})
    return terms


def tau_hat():
    with open(os.path.join(ROOT, "test", "fixtures", "local-control-revision-3-reestimate.json")) as f:
        run = json.load(f)
    rows = [r for r in run["predictions"] if r["role"] in run["reestimate"]]
    q = len(run["parameters"])
    x2 = 0.0
    slope = 0.0
    for r in rows:
        p = min(max(r["predicted"], 1e-6), 1 - 1e-6)
        x2 += (r["events"] - r["n"] * p) ** 2 / (r["n"] * p * (1 - p))
        slope += max(r["n"] - 1, 0) * p * (1 - p)
    excess = x2 - (len(rows) - q)
    return {"terms": len(rows), "parameters": q, "pearsonX2": x2, "tauHat": math.sqrt(max(excess, 0) / slope)}


def tau_interval(rng, observed, replicates=2000):
    """Parametric-bootstrap 95 % interval of tau by inversion: the tau whose simulated tau_hat (the 67 terms at the
    fit's p, n rounded, the fit not repeated) has tau_hat_observed between its 2.5 and 97.5 % points."""
    with open(os.path.join(ROOT, "test", "fixtures", "local-control-revision-3-reestimate.json")) as f:
        run = json.load(f)
    rows = [r for r in run["predictions"] if r["role"] in run["reestimate"]]
    q = len(run["parameters"])
    p = np.array([min(max(r["predicted"], 1e-6), 1 - 1e-6) for r in rows])
    n = np.array([max(1, math.floor(r["n"] + 0.5)) for r in rows])
    slope = float(np.sum((n - 1) * p * (1 - p)))
    inside = []
    for tau in np.round(np.arange(0.0, 0.801, 0.005), 3):
        z = rng.standard_normal((replicates, len(rows)))
        k = rng.binomial(n, 1 / (1 + np.exp(-(np.log(p / (1 - p)) + tau * z))))
        x2 = np.sum((k - n * p) ** 2 / (n * p * (1 - p)), axis=1)
        simulated = np.sqrt(np.maximum(x2 - (len(rows) - q), 0) / slope)
        low, high = np.quantile(simulated, [0.025, 0.975])
        if low <= observed <= high:
            inside.append(float(tau))
    return {"replicates": replicates, "step": 0.005, "low": min(inside), "high": max(inside)}


def main():
    rng = np.random.default_rng(SEED)
    terms = held_out_terms()
    grid = []
    for tau in TAUS:
        per_term = [term_coverage(t["mu"], t["n"], tau, rng) for t in terms]
        grid.append({"tau": tau, "coverage": float(np.mean(per_term)), "perTerm": per_term})
        print(f"tau {tau:.1f}: expected coverage of the {len(terms)} held-out terms {100 * np.mean(per_term):.1f} %")
    estimate = tau_hat()
    at_hat = float(np.mean([term_coverage(t["mu"], t["n"], estimate["tauHat"], rng) for t in terms]))
    print(f"tau_hat {estimate['tauHat']:.3f} (X^2 {estimate['pearsonX2']:.1f} on {estimate['terms']} terms, "
          f"{estimate['parameters']} parameters): expected coverage {100 * at_hat:.1f} %")
    interval = tau_interval(rng, estimate["tauHat"])
    interval["coverageAtLow"] = float(np.mean([term_coverage(t["mu"], t["n"], interval["low"], rng) for t in terms]))
    interval["coverageAtHigh"] = float(np.mean([term_coverage(t["mu"], t["n"], interval["high"], rng) for t in terms]))
    print(f"tau 95 % interval {interval['low']:.3f} to {interval['high']:.3f}: expected coverage "
          f"{100 * interval['coverageAtHigh']:.1f} to {100 * interval['coverageAtLow']:.1f} %")
    out = {"seed": SEED, "draws": DRAWS, "terms": terms, "grid": grid,
           "estimate": {**estimate, "coverage": at_hat, "interval": interval}}
    with open(os.path.join(ROOT, "test", "fixtures", "coverage-attainable.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()

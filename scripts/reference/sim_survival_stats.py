#!/usr/bin/env python3
"""Independent reference values for the grouped-count survival statistics of packages/sim/src/stats
(cumulativeIncidenceFromBins, restrictedMeanSurvival, restrictedMeanDifference, petoHazardRatio,
coxHazardRatio, requiredEvents, timeToEventSampleSize).

Written from the published formulas, not from the TypeScript, and deliberately computed another way:
the Aalen-Johansen variance as the explicit double sum of Marubini & Valsecchi (1995) (O(L^2), no
recurrences), the Cox partial-likelihood root by bisection over individual patients' records (not Newton over
bins), restricted means by integrating the step function piece by piece with each A_j integrated
on its own, the log-rank sums with numpy vector operations, normal quantiles from statistics.NormalDist.
numpy is used here only; it is never a runtime dependency of rtsim.

Usage:  python3 scripts/reference/sim_survival_stats.py  (writes test/fixtures/survival-stats.json;
deterministic: a fixed numpy seed)
"""

import json
import math
from pathlib import Path
from statistics import NormalDist

import numpy as np

SEED = 20261206
BIN_WIDTH_DAYS = 365.25 / 52
Z = NormalDist()


def upper_quantile(tail):
    return -Z.inv_cdf(tail)


def at_risk(events_total, censored, start):
    """n_j at the start of each bin: n0 minus everyone who left in earlier bins."""
    leaving = np.asarray(events_total, dtype=np.int64) + np.asarray(censored, dtype=np.int64)
    return start - np.concatenate(([0], np.cumsum(leaving)[:-1]))


def aalen_johansen(events, censored, start, confidence):
    """F_k(t) = sum_{j<=t} S(j-1) d_kj / n_j; delta-method variance (Marubini & Valsecchi 1995, sec. 10.2)."""
    d_k = np.asarray(events, dtype=np.float64)  # K x L
    d = d_k.sum(axis=0)
    n = at_risk(d_k.sum(axis=0), censored, start).astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        hazard = np.where(n > 0, d / n, 0.0)
        hazard_k = np.where(n > 0, d_k / n, 0.0)
    survival = np.cumprod(1.0 - hazard)
    survival_before = np.concatenate(([1.0], survival[:-1]))
    incidence = np.cumsum(survival_before * hazard_k, axis=1)
    z = upper_quantile((1 - confidence) / 2)
    causes = []
    for k in range(d_k.shape[0]):
        f = incidence[k]
        se = np.zeros_like(f)
        for t in range(len(f)):
            total = 0.0
            for j in range(t + 1):
                if d[j] == 0 or n[j] == 0:
                    continue
                gap = f[t] - f[j]
                first = 0.0 if gap == 0 else gap * gap * d[j] / (n[j] * (n[j] - d[j]))
                second = survival_before[j] ** 2 * d_k[k, j] * (n[j] - d_k[k, j]) / n[j] ** 3
                third = 2 * gap * survival_before[j] * d_k[k, j] / n[j] ** 2
                total += first + second - third
            se[t] = math.sqrt(max(0.0, total))
        lower, upper = f.copy(), f.copy()
        inside = (se > 0) & (f > 0) & (f < 1)
        # log(-log) interval (Choudhury 2002): F ** exp(+-z se / (F ln F)).
        spread = z * se[inside] / (f[inside] * -np.log(f[inside]))
        lower[inside] = f[inside] ** np.exp(spread)
        upper[inside] = f[inside] ** np.exp(-spread)
        causes.append({"incidence": f.tolist(), "standardError": se.tolist(), "lower": lower.tolist(),
                       "upper": upper.tolist()})
    return {"eventFree": survival.tolist(), "causes": causes}


def greenwood_se(events, censored, start):
    """Greenwood (1926): se S(t) = S(t) sqrt(sum_{j<=t} d/(n(n-d)))."""
    d = np.asarray(events, dtype=np.float64)
    n = at_risk(events, censored, start).astype(np.float64)
    survival = np.cumprod(np.where(n > 0, 1 - d / np.where(n > 0, n, 1), 1.0))
    terms = np.where((d > 0) & (n > d), d / (n * np.where(n > d, n - d, 1)), 0.0)
    return (survival * np.sqrt(np.cumsum(terms))).tolist()


def step_survival(events, censored, start):
    d = np.asarray(events, dtype=np.float64)
    n = at_risk(events, censored, start).astype(np.float64)
    return np.cumprod(np.where(n > 0, 1 - d / np.where(n > 0, n, 1), 1.0)), d, n


def integral(curve, width, a, b):
    """Integral over [a, b] of S(u) = 1 on [0, w), curve[i-1] on [i w, (i+1) w)."""
    total = 0.0
    i = 0
    while i * width < b:
        lo, hi = max(a, i * width), min(b, (i + 1) * width)
        if hi > lo:
            total += (hi - lo) * (1.0 if i == 0 else curve[i - 1])
        i += 1
    return total


def restricted_mean(events, censored, start, width, tau, confidence):
    """Klein & Moeschberger (2003) sec. 4.5: mu = int_0^tau S, Var = sum A_j^2 d_j/(n_j(n_j - d_j))."""
    curve, d, n = step_survival(events, censored, start)
    estimate = integral(curve, width, 0.0, tau)
    variance = 0.0
    for j in range(len(d)):
        t = (j + 1) * width
        if d[j] == 0 or n[j] == d[j] or t >= tau:
            continue
        a = integral(curve, width, t, tau)
        variance += a * a * d[j] / (n[j] * (n[j] - d[j]))
    se = math.sqrt(variance)
    z = upper_quantile((1 - confidence) / 2)
    return {"estimate": estimate, "standardError": se, "lower": estimate - z * se, "upper": estimate + z * se}


def peto(group_a, group_b, confidence):
    """ln HR = (O - E)/V, se = 1/sqrt(V) (Yusuf et al. 1985; Parmar et al. 1998), hypergeometric V."""
    da = np.asarray(group_a["events"], dtype=np.float64)
    db = np.asarray(group_b["events"], dtype=np.float64)
    na = at_risk(group_a["events"], group_a["censored"], group_a["atRiskStart"]).astype(np.float64)
    nb = at_risk(group_b["events"], group_b["censored"], group_b["atRiskStart"]).astype(np.float64)
    n, d = na + nb, da + db
    use = (d > 0) & (n > 1)
    observed_minus_expected = float(np.sum(np.where(d > 0, da - d * na / np.where(n > 0, n, 1), 0.0)))
    variance = float(np.sum(np.where(use, d * na * nb * (n - d) / (n * n * np.where(use, n - 1, 1)), 0.0)))
    z = upper_quantile((1 - confidence) / 2)
    log_hr = observed_minus_expected / variance
    se = 1 / math.sqrt(variance)
    return {"hazardRatio": math.exp(log_hr), "logHazardRatio": log_hr, "standardError": se,
            "lower": math.exp(log_hr - z * se), "upper": math.exp(log_hr + z * se)}


def individuals(group, label):
    """One (time, failed, label) record per patient: bin j's failures at time j + 1, its censored patients after them,
    and those still at risk after the last bin L censored at L + 1."""
    records = []
    for j, (d, c) in enumerate(zip(group["events"], group["censored"])):
        records += [(j + 1, 1, label)] * int(d) + [(j + 1, 0, label)] * int(c)
    return records + [(len(group["events"]) + 1, 0, label)] * (group["atRiskStart"] - len(records))


def cox_efron(group_a, group_b, confidence):
    """Cox (1972) partial likelihood of x = 1 in group A, Efron (1977) ties, written over individual records: at each
    failure time with risk set R and tied failures D (d of them), the l-th tied failure sees
    sum_R x e^(bx) - (l/d) sum_D x e^(bx) over sum_R e^(bx) - (l/d) sum_D e^(bx). The risk-set and tie sums are counted
    from the records once; the root of the score is found by bisection on [-30, 30] to machine precision (the score is
    decreasing), the information is its analytic derivative there. None when no finite root exists (no failure in one
    group while the other is at risk)."""
    records = np.array(individuals(group_a, 1) + individuals(group_b, 0), dtype=np.int64).reshape(-1, 3)
    time, failed, x = records[:, 0], records[:, 1], records[:, 2]
    sums = []  # per failure time: (at risk with x = 1, with x = 0, tied failures with x = 1, with x = 0)
    for t in np.unique(time[failed == 1]):
        risk, tied = time >= t, (time == t) & (failed == 1)
        sums.append((int(np.sum(risk & (x == 1))), int(np.sum(risk & (x == 0))),
                     int(np.sum(tied & (x == 1))), int(np.sum(tied & (x == 0)))))

    def score_information(beta):
        e = math.exp(beta)
        score = information = 0.0
        for risk_1, risk_0, tied_1, tied_0 in sums:
            s0, s1 = risk_1 * e + risk_0, risk_1 * e
            t0, t1 = tied_1 * e + tied_0, tied_1 * e
            d = tied_1 + tied_0
            f = np.arange(d) / d
            mean = (s1 - f * t1) / (s0 - f * t0)
            score += tied_1 - float(np.sum(mean))
            information += float(np.sum(mean - mean * mean))  # x^2 = x for a 0/1 covariate
        return score, information

    low, high = -30.0, 30.0
    if not (score_information(low)[0] > 0 > score_information(high)[0]):
        return None
    while True:
        middle = (low + high) / 2
        if middle in (low, high):
            break
        if score_information(middle)[0] > 0:
            low = middle
        else:
            high = middle
    beta = low if abs(score_information(low)[0]) <= abs(score_information(high)[0]) else high
    se = 1 / math.sqrt(score_information(beta)[1])
    z = upper_quantile((1 - confidence) / 2)
    return {"hazardRatio": math.exp(beta), "logHazardRatio": beta, "standardError": se,
            "lower": math.exp(beta - z * se), "upper": math.exp(beta + z * se)}


def ceil_guarded(x):
    return max(1, math.ceil(x * (1 - 1e-12)))


def events_needed(hazard_ratio, alpha, power, allocation, method):
    """Schoenfeld (1983) and Freedman (1982) numbers of events, allocation pi to arm A."""
    z2 = (upper_quantile(alpha / 2) + upper_quantile(1 - power)) ** 2
    if method == "schoenfeld":
        return z2 / (allocation * (1 - allocation) * math.log(hazard_ratio) ** 2)
    phi = allocation / (1 - allocation)
    return z2 * ((1 + phi * hazard_ratio) / (1 - hazard_ratio)) ** 2 / phi


def simulate_bins(rng, start, bins, cause_hazards, censor_rate):
    """Multinomial draws per bin: a synthetic fixture, not a model of anything."""
    events = [[0] * bins for _ in cause_hazards]
    censored = [0] * bins
    n = start
    probabilities = list(cause_hazards) + [max(0.0, 1.0 - sum(cause_hazards))]
    for j in range(bins):
        draw = rng.multinomial(n, probabilities)
        for k in range(len(cause_hazards)):
            events[k][j] = int(draw[k])
        survivors = int(draw[-1])
        censored[j] = int(rng.binomial(survivors, censor_rate)) if censor_rate > 0 else 0
        n = survivors - censored[j]
    return {"events": events, "censored": censored, "atRiskStart": start}


def weekly(failures, censored_times, weeks=35):
    events = [0] * weeks
    censored = [0] * weeks
    for t in failures:
        events[t - 1] += 1
    for t in censored_times:
        censored[t - 1] += 1
    return {"events": events, "censored": censored, "atRiskStart": len(failures) + len(censored_times)}


def main():
    # Masked divisions (n = 0, n = d) are computed and then discarded by np.where: silence their warnings.
    np.seterr(divide="ignore", invalid="ignore")
    rng = np.random.default_rng(SEED)
    # Freireich et al. (1963) 6-MP and placebo remission weeks (as in test/sim/statsSurvival.test.ts).
    mp = weekly([6, 6, 6, 7, 10, 13, 16, 22, 23], [6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35])
    placebo = weekly([1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23], [])
    datasets = [
        {"name": "6-MP, one cause", **{"events": [mp["events"]], "censored": mp["censored"], "atRiskStart": 21}},
        {"name": "three causes, no censoring", **simulate_bins(rng, 60, 30, [0.02, 0.015, 0.01], 0.0)},
        {"name": "three causes, censoring", **simulate_bins(rng, 300, 52, [0.01, 0.006, 0.004], 0.02)},
        {"name": "two causes, heavy censoring", **simulate_bins(rng, 40, 40, [0.03, 0.02], 0.08)},
        {"name": "four causes, large", **simulate_bins(rng, 5000, 104, [0.004, 0.002, 0.001, 0.003], 0.005)},
        {"name": "everyone fails in bin 2", "events": [[1, 3, 0, 0], [0, 2, 0, 0]], "censored": [1, 0, 0, 0],
         "atRiskStart": 7},
        {"name": "nobody at risk", "events": [[0, 0, 0]], "censored": [0, 0, 0], "atRiskStart": 0},
    ]
    incidence = []
    for data in datasets:
        confidence = 0.9 if data["name"].startswith("two") else 0.95
        result = aalen_johansen(data["events"], data["censored"], data["atRiskStart"], confidence)
        overall = list(np.sum(np.asarray(data["events"]), axis=0).tolist())
        incidence.append({**data, "confidence": confidence, **result,
                          "greenwoodEventFree": greenwood_se(overall, data["censored"], data["atRiskStart"])})

    restricted = []
    for data in datasets[:5]:
        overall = np.sum(np.asarray(data["events"]), axis=0).tolist()
        bins = len(overall)
        for width, tau in [(BIN_WIDTH_DAYS, bins * BIN_WIDTH_DAYS), (BIN_WIDTH_DAYS, 13 * BIN_WIDTH_DAYS),
                           (BIN_WIDTH_DAYS, 10.3 * BIN_WIDTH_DAYS), (1.0, bins * 0.61)]:
            group = {"events": overall, "censored": data["censored"], "atRiskStart": data["atRiskStart"]}
            restricted.append({"group": group, "binWidthDays": width, "tauDays": tau, "confidence": 0.95,
                               **restricted_mean(overall, data["censored"], data["atRiskStart"], width, tau, 0.95)})

    pairs = [{"a": mp, "b": placebo}]
    for start, bins, hazard_a, hazard_b, censor in [(200, 52, 0.01, 0.015, 0.01), (1000, 104, 0.004, 0.004, 0.003),
                                                    (80, 30, 0.05, 0.02, 0.0)]:
        a = simulate_bins(rng, start, bins, [hazard_a], censor)
        b = simulate_bins(rng, start + 17, bins, [hazard_b], censor)
        pairs.append({"a": {**a, "events": a["events"][0]}, "b": {**b, "events": b["events"][0]}})
    hazard_ratios = [{**pair, "confidence": 0.95, **peto(pair["a"], pair["b"], 0.95)} for pair in pairs]

    differences = []
    for first, second in [(restricted[0], restricted[4]), (restricted[8], restricted[12])]:
        se = math.sqrt(first["standardError"] ** 2 + second["standardError"] ** 2)
        diff = first["estimate"] - second["estimate"]
        z = upper_quantile(0.025)
        differences.append({"a": {k: first[k] for k in ("estimate", "standardError", "lower", "upper")},
                            "b": {k: second[k] for k in ("estimate", "standardError", "lower", "upper")},
                            "difference": diff, "standardError": se, "lower": diff - z * se, "upper": diff + z * se})

    sample_sizes = []
    for hazard_ratio in [0.5, 0.6, 0.75, 0.8, 1.25, 1.5, 2.0]:
        for alpha, power in [(0.05, 0.8), (0.05, 0.9), (0.01, 0.8)]:
            for allocation in [0.5, 2 / 3]:
                for method in ["schoenfeld", "freedman"]:
                    events = ceil_guarded(events_needed(hazard_ratio, alpha, power, allocation, method))
                    p_a, p_b = 0.3, 0.45
                    mean_p = allocation * p_a + (1 - allocation) * p_b
                    patients_a = math.ceil(allocation * events / mean_p * (1 - 1e-12))
                    patients_b = math.ceil((1 - allocation) * events / mean_p * (1 - 1e-12))
                    sample_sizes.append({"hazardRatio": hazard_ratio, "alpha": alpha, "power": power,
                                         "allocation": allocation, "method": method, "eventProbabilityA": p_a,
                                         "eventProbabilityB": p_b, "events": events, "patientsA": patients_a,
                                         "patientsB": patients_b})

    # Cox pairs: the Peto pairs, a large effect (HR near 0.1, where the one-step estimate is biased), many ties per
    # bin, and very unequal arms; drawn from their own generator so the fixtures above keep their values.
    cox_rng = np.random.default_rng(SEED + 1)
    cox_pairs = [{"a": pair["a"], "b": pair["b"]} for pair in pairs]
    for start_a, start_b, bins, hazard_a, hazard_b, censor in [(1500, 1500, 40, 0.002, 0.02, 0.005),
                                                                 (400, 400, 6, 0.15, 0.25, 0.02),
                                                                 (60, 900, 26, 0.03, 0.01, 0.01)]:
        a = simulate_bins(cox_rng, start_a, bins, [hazard_a], censor)
        b = simulate_bins(cox_rng, start_b, bins, [hazard_b], censor)
        cox_pairs.append({"a": {**a, "events": a["events"][0]}, "b": {**b, "events": b["events"][0]}})
    cox = [{**pair, "confidence": 0.95, **cox_efron(pair["a"], pair["b"], 0.95)} for pair in cox_pairs]

    out = {"source": "scripts/reference/sim_survival_stats.py", "seed": SEED, "incidence": incidence,
           "restrictedMean": restricted, "restrictedMeanDifference": differences, "hazardRatio": hazard_ratios,
           "coxHazardRatio": cox, "sampleSize": sample_sizes}
    text = json.dumps(out, allow_nan=False, separators=(",", ":"))
    path = Path(__file__).resolve().parents[2] / "test" / "fixtures" / "survival-stats.json"
    path.write_text(text + "\n")
    print(f"wrote {path} ({len(text)} bytes)")


if __name__ == "__main__":
    main()

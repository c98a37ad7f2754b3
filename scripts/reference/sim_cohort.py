#!/usr/bin/env python3
"""Reference values for the cohort engine tests (test/sim/cohort*.test.ts, test/sim/random*.test.ts).

Independent of the TypeScript code: written from models.md and the determinism contract in contracts.md,
with numpy and the Python standard library only (no scipy). Writes test/fixtures/cohort-reference.json:

- sampler moments: analytic mean and variance of each distribution the scenario files allow (truncated normal
  from the standard formulas with phi and Phi, lognormal, uniform, triangular);
- Poisson CDF tables: P(X <= k) summed in log space with lgamma, to check the Poisson inverse CDF;
- failure-time distributions: for fixed expected numbers of clonogens m (treatment span 0), the probability
  of each weekly follow-up bin of the failure day T + Td_post * log2(N_detect / K), K ~ zero-truncated Poisson(m), at least
  T + first visit, censored at the horizon;
- the random streams, reimplemented bit for bit (docs/determinism.md, "Random streams"): Philox 4x32-10 (Salmon,
  Moraes, Dror & Shaw, SC'11), checked against Random123's known-answer vectors; key = the seed's two 32-bit words;
  a patient's draw j of stream (purpose, name id) in block k, patient i = (x + 1/2) 2^-32, x the word j mod 4 at
  counter (name id, k, i, purpose 2^16 + floor(j / 4)); sequential generators x 2^-32 at counter (0, index,
  floor(n / 4), purpose 2^16); name ids of markers and agents FNV-1a of the UTF-8 name. For a few streams of each
  kind: their first draws, to check the TypeScript generators bit for bit;
- a small end-to-end cohort: the same virtual patients the engine must draw (blocks of 4096 patients, 15 uniforms
  per patient in slot order from the `slots` stream), their TCP
  in every arm, and the block-summed counts and sums. Slots: subtype, alpha, alphaBeta, doublingTime,
  kickoffTime, clonogenDensity, tumour size, hypoxicFraction, oer, repairHalfTimeHours,
  postTreatmentDoublingTime, detectionClonogens (or detectionVolume), residualFraction, margin, control.

Run: python3 scripts/reference/sim_cohort.py
"""
import json
import math
from pathlib import Path
from statistics import NormalDist

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "test" / "fixtures" / "cohort-reference.json"
STANDARD = NormalDist()
BLOCK = 4096
SLOTS = 15
BIN_DAYS = 365.25 / 52


# ---------------------------------------------------------------- Philox 4x32-10 (Salmon et al. 2011; Random123)
M0, M1 = 0xD2511F53, 0xCD9E8D57
W0, W1 = 0x9E3779B9, 0xBB67AE85
MASK = 0xFFFFFFFF


def philox4x32(counter, key, rounds=10):
    """Philox 4x32 with Python integers: each round (c0, c1, c2, c3) <- (hi(M1 c2) ^ c1 ^ k0, lo(M1 c2),
    hi(M0 c0) ^ c3 ^ k1, lo(M0 c0)), the key bumped by the Weyl constants between rounds (Random123 philox.h)."""
    c0, c1, c2, c3 = counter
    k0, k1 = key
    for r in range(rounds):
        if r > 0:
            k0, k1 = (k0 + W0) & MASK, (k1 + W1) & MASK
        p0, p1 = M0 * c0, M1 * c2
        c0, c1, c2, c3 = (p1 >> 32) ^ c1 ^ k0, p1 & MASK, (p0 >> 32) ^ c3 ^ k1, p0 & MASK
    return [c0, c1, c2, c3]


# Random123 kat_vectors, philox4x32 10 (counter, key, output): checked here before any fixture is written.
KNOWN_ANSWERS = [
    ([0, 0, 0, 0], [0, 0], [0x6627E8D5, 0xE169C58D, 0xBC57AC4C, 0x9B00DBD8]),
    ([MASK] * 4, [MASK] * 2, [0x408F276D, 0x41C83B0E, 0xA20BC7C6, 0x6D5451FD]),
    ([0x243F6A88, 0x85A308D3, 0x13198A2E, 0x03707344], [0xA4093822, 0x299F31D0],
     [0xD16CFE09, 0x94FDCCEB, 0x5001E420, 0x24126EA1]),
]
for _counter, _key, _expected in KNOWN_ANSWERS:
    assert philox4x32(_counter, _key) == _expected, (_counter, _key)

# Purpose codes (packages/sim/src/random/streamPurposes.ts, docs/determinism.md).
PURPOSES = {
    "slots": 1, "localControl": 2, "lesion": 3, "otherCauseDeath": 4, "complicationEvents": 5,
    "complicationOrgans": 6, "planTarget": 7, "metastasis": 8, "progression": 9, "pathwayEvents": 10,
    "pathwayGrade": 11, "marker": 12, "response": 13, "outer": 256, "saltelli": 257, "bootstrap": 258, "avatar": 259,
    "sobol": 260,
}


def seed_key(seed):
    return [seed % 2**32, seed // 2**32]


def fnv1a(name):
    """32-bit FNV-1a of the UTF-8 bytes: the name id of a marker's or agent's stream."""
    h = 0x811C9DC5
    for byte in name.encode("utf-8"):
        h = ((h ^ byte) * 0x01000193) & MASK
    return h


def patient_uniforms(seed, purpose, name_id, block, patient, count):
    """Draws 0..count-1 of patient `patient` of block `block`: (x + 1/2) 2^-32, x the Philox word at counter
    (name id, block, patient, purpose 2^16 + floor(j / 4)), lane j mod 4."""
    out = []
    for group in range((count + 3) // 4):
        words = philox4x32([name_id, block, patient, PURPOSES[purpose] * 65536 + group], seed_key(seed))
        out.extend((x + 0.5) * 2.0**-32 for x in words)
    return out[:count]


def sequential_outputs(seed, purpose, index, count):
    """The first `count` outputs of namedGenerator(seed, purpose, index): x 2^-32, counter (0, index, group,
    purpose 2^16)."""
    out = []
    for group in range((count + 3) // 4):
        out.extend(x * 2.0**-32 for x in philox4x32([0, index, group, PURPOSES[purpose] * 65536], seed_key(seed)))
    return out[:count]


# ---------------------------------------------------------------- distributions by inverse CDF
def quantile(dist, u):
    if isinstance(dist, (int, float)):
        return float(dist)
    kind = dist["dist"]
    if kind == "fixed":
        return float(dist["value"])
    if kind == "normal":
        mean, sd = dist["mean"], dist["sd"]
        lo = (dist.get("min", -math.inf) - mean) / sd
        hi = (dist.get("max", math.inf) - mean) / sd
        if lo > 0:  # whole interval above the mean: mirror image, where Phi is accurate
            a, b = STANDARD.cdf(-hi), STANDARD.cdf(-lo)
            x = mean - sd * STANDARD.inv_cdf(a + (1 - u) * (b - a))
        else:
            a, b = STANDARD.cdf(lo), STANDARD.cdf(hi)
            x = mean + sd * STANDARD.inv_cdf(a + u * (b - a))
        return min(max(x, dist.get("min", -math.inf)), dist.get("max", math.inf))
    if kind == "lognormal":
        return dist["median"] * math.exp(dist["sigma"] * STANDARD.inv_cdf(u))
    if kind == "uniform":
        return dist["min"] + u * (dist["max"] - dist["min"])
    if kind == "triangular":
        a, c, b = dist["min"], dist["mode"], dist["max"]
        if u < (c - a) / (b - a):
            return a + math.sqrt(u * (b - a) * (c - a))
        return b - math.sqrt((1 - u) * (b - a) * (b - c))
    raise ValueError(kind)


def moments(dist):
    """Analytic mean and variance (truncated normal: Johnson, Kotz & Balakrishnan, vol. 1, ch. 13)."""
    kind = dist["dist"]
    if kind == "normal":
        mean, sd = dist["mean"], dist["sd"]
        a = (dist.get("min", -math.inf) - mean) / sd
        b = (dist.get("max", math.inf) - mean) / sd
        pdf = lambda z: 0.0 if math.isinf(z) else math.exp(-z * z / 2) / math.sqrt(2 * math.pi)
        za = 0.0 if math.isinf(a) else a
        zb = 0.0 if math.isinf(b) else b
        mass = STANDARD.cdf(b) - STANDARD.cdf(a) if a <= 0 else STANDARD.cdf(-a) - STANDARD.cdf(-b)
        shift = (pdf(a) - pdf(b)) / mass
        var = 1 + (za * pdf(a) - zb * pdf(b)) / mass - shift**2
        return mean + sd * shift, sd * sd * var
    if kind == "lognormal":
        m, s = dist["median"], dist["sigma"]
        return m * math.exp(s * s / 2), m * m * math.exp(s * s) * (math.exp(s * s) - 1)
    if kind == "uniform":
        a, b = dist["min"], dist["max"]
        return (a + b) / 2, (b - a) ** 2 / 12
    if kind == "triangular":
        a, c, b = dist["min"], dist["mode"], dist["max"]
        return (a + b + c) / 3, (a * a + b * b + c * c - a * b - a * c - b * c) / 18
    raise ValueError(kind)


SAMPLER_CASES = [
    {"dist": "normal", "mean": 0.3, "sd": 0.08},
    {"dist": "normal", "mean": 0.3, "sd": 0.15, "min": 0},
    {"dist": "normal", "mean": 0.2, "sd": 0.1, "min": 0.25, "max": 0.6},  # interval above the mean: mirrored
    {"dist": "normal", "mean": 10, "sd": 3, "min": 2, "max": 9},
    {"dist": "normal", "mean": 0, "sd": 1, "min": 3},  # far upper tail
    {"dist": "lognormal", "median": 20, "sigma": 0.4},
    {"dist": "lognormal", "median": 1e7, "sigma": 1.15},
    {"dist": "uniform", "min": 14, "max": 28},
    {"dist": "triangular", "min": 0, "mode": 0.1, "max": 0.4},
    {"dist": "triangular", "min": 2, "mode": 2, "max": 3},
    {"dist": "triangular", "min": 2, "mode": 3, "max": 3},
]


# ---------------------------------------------------------------- Poisson
def poisson_cdf(m, kmax):
    k = np.arange(kmax + 1, dtype=float)
    lgam = np.array([math.lgamma(x + 1) for x in k])
    return np.cumsum(np.exp(k * math.log(m) - m - lgam))


def poisson_quantile(u, m):
    """The engine's rule (contracts.md: K = Poisson^-1(U; m)); exact below 30, Cornish-Fisher above."""
    if m < 30:
        p = math.exp(-m)
        f = p
        k = 0
        cap = m + 10 * math.sqrt(m) + 40
        while u >= f and k < cap:
            k += 1
            p *= m / k
            f += p
        return k
    z = STANDARD.inv_cdf(u)
    r = math.sqrt(m)
    x = m + r * z + (z * z - 1) / 6 + (z - z**3) / (72 * r)
    k = math.floor(x + 0.5)
    return k if k >= 1 else (0 if u < math.exp(-m) else 1)


POISSON_MEANS = [0.05, 0.7, 3.0, 12.0, 29.5, 30.0, 45.0, 200.0, 5000.0]


def poisson_tables():
    tables = []
    for m in POISSON_MEANS:
        kmax = int(m + 15 * math.sqrt(m) + 40)
        cdf = poisson_cdf(m, kmax)
        # Keep k from ~12 SD below the mean: the CDF there is < 1e-30, below any uniform the engine draws.
        first = max(0, int(m - 12 * math.sqrt(m) - 10))
        tables.append({"mean": m, "firstK": first, "cdf": [float(x) for x in cdf[first:]]})
    return tables


# ---------------------------------------------------------------- failure day
def failure_day(k, end, td_post, n_detect, first_visit):
    doublings = math.log2(n_detect / k)
    day = end + td_post * doublings if doublings > 0 else end
    return max(day, end + first_visit)


FAILURE_FOLLOW_UP = {"postTreatmentDoublingTime": 30, "detectionClonogens": 1e4, "firstVisitDays": 90, "years": 1}
FAILURE_MEANS = [0.7, 3.0, 12.0, 45.0, 400.0]


def failure_distribution(m, case):
    """P(failure detected in weekly bin j | not controlled), K ~ zero-truncated Poisson(m), treatment span 0."""
    years = case["years"]
    bins = math.ceil(52 * years)
    horizon = years * 365.25
    kmax = int(m + 15 * math.sqrt(m) + 40)
    k = np.arange(1, kmax + 1, dtype=float)
    lgam = np.array([math.lgamma(x + 1) for x in k])
    pmf = np.exp(k * math.log(m) - m - lgam) / (-math.expm1(-m))
    probability = np.zeros(bins)
    censored = 0.0
    for kk, p in zip(k, pmf):
        day = failure_day(kk, 0.0, case["postTreatmentDoublingTime"], case["detectionClonogens"], case["firstVisitDays"])
        if day < horizon:
            probability[min(int(day // BIN_DAYS), bins - 1)] += p
        else:
            censored += p
    return {"mean": m, "binProbability": [float(x) for x in probability], "censoredProbability": censored}


# ---------------------------------------------------------------- schedules and survival
def schedule_days(spec):
    n = spec["fractions"]
    if "everyDays" in spec:
        return [j * spec["everyDays"] for j in range(n)]
    assert spec.get("perWeek", 5) == 5 and spec.get("perDay", 1) == 1
    return [7 * (j // 5) + j % 5 for j in range(n)]


def coefficients(spec, model, scale):
    """-ln S = alpha * A + beta * B for LQ / LQ-L, dose seen by the cells = scale * dose (models.md)."""
    d = scale * spec["dose"]
    n = spec["fractions"]
    transition = model.get("transitionDose", math.inf) if model["model"] == "lq-l" else math.inf
    quadratic = d * d if d <= transition else transition * (2 * d - transition)
    return n * d, n * quadratic


REFERENCE_SCENARIO = {
    "version": 1,
    "name": "cohort engine reference",
    "references": ["scripts/reference/sim_cohort.py"],
    "seed": 20261126,
    "patients": 5000,
    "subtypes": [
        {
            "id": "oxic",
            "name": "Oxic subtype",
            "weight": 0.6,
            "parameters": {
                "alpha": {"dist": "normal", "mean": 0.25, "sd": 0.08, "min": 0},
                "alphaBeta": {"dist": "lognormal", "median": 4, "sigma": 0.3},
                "doublingTime": {"dist": "lognormal", "median": 20, "sigma": 0.4},
                "kickoffTime": {"dist": "uniform", "min": 14, "max": 28},
                "clonogenDensity": {"dist": "lognormal", "median": 1e7, "sigma": 0.5},
                "tumour": {"volume": {"dist": "lognormal", "median": 150, "sigma": 0.8}},
                "hypoxicFraction": 0,
                "oer": 2.5,
                "postTreatmentDoublingTime": {"dist": "triangular", "min": 10, "mode": 20, "max": 40},
                "detectionClonogens": 1e7,
                "detectionVolume": 1,
            },
        },
        {
            "id": "hypoxic",
            "name": "Hypoxic subtype",
            "weight": 0.4,
            "parameters": {
                "alpha": {"dist": "normal", "mean": 0.35, "sd": 0.1, "min": 0.05, "max": 0.8},
                "alphaBeta": 10,
                "doublingTime": 15,
                "kickoffTime": 21,
                "clonogenDensity": 1e6,
                "tumour": {"diameter": {"dist": "triangular", "min": 3, "mode": 6, "max": 12}},
                "hypoxicFraction": {"dist": "triangular", "min": 0, "mode": 0.05, "max": 0.2},
                "oer": {"dist": "fixed", "value": 2.5},
                "detectionVolume": {"dist": "lognormal", "median": 1, "sigma": 0.5},
            },
        },
    ],
    "arms": [
        {
            "id": "conventional",
            "name": "50 Gy in 25 fractions, surgery 5 weeks later",
            "schedule": {"fractions": 25, "dose": 2, "perWeek": 5},
            "survival": {"model": "lq"},
            "reoxygenation": "none",
            "doseModifyingFactor": 1,
            "surgery": {
                "day": 67,
                "margins": {"R0": 0.7, "R1": 0.25, "R2": 0.05},
                "residualFraction": {
                    "R0": {"dist": "lognormal", "median": 1e-4, "sigma": 1.5},
                    "R1": {"dist": "lognormal", "median": 0.01, "sigma": 1.0},
                    "R2": {"dist": "uniform", "min": 0.2, "max": 1.5},
                },
            },
        },
        {
            "id": "hypofractionated",
            "name": "25 Gy in 5 fractions, surgery 2 weeks later",
            "schedule": {"fractions": 5, "dose": 5, "perWeek": 5},
            "survival": {"model": "lq"},
            "reoxygenation": "none",
            "doseModifyingFactor": 1,
            "surgery": {
                "day": 18,
                "margins": {"R0": 0.6, "R1": 0.3, "R2": 0.1},
                "residualFraction": {"R0": 1e-4, "R1": {"dist": "fixed", "value": 0.01}, "R2": 0.3},
            },
        },
        {
            "id": "sbrt",
            "name": "54 Gy in 3 fractions with a sensitiser",
            "schedule": {"fractions": 3, "dose": 18, "everyDays": 2},
            "survival": {"model": "lq-l", "transitionDose": 6},
            "reoxygenation": "none",
            "doseModifyingFactor": 1.1,
        },
    ],
    "followUp": {"years": 5, "firstVisitDays": 90},
}

SLOT_NAMES = [
    "subtype", "alpha", "alphaBeta", "doublingTime", "kickoffTime", "clonogenDensity", "tumour",
    "hypoxicFraction", "oer", "repairHalfTimeHours", "postTreatmentDoublingTime", "detectionClonogens",
    "residualFraction", "margin", "control",
]


def simulate_reference(scenario):
    arms = scenario["arms"]
    subtypes = scenario["subtypes"]
    n_arms, n_sub = len(arms), len(subtypes)
    bins = math.ceil(52 * scenario["followUp"]["years"])
    horizon = scenario["followUp"]["years"] * 365.25
    first_visit = scenario["followUp"]["firstVisitDays"]
    pairs = [(a, b) for a in range(n_arms) for b in range(a + 1, n_arms)]
    arm_info = []
    for arm in arms:
        days = schedule_days(arm["schedule"])
        events = list(days) + ([arm["surgery"]["day"]] if "surgery" in arm else [])
        span = max(events) - min(events)
        arm_info.append({"days": days, "span": span})
    out = {
        "subtypePatients": [0] * n_sub,
        "arm": [[{"sumTcp": 0.0, "sumTcpSquared": 0.0, "controlled": 0, "histogram": [0] * 50, "failures": [0] * bins}
                 for _ in range(n_sub)] for _ in range(n_arms)],
        "pair": [[{"sumDifference": 0.0, "sumDifferenceSquared": 0.0, "aOnly": 0, "bOnly": 0}
                  for _ in range(n_sub)] for _ in pairs],
        "firstPatients": [],
    }
    cuts = np.cumsum([s["weight"] for s in subtypes])
    for block in range(math.ceil(scenario["patients"] / BLOCK)):
        for i in range(min(BLOCK, scenario["patients"] - block * BLOCK)):
            u = patient_uniforms(scenario["seed"], "slots", 0, block, i, SLOTS)
            s = next((i for i, c in enumerate(cuts) if u[0] < c), n_sub - 1)
            p = subtypes[s]["parameters"]
            draw = {name: quantile(p[name], u[j]) for j, name in enumerate(SLOT_NAMES)
                    if name in p and name != "tumour"}
            if "detectionClonogens" not in p:  # the same slot draws a detection volume, times the density
                draw["detectionClonogens"] = draw["clonogenDensity"] * quantile(p["detectionVolume"], u[11])
            tumour = p["tumour"]
            if "volume" in tumour:
                volume = quantile(tumour["volume"], u[6])
            else:
                diameter = quantile(tumour["diameter"], u[6])
                volume = math.pi / 6 * diameter**3
            alpha = draw["alpha"]
            beta = alpha / draw["alphaBeta"]
            h = draw["hypoxicFraction"]
            td = draw["doublingTime"]
            td_post = draw.get("postTreatmentDoublingTime", td)
            log_n0 = math.log(draw["clonogenDensity"]) + math.log(volume)
            tcps, means = [], []
            for a, arm in enumerate(arms):
                A, B = coefficients(arm["schedule"], arm["survival"], arm["doseModifyingFactor"])
                log_s = -(alpha * A + beta * B)
                if h > 0:
                    Ah, Bh = coefficients(arm["schedule"], arm["survival"], arm["doseModifyingFactor"] / draw["oer"])
                    log_s = math.log((1 - h) * math.exp(log_s) + h * math.exp(-(alpha * Ah + beta * Bh)))
                log_left = log_n0 + log_s
                if "surgery" in arm:
                    margins = arm["surgery"]["margins"]
                    status = "R0" if u[13] < margins["R0"] else "R1" if u[13] < margins["R0"] + margins["R1"] else "R2"
                    fraction = quantile(arm["surgery"]["residualFraction"][status], u[12])
                    log_left += math.log(min(1.0, fraction))  # surgery never adds clonogens
                span = arm_info[a]["span"]
                if span > draw["kickoffTime"]:
                    log_left += math.log(2) / td * (span - draw["kickoffTime"])
                m = math.exp(log_left)
                means.append(m)
                tcps.append(math.exp(-m))
            if len(out["firstPatients"]) < 5:
                out["firstPatients"].append({"uniforms": u, "subtype": s, "tcp": tcps})
            out["subtypePatients"][s] += 1
            control = u[14]
            for a in range(n_arms):
                cell = out["arm"][a][s]
                tcp = tcps[a]
                cell["sumTcp"] += tcp
                cell["sumTcpSquared"] += tcp * tcp
                cell["histogram"][min(49, math.floor(tcp * 50))] += 1
                if control < tcp:
                    cell["controlled"] += 1
                else:
                    k = max(1, poisson_quantile(control, means[a]))
                    day = failure_day(k, arm_info[a]["span"], td_post, draw["detectionClonogens"], first_visit)
                    if day < horizon:
                        cell["failures"][min(bins - 1, math.floor(day / BIN_DAYS))] += 1
            for index, (a, b) in enumerate(pairs):
                cell = out["pair"][index][s]
                d = tcps[a] - tcps[b]
                cell["sumDifference"] += d
                cell["sumDifferenceSquared"] += d * d
                ca, cb = control < tcps[a], control < tcps[b]
                if ca and not cb:
                    cell["aOnly"] += 1
                if cb and not ca:
                    cell["bOnly"] += 1
    return out


# Streams of each kind the engine builds: (seed, purpose, name id, block, patient, draws); seeds above 2^32 (both key
# words), a non-ASCII and a long marker name (FNV-1a over UTF-8 bytes), a patient near the end of a block.
PATIENT_STREAMS = [
    (1, "slots", 0, 0, 0, 15),
    (20261126, "slots", 0, 0, 1, 15),
    (20261126, "slots", 0, 1, 4095, 15),
    (2**53 - 1, "slots", 0, 7, 3, 15),
    (42, "response", "pembrolizumab", 3, 0, 1),
    (42, "marker", "Ki-67 \u03b2", 0, 5, 1),
    (7, "marker", "ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 12, 0, 0, 1),
    (9, "localControl", 0, 2, 17, 12),
    (9, "lesion", 3, 2, 17, 5),
    (9, "pathwayEvents", 0, 0, 100, 8),
]
SEQUENTIAL_STREAMS = [(1, "outer", 0, 9), (31, "outer", 3, 9), (5, "saltelli", 0, 9), (5, "bootstrap", 0, 9), (20261201, "avatar", 0, 9)]


def stream_case(seed, purpose, name, block, patient, count):
    name_id = fnv1a(name) if isinstance(name, str) else name
    return {"seed": seed, "purpose": purpose, "name": name, "nameId": name_id, "block": block, "patient": patient,
            "uniforms": patient_uniforms(seed, purpose, name_id, block, patient, count)}


def main():
    fixture = {
        "generatedBy": "scripts/reference/sim_cohort.py",
        "philoxKnownAnswers": [{"counter": c, "key": k, "output": o} for c, k, o in KNOWN_ANSWERS],
        "patientStreams": [stream_case(*case) for case in PATIENT_STREAMS],
        "sequentialStreams": [{"seed": seed, "purpose": purpose, "index": index,
                               "outputs": sequential_outputs(seed, purpose, index, count)}
                              for seed, purpose, index, count in SEQUENTIAL_STREAMS],
        "samplers": [{"distribution": d, "mean": moments(d)[0], "variance": moments(d)[1]} for d in SAMPLER_CASES],
        "poisson": poisson_tables(),
        "failureTimes": {
            **FAILURE_FOLLOW_UP,
            "cases": [failure_distribution(m, FAILURE_FOLLOW_UP) for m in FAILURE_MEANS],
        },
        "cohort": {"scenario": REFERENCE_SCENARIO, "expected": simulate_reference(REFERENCE_SCENARIO)},
    }
    OUT.write_text(json.dumps(fixture, indent=1) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

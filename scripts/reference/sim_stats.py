#!/usr/bin/env python3
"""Independent reference values for packages/sim/src/stats (trial statistics and exact fixed-point sums).

Written from the textbook formulas, not from the TypeScript: exact rational arithmetic (fractions,
math.comb) wherever the quantity is rational, 60-digit decimals for square roots, math.erfc for normal
tails (NormalDist.cdf loses relative accuracy in the tail) and NormalDist.inv_cdf (AS 241) for quantiles.

Usage:  python3 scripts/reference/sim_stats.py  (writes test/fixtures/stats.json; deterministic)
"""

import json
import math
import random
from decimal import Decimal, getcontext
from fractions import Fraction
from pathlib import Path
from statistics import NormalDist

getcontext().prec = 60
SEED = 20240611
FIXED_BITS = 40
STANDARD_NORMAL = NormalDist()


def dec(x):
    """Exact decimal of a float or Fraction (Fractions via 60-digit division)."""
    if isinstance(x, Fraction):
        return Decimal(x.numerator) / Decimal(x.denominator)
    return Decimal(x)


def chi_square_1df_upper_tail(statistic):
    """P(chi2_1 > s) = erfc(sqrt(s / 2))."""
    return math.erfc(math.sqrt(statistic / 2.0))


def upper_quantile(tail):
    """z with P(Z > z) = tail."""
    return -STANDARD_NORMAL.inv_cdf(tail)


# Wilson 1927 score interval, written as (p + z^2/2n +- z sqrt(p q / n + z^2 / 4n^2)) / (1 + z^2/n).
def wilson(successes, trials, confidence):
    z = dec(upper_quantile((1.0 - confidence) / 2.0))
    n = Decimal(trials)
    p = Decimal(successes) / n
    z2 = z * z
    centre = p + z2 / (2 * n)
    half = z * (p * (1 - p) / n + z2 / (4 * n * n)).sqrt()
    denominator = 1 + z2 / n
    return float((centre - half) / denominator), float((centre + half) / denominator)


# McNemar 1947: exact conditional binomial test (two-sided = doubled smaller tail, capped at 1) below 50
# discordant pairs, else chi-square with Edwards' continuity correction (not allowed to overshoot 0).
def mcnemar(b, c, method):
    n = b + c
    if n == 0:
        return 0.0, 1.0
    if method == "exact":
        k = min(b, c)
        tail = Fraction(sum(math.comb(n, i) for i in range(k + 1)), 2**n)
        return float(k), float(min(Fraction(1), 2 * tail))
    statistic = Fraction(max(0, abs(b - c) - 1) ** 2, n)
    return float(statistic), chi_square_1df_upper_tail(float(statistic))


def at_risk_sequence(events, censored, start):
    at_risk = []
    n = start
    for d, c in zip(events, censored):
        at_risk.append(n)
        n -= d + c
    return at_risk


# Kaplan-Meier product limit with events tied at the end of each bin and censoring after them.
def kaplan_meier(events, censored, start):
    survival = Fraction(1)
    curve = []
    for n, d in zip(at_risk_sequence(events, censored, start), events):
        if n > 0:
            survival *= Fraction(n - d, n)
        curve.append(float(survival))
    return curve


# Mantel-Haenszel log-rank: O - E and hypergeometric variance summed over bins (Peto & Peto 1972).
def log_rank(group_a, group_b):
    risk_a = at_risk_sequence(group_a["events"], group_a["censored"], group_a["atRiskStart"])
    risk_b = at_risk_sequence(group_b["events"], group_b["censored"], group_b["atRiskStart"])
    observed = Fraction(0)
    expected = Fraction(0)
    variance = Fraction(0)
    for na, nb, da, db in zip(risk_a, risk_b, group_a["events"], group_b["events"]):
        n = na + nb
        d = da + db
        if n == 0 or d == 0:
            continue
        observed += da
        expected += Fraction(d * na, n)
        if n > 1:
            variance += Fraction(d * na * nb * (n - d), n * n * (n - 1))
    statistic = Fraction(0) if variance == 0 else (observed - expected) ** 2 / variance
    p = 1.0 if variance == 0 else chi_square_1df_upper_tail(float(statistic))
    return {
        "statistic": float(statistic),
        "pValue": p,
        "observedA": float(observed),
        "expectedA": float(expected),
        "variance": float(variance),
    }


def ceil_guarded(x):
    # Same guard as the TypeScript: a value within 1e-12 relative above an integer is that integer.
    return int(math.ceil(x - x * Decimal("1e-12")))


# Normal-approximation sample size per arm for two proportions (Fleiss, Levin & Paik 2003, eq. 4.14),
# and the continuity-corrected version of Fleiss, Tytun & Ury 1980 (Biometrics 36:343).
def sample_size(p1, p2, alpha, power):
    za = dec(upper_quantile(alpha / 2.0))
    zb = dec(upper_quantile(1.0 - power))
    a, b = dec(p1), dec(p2)
    mean = (a + b) / 2
    delta = abs(a - b)
    root = za * (2 * mean * (1 - mean)).sqrt() + zb * (a * (1 - a) + b * (1 - b)).sqrt()
    n = root * root / (delta * delta)
    corrected = n / 4 * (1 + (1 + 4 / (n * delta)).sqrt()) ** 2
    return n, corrected


def mean_and_se(total, squares, n):
    s, ss = Fraction(total), Fraction(squares)
    mean = s / n
    variance = max(Fraction(0), (ss - s * s / n) / (n - 1))
    se = (dec(variance) / n).sqrt()
    return float(mean), float(se), dec(mean), se


def to_fixed(x):
    return round(Fraction(x) * 2**FIXED_BITS)  # Fraction.__round__ rounds half to even


def fixed_to_float(v):
    try:
        return v / 2**FIXED_BITS  # int / int true division is correctly rounded
    except OverflowError:
        return math.inf if v > 0 else -math.inf


def format_fixed(v):
    sign = "-" if v < 0 else ""
    scaled = abs(v) * 5**FIXED_BITS  # v / 2^40 = v 5^40 / 10^40
    integer, fraction = divmod(scaled, 10**FIXED_BITS)
    if fraction == 0:
        return f"{sign}{integer}"
    return f"{sign}{integer}." + str(fraction).rjust(FIXED_BITS, "0").rstrip("0")


def main():
    rng = random.Random(SEED)
    out = {
        "generator": "scripts/reference/sim_stats.py",
        "seed": SEED,
        "tolerances": "see test/sim/statsReference.test.ts",
    }

    wilson_cases = []
    for successes, trials in [(81, 263), (15, 148), (0, 20), (1, 29), (0, 1), (1, 1), (5, 5), (0, 10**6), (1, 10**6)]:
        lower, upper = wilson(successes, trials, 0.95)
        wilson_cases.append({"successes": successes, "trials": trials, "confidence": 0.95, "lower": lower, "upper": upper})
    for _ in range(300):
        trials = rng.choice([rng.randint(1, 30), rng.randint(1, 5000), rng.randint(1, 10**7)])
        successes = rng.choice([0, trials, rng.randint(0, trials), rng.randint(0, min(trials, 3))])
        confidence = rng.choice([0.95, 0.9, 0.99, 0.5, 0.999999, rng.uniform(0.01, 0.999)])
        lower, upper = wilson(successes, trials, confidence)
        wilson_cases.append({"successes": successes, "trials": trials, "confidence": confidence, "lower": lower, "upper": upper})
    out["wilson"] = wilson_cases

    mcnemar_cases = []
    pairs = [(0, 0), (0, 1), (12, 5), (25, 24), (24, 25), (0, 49), (49, 0), (30, 20), (0, 50), (150, 86), (1000, 1000)]
    pairs += [(rng.randint(0, 40), rng.randint(0, 40)) for _ in range(150)]
    pairs += [(rng.randint(0, 3000), rng.randint(0, 3000)) for _ in range(100)]
    for b, c in pairs:
        method = "exact" if b + c < 50 else "chi-square"
        statistic, p = mcnemar(b, c, method)
        mcnemar_cases.append({"b": b, "c": c, "method": method, "forced": False, "statistic": statistic, "pValue": p})
    # The exact test forced on large tables: the tail must not underflow on the way to p.
    for b, c in [(500, 600), (1500, 1400), (2000, 2100), (100, 400), (3000, 3000), (0, 1074), (5, 1200)] + [
        (rng.randint(0, 2500), rng.randint(0, 2500)) for _ in range(40)
    ]:
        statistic, p = mcnemar(b, c, "exact")
        mcnemar_cases.append({"b": b, "c": c, "method": "exact", "forced": True, "statistic": statistic, "pValue": p})
    out["mcnemar"] = mcnemar_cases

    def random_group(bins, start, event_rate, censor_rate):
        events, censored = [], []
        n = start
        for _ in range(bins):
            d = sum(1 for _ in range(n) if rng.random() < event_rate) if n < 400 else min(n, int(n * event_rate * rng.uniform(0.5, 1.5)))
            n -= d
            c = sum(1 for _ in range(n) if rng.random() < censor_rate) if n < 400 else min(n, int(n * censor_rate * rng.uniform(0.0, 2.0)))
            n -= c
            events.append(d)
            censored.append(c)
        return {"events": events, "censored": censored, "atRiskStart": start}

    km_cases = []
    for _ in range(80):
        bins = rng.randint(1, 60)
        group = random_group(bins, rng.choice([0, 1, 5, rng.randint(1, 300), rng.randint(300, 100000)]),
                             rng.uniform(0.0, 0.3), rng.choice([0.0, rng.uniform(0.0, 0.2)]))
        km_cases.append({**group, "survival": kaplan_meier(group["events"], group["censored"], group["atRiskStart"])})
    out["kaplanMeier"] = km_cases

    log_rank_cases = []
    for _ in range(80):
        bins = rng.randint(1, 60)
        censor = rng.choice([0.0, rng.uniform(0.0, 0.2)])
        a = random_group(bins, rng.choice([rng.randint(1, 300), rng.randint(300, 50000)]), rng.uniform(0.0, 0.3), censor)
        b = random_group(bins, rng.choice([rng.randint(1, 300), rng.randint(300, 50000)]), rng.uniform(0.0, 0.3), censor)
        log_rank_cases.append({"a": a, "b": b, **log_rank(a, b)})
    out["logRank"] = log_rank_cases

    size_cases = []
    grid = [(0.6, 0.8, 0.05, 0.8), (0.8, 0.6, 0.05, 0.8), (0.5, 0.6, 0.05, 0.8), (0.05, 0.1, 0.05, 0.9), (0.0, 1.0, 0.05, 0.8)]
    while len(size_cases) < 300:
        if grid:
            p1, p2, alpha, power = grid.pop(0)
        else:
            p1 = rng.choice([rng.random(), round(rng.random(), 2)])
            p2 = rng.choice([rng.random(), round(rng.random(), 2), min(1.0, p1 + rng.uniform(0, 0.02))])
            alpha = rng.choice([0.05, 0.01, 0.1, rng.uniform(0.001, 0.5)])
            power = rng.choice([0.8, 0.9, 0.5, rng.uniform(0.5, 0.999)])
        if p1 == p2:
            continue
        n, corrected = sample_size(p1, p2, alpha, power)
        # Skip the vanishingly rare cases whose rounding up depends on the last digits.
        if any(abs(x - round(x)) < Decimal("1e-9") * x for x in (n, corrected)):
            continue
        size_cases.append({"p1": p1, "p2": p2, "alpha": alpha, "power": power, "perArm": ceil_guarded(n),
                           "perArmContinuityCorrected": ceil_guarded(corrected), "raw": float(n)})
    out["sampleSize"] = size_cases

    z975 = dec(upper_quantile(0.025))
    moment_cases = []
    for _ in range(150):
        n = rng.choice([1, 2, 3, rng.randint(2, 100), rng.randint(100, 10**6)])
        location = rng.choice([0.0, rng.uniform(-1, 1), rng.uniform(0, 1)])
        spread = rng.choice([0.0, rng.uniform(0.001, 0.5)])
        count = min(n, 2000)
        values = [location + spread * rng.gauss(0, 1) for _ in range(count)]
        # Scale the sums of a small sample up to n patients (the sums are what the engine streams).
        factor = Fraction(n, count)
        total = float(factor * sum(Fraction(v) for v in values))
        squares = float(factor * sum(Fraction(v) ** 2 for v in values))
        case = {"sum": total, "sumSquares": squares, "n": n}
        if n >= 2:
            mean, se, mean_exact, se_exact = mean_and_se(total, squares, n)
            case.update({"mean": mean, "se": se, "lower": float(mean_exact - z975 * se_exact),
                         "upper": float(mean_exact + z975 * se_exact)})
        else:
            case.update({"mean": total / n, "se": None, "lower": None, "upper": None})
        moment_cases.append(case)
    out["moments"] = moment_cases

    to_cases = []
    specials = [0.0, -0.0, 1.0, -1.0, 0.5, 2**-40, 2**-41, 3 * 2**-41, -(2**-41), -(3 * 2**-41), 5 * 2**-42, 2**-1074,
                0.1, -0.1, 1 / 3, 4095.999, 2**52, 2**53 + 2, 1e300, -1e300, 1.7976931348623157e308, 2**983 * 1.5]
    randoms = [rng.uniform(-1, 1) * 10 ** rng.randint(-15, 20) for _ in range(300)]
    # Exact ties between two grid points: (2k + 1) 2^-41.
    ties = [(2 * rng.randint(-(2**40), 2**40) + 1) * 2**-41 for _ in range(50)]
    for x in specials + randoms + ties:
        to_cases.append({"x": x, "fixed": str(to_fixed(x))})
    out["toFixedPoint"] = to_cases

    back_cases = []
    values = [0, 1, -1, 2**40, 2**53 + 1, 2**93 + 1, -(2**93 + 3), 2**1000 + 1, 2**1063, 2**1064, -(2**1064 - 1),
              (2**53 + 1) * 2**1010, (2**54 - 1) * 2**1010 + 1, 2**1064 - 2**1010]
    values += [rng.randint(-(2**80), 2**80) for _ in range(200)]
    values += [rng.randint(1, 2**rng.randint(1, 1100)) * rng.choice([1, -1]) for _ in range(200)]
    for v in values:
        x = fixed_to_float(v)
        back_cases.append({"fixed": str(v), "number": x if math.isfinite(x) else None, "infinite": not math.isfinite(x),
                           "text": format_fixed(v)})
    out["fixedPointToNumber"] = back_cases

    text = json.dumps(out, indent=1, allow_nan=False)
    path = Path(__file__).resolve().parents[2] / "test" / "fixtures" / "stats.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text + "\n")
    print(f"wrote {path} ({len(text)} bytes)")


if __name__ == "__main__":
    main()

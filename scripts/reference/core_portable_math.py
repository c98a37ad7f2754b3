"""Reference values for the portable elementary functions of packages/core/src/portable/.

Independent of the TypeScript code: every expected value is the exact function value computed in 60-digit decimal
arithmetic (Python's decimal module: Decimal.exp, Decimal.ln, and Taylor series for log1p/expm1 at tiny |x|, where
1 + x would lose digits), then rounded to the nearest double by float(Decimal), which rounds correctly (subnormals,
overflow to inf and underflow to 0 included). Alongside each value the script records
    delta = (exact - expected) / ulp(expected),  ulp(y) = math.ulp(y) (the spacing above |y|),
so the test can measure the true error of an implementation in ulps, not only its distance to the rounded value.

Inputs (seeded, a few thousand per function): log-uniform magnitudes over the whole double range, the hard regions
(exp near the overflow threshold 709.78 and through the subnormal results down to -745.13; log and log2 near 1,
subnormal and huge arguments, powers of two; log1p and expm1 for tiny |x|, log1p near -1, expm1 near the -40 and
1/8 switch points), and pow over positive bases with |y ln x| up to 745 (bases near 1 with huge exponents,
integer powers, (1 - p)^N).

Writes test/fixtures/portable-math.json: {function: [[x, (y,) expected, delta], ...]}; non-finite numbers are
stored as the strings "Infinity", "-Infinity", "NaN" and delta as null when the expected value is not finite or is 0.
Run from the repository root:
    python3 scripts/reference/core_portable_math.py
"""
import json
import math
import random
import struct
from decimal import Decimal, getcontext
from pathlib import Path

getcontext().prec = 60
LN2 = Decimal(2).ln()
OUT = Path('test/fixtures/portable-math.json')


def to_float(d):
    try:
        return float(d)
    except OverflowError:
        return math.inf if d > 0 else -math.inf


def log1p_dec(x):
    d = Decimal(x)
    if abs(d) < Decimal('1e-6'):
        total, term, k = Decimal(0), d, 1
        while True:
            t = term / k
            if t == 0 or abs(t) < abs(total) * Decimal('1e-70'):
                break
            total += t
            term *= -d
            k += 1
        return total
    return (1 + d).ln()


def expm1_dec(x):
    d = Decimal(x)
    if abs(d) < Decimal('1e-6'):
        total, term, k = Decimal(0), d, 1
        while True:
            if term == 0 or abs(term) < abs(total) * Decimal('1e-70'):
                break
            total += term
            k += 1
            term = term * d / k
        return total
    return d.exp() - 1


def record(exact, *args):
    expected = to_float(exact)
    if math.isfinite(expected) and expected != 0:
        delta = round(float((exact - Decimal(expected)) / Decimal(math.ulp(expected))), 4)
    else:
        delta = None
    return [*args, expected, delta]


def bits_to_float(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def random_positive(rng, lo_exp, hi_exp):
    """A positive double with exponent uniform in [lo_exp, hi_exp] and a uniform 52-bit mantissa (log-uniform)."""
    e = rng.randint(lo_exp, hi_exp)
    if e < -1022:  # subnormal
        return bits_to_float(rng.randrange(1, 1 << 52))
    return bits_to_float(((e + 1023) << 52) | rng.randrange(0, 1 << 52))


def loguniform(rng, lo, hi):
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def nudge(x, steps):
    for _ in range(abs(steps)):
        x = math.nextafter(x, math.inf if steps > 0 else -math.inf)
    return x


def exp_inputs(rng):
    xs = [rng.choice((-1, 1)) * loguniform(rng, 1e-20, 709.7) for _ in range(1200)]
    xs += [rng.uniform(-745.2, -708) for _ in range(400)]  # subnormal and small normal results
    xs += [rng.uniform(708, 709.79) for _ in range(200)]  # near overflow
    xs += [rng.uniform(-1, 1) for _ in range(400)]
    xs += [rng.uniform(-40, 40) for _ in range(300)]
    xs += [random_positive(rng, -1074, -30) * rng.choice((-1, 1)) for _ in range(100)]
    xs += [float(k) for k in range(-745, 710)][::7]
    for b in (709.782712893384, -745.1332191019412, -745.1332191019411, -708.3964185322641, -708.4):
        xs += [nudge(b, s) for s in range(-3, 4)]
    return xs


def log_inputs(rng):
    xs = [random_positive(rng, -1074, 1023) for _ in range(1600)]
    xs += [1 + rng.choice((-1, 1)) * loguniform(rng, 1e-16, 0.1) for _ in range(600)]
    xs += [rng.uniform(0.5, 2) for _ in range(400)]
    xs += [random_positive(rng, -1074, -1023) for _ in range(100)]
    xs += [nudge(1.0, s) for s in range(-6, 7) if s != 0]
    xs += [5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, math.e, 10.0, 3.0]
    return xs


def log1p_inputs(rng):
    xs = [rng.choice((-1, 1)) * random_positive(rng, -1074, -1) for _ in range(900)]
    xs += [random_positive(rng, -1, 1023) for _ in range(500)]
    xs += [-1 + loguniform(rng, 1e-16, 0.5) for _ in range(300)]
    xs += [rng.uniform(-0.01, 0.01) for _ in range(300)]
    xs += [rng.uniform(-0.5, 3) for _ in range(300)]
    xs += [nudge(-1.0, s) for s in range(1, 6)] + [1.0, -0.5, 2 ** -53, -(2 ** -54), 1e300]
    for b in (2 ** -8, -(2 ** -8), 2 ** -9, -(2 ** -9)):
        xs += [nudge(b, s) for s in range(-2, 3)]
    return xs


def expm1_inputs(rng):
    xs = [rng.choice((-1, 1)) * random_positive(rng, -1074, -3) for _ in range(900)]
    xs += [rng.uniform(-0.25, 0.25) for _ in range(500)]
    xs += [rng.uniform(-45, 45) for _ in range(500)]
    xs += [rng.uniform(45, 709.78) for _ in range(200)]
    xs += [rng.choice((-1, 1)) * loguniform(rng, 1e-6, 700) for _ in range(400)]
    for b in (0.125, -0.125, -40.0, 40.0, 700.0, 709.782712893384):
        xs += [nudge(b, s) for s in range(-2, 3)]
    return xs


def log2_inputs(rng):
    xs = [random_positive(rng, -1074, 1023) for _ in range(1600)]
    xs += [1 + rng.choice((-1, 1)) * loguniform(rng, 1e-16, 0.1) for _ in range(500)]
    xs += [rng.uniform(0.5, 2) for _ in range(300)]
    xs += [2.0 ** k for k in range(-1074, 1024, 7)]
    xs += [nudge(1.0, s) for s in range(-6, 7) if s != 0] + [3.0, 10.0, 1e-300, 1e300]
    return xs


def pow_inputs(rng):
    pairs = []
    for _ in range(1200):  # general positive bases, exponents of either sign, |y ln x| <= 700
        x = loguniform(rng, 1e-300, 1e300)
        limit = min(1e6, 700 / max(abs(math.log(x)), 1e-300))
        y = rng.choice((-1, 1)) * loguniform(rng, 1e-6, limit)
        pairs.append((x, y))
    for _ in range(600):  # the range rtsim uses: probabilities and ratios to moderate powers, (1 - p)^N
        x = rng.uniform(1e-6, 1) if rng.random() < 0.5 else loguniform(rng, 0.01, 100)
        y = rng.uniform(-50, 50)
        pairs.append((x, y))
    for _ in range(300):
        p = loguniform(rng, 1e-12, 0.5)
        n = loguniform(rng, 1, 1e10)
        pairs.append((1 - p, n))
    for _ in range(300):  # large |y ln x| up to the double range
        x = loguniform(rng, 1e-5, 1e5)
        y = rng.choice((-1, 1)) * rng.uniform(500, 740) / abs(math.log(x))
        pairs.append((x, y))
    for _ in range(200):  # integer powers
        pairs.append((float(rng.randint(2, 100)), float(rng.randint(-30, 30) or 1)))
    pairs += [(2.0, 10.0), (3.0, 0.5), (10.0, -300.0), (2.0, -1074.0), (2.0, 1023.0), (2.0, 1024.0),
              (0.5, 1075.0), (1e-300, 2.0), (1e300, 2.0), (nudge(1.0, 1), 2.0 ** 60), (nudge(1.0, -1), -(2.0 ** 61))]
    return pairs


def encode(v):
    if v is None:
        return None
    if math.isnan(v):
        return 'NaN'
    if math.isinf(v):
        return 'Infinity' if v > 0 else '-Infinity'
    return v


def main():
    rng = random.Random(20250714)
    data = {
        'exp': [record(Decimal(x).exp(), x) for x in exp_inputs(rng)],
        'log': [record(Decimal(x).ln(), x) for x in log_inputs(rng)],
        'log1p': [record(log1p_dec(x), x) for x in log1p_inputs(rng)],
        'expm1': [record(expm1_dec(x), x) for x in expm1_inputs(rng)],
        'log2': [record(Decimal(x).ln() / LN2, x) for x in log2_inputs(rng)],
        'pow': [record((Decimal(y) * Decimal(x).ln()).exp(), x, y) for x, y in pow_inputs(rng)],
    }
    # log2 of powers of two is exact: 60-digit ln ratio may miss the integer by 1e-58; record the exact integer.
    for row in data['log2']:
        m, e = math.frexp(row[0])
        if m == 0.5:
            row[1], row[2] = float(e - 1), 0.0
    out = {name: [[encode(v) for v in row] for row in rows] for name, rows in data.items()}
    OUT.write_text(json.dumps(out, separators=(',', ':')) + '\n')
    print(OUT, {name: len(rows) for name, rows in out.items()})


if __name__ == '__main__':
    main()

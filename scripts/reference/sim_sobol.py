#!/usr/bin/env python3
"""Reference values for rtsim's Sobol' points (test/sim/sobol.test.ts).

Independent of the TypeScript code: numpy and the standard library only. Writes test/fixtures/sobol-reference.json:

- the unscrambled Sobol' points (Joe & Kuo 2008 direction numbers, new-joe-kuo-6.21201 rows d = 2..16 below in the
  file's own "d s a m_i" form; dimension 1 is van der Corput), 32-bit words, in Gray-code order (Antonov & Saleev):
  the first 256 points in 15 dimensions;
- two scramblings, r = 0 and 1, of seed 20261126 by Matousek's linear matrix scramble with a digital shift, their
  random words drawn from the sequential stream (seed, "sobol", r) (Philox 4x32-10, reimplemented bit for bit in
  sim_cohort.py): per dimension, rows 2..32 of the lower-triangular matrix L (row j keeps the first j-1 digits of one
  32-bit word, the diagonal digit is 1), then the 32-bit shift. Each point's digits are y = L x xor e; the first 256
  points of each, computed point by point from the unscrambled points (not from scrambled direction numbers, which is
  how the TypeScript code does it), so the two routes check each other.

Run: python3 scripts/reference/sim_sobol.py
"""
import json
from pathlib import Path

import numpy as np

from sim_cohort import sequential_outputs

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "test" / "fixtures" / "sobol-reference.json"
BITS = 32
DIMENSIONS = 15
POINTS = 256
SEED = 20261126

# new-joe-kuo-6.21201, first rows (d, s, a, m_1 .. m_s)
JOE_KUO = """
2 1 0 1
3 2 1 1 3
4 3 1 1 3 1
5 3 2 1 1 1
6 4 1 1 1 3 3
7 4 4 1 3 5 13
8 5 2 1 1 5 5 17
9 5 4 1 1 5 5 5
10 5 7 1 1 7 11 19
11 5 11 1 1 5 1 1
12 5 13 1 1 1 3 11
13 5 14 1 3 5 5 31
14 6 1 1 3 3 9 7 49
15 6 13 1 1 1 15 21 21
16 6 16 1 3 1 13 27 49
"""


def direction_integers(dimensions):
    """m_1..m_32 per dimension (Bratley & Fox 1988 recurrence on the m_k, not on shifted words)."""
    rows = [[int(t) for t in line.split()] for line in JOE_KUO.strip().splitlines()]
    table = [[1] * BITS]
    for row in rows[: dimensions - 1]:
        s, a, m = row[1], row[2], row[3:]
        m = list(m)
        for k in range(s, BITS):
            value = m[k - s] ^ (m[k - s] << s)
            for i in range(1, s):
                if (a >> (s - 1 - i)) & 1:
                    value ^= m[k - i] << i
            m.append(value)
        table.append(m)
    return table


def unscrambled(dimensions, count):
    """Points as 32-bit words: x_i = xor over the set bits b of gray(i) of V_{b+1}, V_k = m_k 2^(32-k)."""
    m = direction_integers(dimensions)
    v = np.array([[m[d][k] << (BITS - 1 - k) for k in range(BITS)] for d in range(dimensions)], dtype=np.uint64)
    out = np.zeros((count, dimensions), dtype=np.uint64)
    for i in range(count):
        gray = i ^ (i >> 1)
        word = np.zeros(dimensions, dtype=np.uint64)
        for b in range(BITS):
            if (gray >> b) & 1:
                word ^= v[:, b]
        out[i] = word
    return out


def scramble_words(seed, r, dimensions):
    draws = iter(sequential_outputs(seed, "sobol", r, dimensions * BITS))  # 31 matrix rows and a shift per dimension
    rng = lambda: next(draws)  # noqa: E731
    matrices, shifts = [], []
    for _ in range(dimensions):
        lower = np.zeros((BITS, BITS), dtype=np.uint8)  # lower[j][i]: digit i+1 of input feeds digit j+1 of output
        lower[0, 0] = 1
        for j in range(1, BITS):
            word = int(rng() * 4294967296.0)
            digits = [(word >> (BITS - 1 - i)) & 1 for i in range(BITS)]
            lower[j, :j] = digits[:j]
            lower[j, j] = 1
        shifts.append(int(rng() * 4294967296.0))
        matrices.append(lower)
    return matrices, shifts


def apply_scramble(points, matrices, shifts):
    out = np.zeros_like(points)
    for d, (lower, shift) in enumerate(zip(matrices, shifts)):
        for n, word in enumerate(points[:, d]):
            x = np.array([(int(word) >> (BITS - 1 - i)) & 1 for i in range(BITS)], dtype=np.int64)
            y = (lower.astype(np.int64) @ x) % 2
            value = 0
            for j in range(BITS):
                value |= int(y[j]) << (BITS - 1 - j)
            out[n, d] = value ^ shift
    return out


def main():
    points = unscrambled(DIMENSIONS, POINTS)
    fixture = {
        "generatedBy": "scripts/reference/sim_sobol.py",
        "dimensions": DIMENSIONS,
        "unscrambled": points.astype(int).tolist(),
        "seed": SEED,
        "scrambled": [],
    }
    for r in (0, 1):
        matrices, shifts = scramble_words(SEED, r, DIMENSIONS)
        fixture["scrambled"].append({"r": r, "shift": shifts, "points": apply_scramble(points, matrices, shifts).astype(int).tolist()})
    OUT.write_text(json.dumps(fixture, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Workload R1 (bench/scenarios/r1.yaml) the way a physicist would write it with vectorised numpy.

The speed reference of benchmark B1: rtsim's cohort throughput is reported as a ratio to this script's.
It is deliberately the straightforward, competent version: one numpy.random.Generator, whole chunks of
patients as arrays, closed-form LQ coefficients per arm, TCP in log space. It computes only what B1
compares (mean TCP per arm and its standard error), not rtsim's failure times, histograms or paired
statistics, so the comparison flatters numpy slightly.

Model (models.md): per patient a subtype (weights 0.40/0.35/0.25); α, α/β, T_d lognormal by subtype;
V lognormal (cohort level); N₀ = 10⁷·V; for an arm of n fractions of d Gy over T days
    ln N_left = ln N₀ − n(αd + βd²) + (ln 2/T_d)·max(0, T − T_k),  T_k = 21 d,  β = α/(α/β)
    TCP = exp(−exp(ln N_left))        (log space: S underflows at 3 × 18 Gy)
T from the 5-a-week calendar (first fraction on a Monday): 25 × 2 Gy → 32 d, 5 × 6 Gy → 4 d,
18 × 2 Gy → 23 d; 3 × 18 Gy every other day → 4 d.

Threads: numpy's element-wise kernels are single-threaded anyway; the BLAS/OpenMP pools are pinned to one
thread below (before numpy is imported) so nothing else can use the second core.

Timing: only simulate() is timed (time.perf_counter), not interpreter start or the numpy import; the
reported seconds are the median of --runs runs with the same seed (identical results each run).

Usage: python3 bench/reference/r1_numpy.py [--patients 4000000] [--runs 3] [--seed 20261126] [--chunk 262144]
Prints one JSON object: arms, meanTcp, se, seconds, runs, patientArmsPerSecond, ...
"""

import os

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS", "VECLIB_MAXIMUM_THREADS"):
    os.environ[_variable] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import platform  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402

WEIGHTS = np.array([0.40, 0.35, 0.25])
ALPHA_MEDIAN = np.array([0.30, 0.28, 0.45])  # 1/Gy
ALPHA_SIGMA = np.array([0.30, 0.30, 0.25])
ALPHA_BETA_MEDIAN = np.array([4.0, 3.0, 5.0])  # Gy
ALPHA_BETA_SIGMA = 0.3
DOUBLING_MEDIAN = np.array([20.0, 25.0, 15.0])  # days
DOUBLING_SIGMA = 0.4
VOLUME_MEDIAN = 200.0  # cm³
VOLUME_SIGMA = 1.0
CLONOGEN_DENSITY = 1.0e7  # per cm³
KICKOFF = 21.0  # days

# (id, fractions, dose per fraction Gy, overall time T days)
ARMS = [
    ("conventional-25x2", 25, 2.0, 32.0),
    ("hypo-5x6", 5, 6.0, 4.0),
    ("short-18x2", 18, 2.0, 23.0),
    ("sbrt-3x18", 3, 18.0, 4.0),
]


def simulate(patients, seed, chunk):
    """Sum and sum of squares of TCP per arm over `patients` virtual patients."""
    rng = np.random.default_rng(seed)
    alpha_dose = np.array([n * d for _, n, d, _ in ARMS])  # Gy
    beta_dose = np.array([n * d * d for _, n, d, _ in ARMS])  # Gy²
    late_days = np.array([max(0.0, t - KICKOFF) for _, _, _, t in ARMS])  # days of repopulation
    log_n0_median = math.log(CLONOGEN_DENSITY * VOLUME_MEDIAN)
    total = np.zeros(len(ARMS))
    total_squares = np.zeros(len(ARMS))
    for start in range(0, patients, chunk):
        m = min(chunk, patients - start)
        k = rng.choice(len(WEIGHTS), size=m, p=WEIGHTS)
        alpha = ALPHA_MEDIAN[k] * np.exp(ALPHA_SIGMA[k] * rng.standard_normal(m))
        beta = alpha / (ALPHA_BETA_MEDIAN[k] * np.exp(ALPHA_BETA_SIGMA * rng.standard_normal(m)))
        growth_rate = math.log(2.0) / (DOUBLING_MEDIAN[k] * np.exp(DOUBLING_SIGMA * rng.standard_normal(m)))
        log_n0 = log_n0_median + VOLUME_SIGMA * rng.standard_normal(m)
        # (m, arms): ln N_left, then TCP = exp(−N_left)
        log_left = (
            log_n0[:, None]
            - alpha[:, None] * alpha_dose
            - beta[:, None] * beta_dose
            + growth_rate[:, None] * late_days
        )
        tcp = np.exp(-np.exp(log_left))
        total += tcp.sum(axis=0)
        total_squares += np.einsum("ij,ij->j", tcp, tcp)
    return total, total_squares


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=4_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=20261126)
    parser.add_argument("--chunk", type=int, default=1 << 16, help="patients per array chunk (memory bound)")
    args = parser.parse_args()
    if args.patients < 2 or args.runs < 1 or args.chunk < 1:
        parser.error("need --patients ≥ 2, --runs ≥ 1, --chunk ≥ 1")

    seconds = []
    for _ in range(args.runs):
        started = time.perf_counter()
        total, total_squares = simulate(args.patients, args.seed, args.chunk)
        seconds.append(time.perf_counter() - started)

    n = args.patients
    mean = total / n
    variance = np.maximum(0.0, (total_squares - n * mean * mean) / (n - 1))
    se = np.sqrt(variance / n)
    median_seconds = statistics.median(seconds)
    patient_arms = n * len(ARMS)
    print(json.dumps({
        "arms": [a[0] for a in ARMS],
        "meanTcp": mean.tolist(),
        "se": se.tolist(),
        "seconds": median_seconds,
        "runs": seconds,
        "patients": n,
        "patientArms": patient_arms,
        "patientArmsPerSecond": patient_arms / median_seconds,
        "chunk": args.chunk,
        "seed": args.seed,
        "numpy": np.__version__,
        "python": platform.python_version(),
        "threads": 1,
    }))


if __name__ == "__main__":
    main()

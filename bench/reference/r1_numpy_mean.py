#!/usr/bin/env python3
"""Benchmark B7's reference: plain Monte Carlo of R1's mean TCP per arm to a target standard error, with numpy.

The same workload and sampler as r1_numpy.py (imported from it): a pilot of --pilot patients estimates each arm's
standard deviation of TCP, then n = ceil(1.05 · max_arm sd² / target²) patients are simulated (5 % for the pilot's own
error), so that every arm's mean TCP has SE = sd/√n ≤ target (the SE printed is the one measured on the n patients). Plain Monte Carlo of TCP itself, the
per-patient control probability: already the conditional estimator (no U < TCP indicator), the fair counterpart of
rtsim's expected mode, which integrates the same TCP on scrambled Sobol' points.

bench/run.mjs times this whole process (interpreter start, numpy import, pilot and run) against
`rtsim run bench/scenarios/r1.yaml --mode expected`.

Usage: python3 bench/reference/r1_numpy_mean.py [--target-se 0.0002] [--pilot 65536] [--seed 20261126]
Prints one JSON object: arms, meanTcp, se, patients, pilot, targetSe, computeSeconds.
"""

import os

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS", "VECLIB_MAXIMUM_THREADS"):
    os.environ[_variable] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402

from r1_numpy import ARMS, simulate  # noqa: E402


def moments(total, total_squares, n):
    mean = total / n
    variance = np.maximum(0.0, (total_squares - n * mean * mean) / (n - 1))
    return mean, variance


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target-se", type=float, default=0.0002, help="standard error of every arm's mean TCP (probability units)")
    parser.add_argument("--pilot", type=int, default=1 << 16)
    parser.add_argument("--seed", type=int, default=20261126)
    parser.add_argument("--chunk", type=int, default=1 << 16)
    args = parser.parse_args()
    if not (args.target_se > 0 and args.pilot >= 2):
        parser.error("need --target-se > 0 and --pilot ≥ 2")
    started = time.perf_counter()
    _, pilot_variance = moments(*simulate(args.pilot, args.seed + 1, args.chunk), args.pilot)
    n = max(2, math.ceil(1.05 * float(pilot_variance.max()) / args.target_se**2))
    total, total_squares = simulate(n, args.seed, args.chunk)
    mean, variance = moments(total, total_squares, n)
    print(json.dumps({
        "arms": [a[0] for a in ARMS],
        "meanTcp": mean.tolist(),
        "se": np.sqrt(variance / n).tolist(),
        "patients": n,
        "pilot": args.pilot,
        "targetSe": args.target_se,
        "computeSeconds": time.perf_counter() - started,
        "seed": args.seed,
        "numpy": np.__version__,
    }))


if __name__ == "__main__":
    main()

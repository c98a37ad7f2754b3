"""Reference values of the pathway lesson ("Before the first fraction", packages/viz/src/explorer/lessons/pathwayLesson.ts).

Closed forms of docs/pathway-model.md, written out independently of the TypeScript kernels, at the library values
(packages/core/src/library/pathwayDefaults.ts): median volume doubling time T_d = 52.12 d at d_ref = 5 cm, Gompertz
plateau D_inf = 30 cm, median presentation doublings log2 R = 0.585, unplanned-excision log odds theta = -1.3086 with
ln-odds ratios 1.0986 (superficial) and 0.6931 (< 5 cm), discordance d = 0.0827 and s = 0.0603, review correction 1.

    python3 scripts/reference/pathway_lesson.py

prints each lesson step's days to treatment, diameter at treatment, unplanned-excision probability and misdiagnosis;
test/viz/pathwayTimeline.test.ts holds the printed values.
"""
import numpy as np

TD, DREF, DINF, LOG2R = 52.12, 5.0, 30.0, 0.585
THETA, SUPERFICIAL, UNDER5 = -1.3086, 1.0986, 0.6931
D, S, RHO = 0.0827, 0.0603, 1.0

beta = np.log(2) / (3 * TD * np.log(DINF / DREF))


def gompertz(d0, t):
    """ln(d/D_inf) = ln(d0/D_inf) exp(-beta t)."""
    return DINF * np.exp(np.log(d0 / DINF) * np.exp(-beta * t))


def step(name, diameter, depth, intervals, referral, review):
    days = sum(intervals)
    z = THETA + (SUPERFICIAL if depth == "superficial" else 0) + (UNDER5 if diameter < 5 else 0)
    excision = 0.0 if referral == "reference-centre" else 1 / (1 + np.exp(-z))
    wrong = (1 - RHO * review) * (D + S)
    onset = diameter / 2**LOG2R
    print(f"{name}: days {days}, diameter {gompertz(diameter, days):.6f} cm, excision {excision:.6f}, "
          f"misdiagnosed {wrong:.6f}, patient interval {3 * TD * LOG2R:.4f} d, onset {onset:.6f} cm")


print(f"beta = {beta:.10e} /day")
print(f"gompertz(8 cm, 85 d) = {gompertz(8, 85):.10f}; gompertz(8 cm, 0) = {gompertz(8, 0):.10f}; gompertz(8, 146) = {gompertz(8, 146):.10f}")
step("1 current care", 8, "deep", [17, 29, 17, 22], "local", 0)
step("2 slow local hospital", 8, "deep", [17, 90, 17, 22], "local", 0)
step("3 fast track", 8, "deep", [3, 14, 15, 22], "reference-centre", 0)
step("4 small superficial lump", 4, "superficial", [17, 29, 17, 22], "local", 0)
step("5 expert review", 4, "superficial", [17, 29, 17, 22], "local", 1)
step("half review", 4, "superficial", [17, 29, 17, 22], "local", 0.5)

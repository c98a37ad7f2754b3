#!/usr/bin/env python3
"""Independent reference for the organ complications of docs/toxicity-model.md (issue 16): femoral fracture from the
femoral-neck mean EQD2 (alpha/beta 3 Gy; the physical dose at 2 Gy per fraction, where E8's fit was made) and grade >= 2
radiation pneumonitis from the mean lung EQD2, written from the
published forms, not from rtsim's code.

- fracture: logit p = a + b * Dmean, a = -6.055, b = 0.08356 / Gy (the library's values, derived in
  scripts/reference/toxicity_models.py from E8's group summaries), Dmean the mean over the femoral-neck DVH of each
  bin's EQD2 at alpha/beta 3 Gy in the arm's n_f equal fractions (a mean dose given alone is one uniform bin);
- pneumonitis: LKB with n = 1, NTCP = Phi((MLD - TD50) / (m * TD50)), TD50 30.8 Gy, m 0.37 (Seppenwoolde 2003), MLD the
  mean over the lung DVH of each bin's EQD2 at alpha/beta 3 Gy, D (D / n_f + a/b) / (2 + a/b), n_f equal fractions.

Prints the values test/sim/organComplications.test.ts types in (run: python3 scripts/reference/organ_complications.py).
"""
import math

SHAPE = [(0.02, 0.45), (0.06, 0.25), (0.12, 0.15), (0.25, 0.08), (0.45, 0.045), (0.75, 0.02), (1.0, 0.005)]
ARMS = [("3x15", 3, 15.0), ("3x20", 3, 20.0), ("5x10", 5, 10.0), ("8x7.5", 8, 7.5)]


def phi(x):
    return 0.5 * math.erfc(-x / math.sqrt(2.0))


def mean_lung_eqd2(fractions, total, alpha_beta=3.0):
    return sum(v * (f * total) * ((f * total) / fractions + alpha_beta) / (2.0 + alpha_beta) for f, v in SHAPE)


def pneumonitis(mld, td50=30.8, m=0.37):
    return phi((mld - td50) / (m * td50))


def fracture(mean_dose, a=-6.055, b=0.08356):
    return 1.0 / (1.0 + math.exp(-(a + b * mean_dose)))


def main():
    print("lung SBRT scenario (scenarios/sbrt-lung-metastases-pneumonitis.yaml):")
    for arm, fractions, dose in ARMS:
        total = fractions * dose
        mld = mean_lung_eqd2(fractions, total)
        physical = sum(v * f * total for f, v in SHAPE)
        print(f"  {arm:6s} physical MLD {physical:.4f} Gy  MLD EQD2_3 {mld:.12f} Gy  NTCP {pneumonitis(mld):.12f}")
    print("fracture at femoral-neck mean doses:")
    for dose in (0.0, 20.0, 35.0, 50.0, 60.0):
        print(f"  {dose:5.1f} Gy  p {fracture(dose):.12f}")
    # The test's arms: a uniform 50 Gy in 25 fractions (2 Gy each: EQD2 = physical), and the two-bin femoral-neck DVH
    # 40% of the neck at 20 Gy, 60% at 55 Gy (physical mean 41 Gy) in 33 fractions.
    def eqd2(total, fractions, alpha_beta=3.0):
        return total * (total / fractions + alpha_beta) / (2.0 + alpha_beta)
    uniform = eqd2(50.0, 25)
    print(f"  50 Gy uniform in 25 fractions: EQD2 {uniform:.12f} Gy  p {fracture(uniform):.12f}")
    two_bin = 0.4 * eqd2(20.0, 33) + 0.6 * eqd2(55.0, 33)
    print(f"  two-bin DVH in 33 fractions (0.4 @ 20 Gy, 0.6 @ 55 Gy): mean EQD2 {two_bin:.12f} Gy  p {fracture(two_bin):.12f}")
    hypo = eqd2(30.0, 5)
    print(f"  30 Gy uniform in 5 fractions: EQD2 {hypo:.12f} Gy  p {fracture(hypo):.12f} (physical 30 Gy: p {fracture(30.0):.12f})")


if __name__ == "__main__":
    main()

import { logAddExp } from '@rtsim/core';

/**
 * core's reoxygenatedLogSurvival for one fraction, with the logs of the oxic and hypoxic shares given:
 * ln S₁ = ln[e^{ln(1 − h) − αd − βd²} + e^{ln h − αd/OER − βd²/OER²}], clamped to ≤ 0. The same arithmetic in the
 * same order, so the same bits: the engine computes ln(1 − h) and ln h once per patient instead of once per arm and
 * dose (docs/performance.md, "B6"), and F fractions are F·ln S₁, as in the kernel.
 * @param alpha - α, 1/Gy (≥ 0)
 * @param beta - β, 1/Gy² (≥ 0)
 * @param dosePerFraction - d, Gy (≥ 0)
 * @param logOxicShare - ln(1 − h), `portableLog1p(−h)` of the tumour's hypoxic fraction h in [0, 1]
 * @param logHypoxicShare - ln h, `portableLog(h)`
 * @param oer - oxygen enhancement ratio (≥ 1)
 * @returns ln S₁ ≤ 0; NaN outside the domain or for NaN input (as the kernel)
 */
export function reoxygenatedFractionLogSurvival(
  alpha: number,
  beta: number,
  dosePerFraction: number,
  logOxicShare: number,
  logHypoxicShare: number,
  oer: number,
): number {
  // Both logs ≤ 0 ⟺ h in [0, 1], the kernel's check on h (NaN fails it too: logAddExp of NaN would clamp to 0).
  if (!(alpha >= 0 && beta >= 0 && dosePerFraction >= 0 && oer >= 1 && logOxicShare <= 0 && logHypoxicShare <= 0)) {
    return Number.NaN;
  }
  const d = dosePerFraction;
  const oxic = logOxicShare - (alpha * d + beta * d * d);
  const hypoxic = logHypoxicShare - (alpha * d) / oer - (beta * d * d) / (oer * oer);
  const perFraction = logAddExp(oxic, hypoxic);
  return perFraction < 0 ? perFraction : 0;
}

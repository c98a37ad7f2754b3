import { logAddExp } from '@rtsim/core';

/**
 * core's tumourBedLogSurvival with the logs of the oxic and hypoxic shares given:
 * ln S = ln[e^{ln(1 − h) − F(αd + βd²)} + e^{ln h − F(αd/OER + βd²/OER²)}], clamped to ≤ 0. The same arithmetic in
 * the same order, so the same bits: the engine computes the logs of the library's constant bed hypoxic share once per
 * scenario instead of once per patient and arm (docs/performance.md, "B6").
 * @param alpha - α, 1/Gy (≥ 0)
 * @param beta - β, 1/Gy² (≥ 0)
 * @param dosePerFraction - d, Gy (≥ 0)
 * @param fractions - F (≥ 0)
 * @param logOxicShare - ln(1 − h), `portableLog1p(−h)` of the bed's hypoxic share h in [0, 1]
 * @param logHypoxicShare - ln h, `portableLog(h)`
 * @param oer - oxygen enhancement ratio (≥ 1)
 * @returns ln S ≤ 0; NaN outside the domain or for NaN input (as the kernel)
 */
export function tumourBedGroupLogSurvival(
  alpha: number,
  beta: number,
  dosePerFraction: number,
  fractions: number,
  logOxicShare: number,
  logHypoxicShare: number,
  oer: number,
): number {
  // Both logs ≤ 0 ⟺ h in [0, 1], the kernel's check on h (NaN fails it too: logAddExp of NaN would clamp to 0).
  if (!(alpha >= 0 && beta >= 0 && dosePerFraction >= 0 && fractions >= 0 && oer >= 1 && logOxicShare <= 0 && logHypoxicShare <= 0)) {
    return Number.NaN;
  }
  const d = dosePerFraction;
  const oxic = logOxicShare - fractions * (alpha * d + beta * d * d);
  const hypoxic = logHypoxicShare - fractions * ((alpha * d) / oer + (beta * d * d) / (oer * oer));
  const logSurvival = logAddExp(oxic, hypoxic);
  return logSurvival < 0 ? logSurvival : 0;
}

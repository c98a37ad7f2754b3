import { logAddExp } from '@rtsim/core';

/**
 * ln S of a residue in the scarred tumour bed after a postoperative course of one or more doses per fraction
 * ([dose, count] groups, e.g. 25 × 1.8 Gy then a boost of 8 × 2 Gy). The bed's two compartments keep their
 * oxygenation through the whole course (no reoxygenation), so the mixture is taken once over the course:
 * ln S = ln[(1 − h)·e^{−Σ_g F_g(αd_g + βd_g²)} + h·e^{−Σ_g F_g(αd_g/OER + βd_g²/OER²)}], clamped to ≤ 0
 * (models-extensions.md, "Residual clonogens and the tumour bed"). Taking the mixture per dose group and adding the
 * logs would count the hypoxic share's ln h once per group: a residue would be sterilised far more often after a
 * course with a boost of another dose per fraction than after the same dose in one size.
 *
 * With one group this is core's tumourBedLogSurvival bit for bit (the same arithmetic in the same order; the logs
 * of the library's constant bed hypoxic share are computed once per scenario, docs/performance.md "B6"); without
 * postoperative fractions it is 0.
 * @param alpha - α, 1/Gy (≥ 0)
 * @param beta - β, 1/Gy² (≥ 0)
 * @param groups - [d_g (Gy, ≥ 0), F_g (≥ 0)] pairs, flat
 * @param logOxicShare - ln(1 − h), `portableLog1p(−h)` of the bed's hypoxic share h in [0, 1]
 * @param logHypoxicShare - ln h, `portableLog(h)`
 * @param oer - oxygen enhancement ratio (≥ 1)
 * @returns ln S ≤ 0; NaN outside the domain or for NaN input (as the core kernel)
 */
export function tumourBedCourseLogSurvival(
  alpha: number,
  beta: number,
  groups: ArrayLike<number>,
  logOxicShare: number,
  logHypoxicShare: number,
  oer: number,
): number {
  if (groups.length === 0) return 0;
  // Both logs ≤ 0 ⟺ h in [0, 1], the kernel's check on h (NaN fails it too: logAddExp of NaN would clamp to 0).
  if (!(alpha >= 0 && beta >= 0 && oer >= 1 && logOxicShare <= 0 && logHypoxicShare <= 0)) return Number.NaN;
  let oxicExposure = 0;
  let hypoxicExposure = 0;
  for (let g = 0; g + 1 < groups.length; g += 2) {
    const d = groups[g];
    const fractions = groups[g + 1];
    if (!(d >= 0 && fractions >= 0)) return Number.NaN;
    oxicExposure += fractions * (alpha * d + beta * d * d);
    hypoxicExposure += fractions * ((alpha * d) / oer + (beta * d * d) / (oer * oer));
  }
  const logSurvival = logAddExp(logOxicShare - oxicExposure, logHypoxicShare - hypoxicExposure);
  return logSurvival < 0 ? logSurvival : 0;
}

import { portableLog } from './portable/portableLog.js';

/**
 * Log-scale SD of a lognormal from its mean and median: σ = √(2 ln(mean/median)), from mean = median·e^{σ²/2}.
 * @param mean - the arithmetic mean, in the interval's unit (> 0), e.g. days
 * @param median - the median, same unit (0 < median ≤ mean)
 * @returns σ (≥ 0, dimensionless); NaN outside the domain (a lognormal's mean is never below its median) or for NaN
 * @remarks G8 reports the time from diagnosis to treatment by its median (22.0 d) and mean (29.7 d) only; this turns
 *   the pair into σ = 0.775 (docs/pathway-model.md, "Intervals").
 */
export function lognormalSigmaFromMeanMedian(mean: number, median: number): number {
  if (!(median > 0 && mean >= median && mean < Number.POSITIVE_INFINITY)) return Number.NaN;
  return Math.sqrt(2 * portableLog(mean / median));
}

import { portableLog } from '@rtsim/core';
/** Predicted probabilities are kept this far inside (0, 1), so that a series with every patient controlled (or none) still has a finite deviance. */
export const probabilityFloor = 1e-12;

/**
 * Binomial deviance of one series, D = 2[c·ln(c/(n p)) + f·ln(f/(n(1 − p)))] with f = n − c and 0·ln 0 = 0:
 * −2 ln L up to a constant that does not depend on p (the saturated model's), so differences of D are
 * likelihood-ratio statistics. Counts may be fractional (effective counts of a published rate).
 * @param controlled - c, patients controlled (0 ≤ c ≤ n)
 * @param patients - n (> 0)
 * @param probability - predicted local control p, clamped into [1e−12, 1 − 1e−12]
 * @returns D ≥ 0; NaN outside the domain (also for NaN input)
 */
export function binomialDeviance(controlled: number, patients: number, probability: number): number {
  if (!(patients > 0 && controlled >= 0 && controlled <= patients && probability >= 0 && probability <= 1)) return Number.NaN;
  const p = Math.min(1 - probabilityFloor, Math.max(probabilityFloor, probability));
  const failed = patients - controlled;
  const term = (k: number, expected: number): number => (k > 0 ? k * portableLog(k / expected) : 0);
  return 2 * (term(controlled, patients * p) + term(failed, patients * (1 - p)));
}

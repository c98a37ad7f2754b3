import { normalQuantile } from './normalQuantile.js';
import { portableExp } from './portable/portableExp.js';
/**
 * Days from the end of treatment to the clinical detection of a subclinical metastasis, the lognormal quantile at
 * the patient's uniform: t = μ_D·e^{σ_D Φ⁻¹(u)}.
 * @param uniform - u in [0, 1], the patient's detection uniform
 * @param medianDays - μ_D > 0, median detection time in days (`metastasisDefaults.detectionTime`, fitted)
 * @param sigma - σ_D > 0, spread of ln T_D (dimensionless)
 * @returns t in days (0 at u = 0, +∞ at u = 1); NaN outside the domain or for NaN input
 * @remarks Inverse of {@link metastasisDetectionProbability}. For a metastasis seeded by a local recurrence the
 *   same law runs from the recurrence's detection day (an assumption, docs/metastasis-model.md).
 */
export function metastasisDetectionDays(uniform: number, medianDays: number, sigma: number): number {
  if (!(uniform >= 0 && uniform <= 1 && medianDays > 0 && sigma > 0)) return Number.NaN;
  return medianDays * portableExp(sigma * normalQuantile(uniform));
}

import { normalCdf } from './normalCdf.js';
import { portableLog } from './portable/portableLog.js';
/**
 * Probability that a subclinical metastasis is clinically detected by t days after the end of treatment, a
 * lognormal detection time: P(T_D ≤ t) = Φ(ln(t/μ_D)/σ_D).
 * @param days - t, days from the end of treatment (any real; 0 for t ≤ 0)
 * @param medianDays - μ_D > 0, median detection time in days (`metastasisDefaults.detectionTime`, fitted)
 * @param sigma - σ_D > 0, spread of ln T_D between patients (dimensionless)
 * @returns probability in [0, 1]; NaN outside the domain or for NaN input
 * @remarks Freedom from metastasis of a cohort is FFM(t) = 1 − E[p]·P(T_D ≤ t) (docs/metastasis-model.md,
 *   calibrated to the 5/10/15-year FFM of Zagars et al. Cancer 2003;97:2530, outcome-evidence A1/D8).
 *   Inverse: {@link metastasisDetectionDays}.
 */
export function metastasisDetectionProbability(days: number, medianDays: number, sigma: number): number {
  if (!(medianDays > 0 && sigma > 0) || days !== days) return Number.NaN;
  if (days <= 0) return 0;
  return normalCdf(portableLog(days / medianDays) / sigma);
}

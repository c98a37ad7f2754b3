import { normalQuantile } from './normalQuantile.js';
import { portableExp } from './portable/portableExp.js';
/**
 * Days from the detection of metastasis to death from sarcoma, the lognormal quantile at the patient's uniform:
 * t = μ_S·e^{σ_S Φ⁻¹(u)}.
 * @param uniform - u in [0, 1], the patient's death uniform (u is the probability of dying by t)
 * @param medianDays - μ_S > 0, median survival after metastasis in days (`metastasisDefaults.survivalAfterMetastasis`)
 * @param sigma - σ_S > 0, spread of ln T_S (dimensionless)
 * @returns t in days (0 at u = 0, +∞ at u = 1); NaN outside the domain or for NaN input
 * @remarks Inverse of 1 − e^{{@link postMetastasisLogSurvival}}. Italiano et al. Cancer 2011 (outcome-evidence D9).
 */
export function postMetastasisDeathDays(uniform: number, medianDays: number, sigma: number): number {
  if (!(uniform >= 0 && uniform <= 1 && medianDays > 0 && sigma > 0)) return Number.NaN;
  return medianDays * portableExp(sigma * normalQuantile(uniform));
}

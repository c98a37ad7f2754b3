import { portableLog } from './portable/portableLog.js';
/**
 * Radiosensitivity α implied by the radiosensitivity index, α = −ln(RSI)/2 − 2β: RSI is read as the surviving
 * fraction after 2 Gy, SF2 = exp(−2α − 4β).
 * @param rsi - radiosensitivity index in (0, 1]
 * @param beta - β, 1/Gy² (finite, ≥ 0); default 0.05 as in Scott et al.
 * @returns α in 1/Gy; NOT clamped: negative when RSI > e^{−4β} (≈ 0.819 at β = 0.05), outside the LQ domain, so a
 *   caller sampling RSI decides what to do there; NaN for NaN or out-of-domain input
 * @remarks Scott JG, Berglund A, Schell MJ, et al. "A genome-based model for adjusting radiotherapy dose
 *   (GARD): a retrospective, cohort-based study". Lancet Oncol 2017;18:202–211. Check: RSI 0.31 → α = 0.4856 Gy⁻¹.
 *   docs/models.md, "Biomarker-guided radiosensitivity".
 */
export function alphaFromRsi(rsi: number, beta = 0.05): number {
  if (!(rsi > 0 && rsi <= 1 && beta >= 0 && beta < Infinity)) return Number.NaN;
  return -portableLog(rsi) / 2 - 2 * beta;
}

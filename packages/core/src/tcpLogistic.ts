import { portablePow } from './portable/portablePow.js';
/**
 * Logistic dose–response for tumour control, TCP(D) = 1/(1 + (D₅₀/D)^{4γ₅₀}).
 * @param dose - D, Gy (≥ 0; usually a total dose, EQD2, BED or gEUD, in the same currency as D₅₀)
 * @param d50 - D₅₀, the dose for 50% control, Gy (> 0)
 * @param gamma50 - γ₅₀, the normalised slope D·dTCP/dD at D₅₀ (> 0)
 * @returns TCP in [0, 1]: 0 at D = 0, ½ at D = D₅₀, 1 as D → ∞; NaN outside the domain and for NaN input
 * @remarks The 4γ₅₀ exponent makes γ₅₀ the normalised gradient at D₅₀ (Brahme A. Acta Radiol Oncol
 *   1984;23:379); the form used by Niemierko's EUD model and by the HyTEC reports. docs/models.md,
 *   "Tumour control probability".
 */
export function tcpLogistic(dose: number, d50: number, gamma50: number): number {
  if (!(dose >= 0 && d50 > 0 && d50 < Infinity && gamma50 > 0 && gamma50 < Infinity)) return Number.NaN;
  return 1 / (1 + portablePow(d50 / dose, 4 * gamma50)); // D = 0 gives (D₅₀/0)^… = ∞, so TCP = 0
}

import { tcpLogistic } from './tcpLogistic.js';
/**
 * Logistic dose–response for a normal-tissue complication, NTCP(D) = 1/(1 + (D₅₀/D)^{4γ₅₀}).
 * @param eqd2Gy - D, the organ's dose in the currency of D₅₀, Gy (≥ 0): here EQD2 at the tissue's α/β (3 Gy for
 *   late fibrosis, oedema and joint stiffness, `toxicityDefaults.late`)
 * @param d50Gy - D₅₀, the dose for 50% complication, Gy (> 0, finite)
 * @param gamma50 - γ₅₀, the normalised slope D·dNTCP/dD at D₅₀ (> 0, finite)
 * @returns NTCP in [0, 1]: 0 at D = 0, ½ at D = D₅₀, non-decreasing in D; NaN outside the domain and for NaN input
 * @remarks The same function as {@link tcpLogistic} (Brahme A. Acta Radiol Oncol 1984;23:379; Niemierko's
 *   logistic EUD model), named for its use on normal tissue; it is ln-odds linear in ln D with slope 4γ₅₀.
 *   docs/toxicity-model.md, "Late effects".
 */
export function ntcpLogistic(eqd2Gy: number, d50Gy: number, gamma50: number): number {
  return tcpLogistic(eqd2Gy, d50Gy, gamma50);
}

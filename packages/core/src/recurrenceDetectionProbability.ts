import { normalCdf } from './normalCdf.js';
import { portableLog } from './portable/portableLog.js';
/**
 * Probability that a local failure is detected by time t, when its D doublings each take the patient's
 * doubling time T_d and ln T_d ~ Normal(ln T_d,50, σ) between patients:
 * P(t) = Φ((ln(t/D) − ln T_d,50)/σ); 1 for D = 0 (already detectable) at t ≥ 0.
 * @param days - t, days after the end of treatment (≥ 0)
 * @param doublings - D ≥ 0, from {@link doublingsToDetection}
 * @param medianDoublingTime - T_d,50, days (> 0), calibrated (`localControlDefaults.regrowthDoublingTime`)
 * @param sigma - σ, SD of ln T_d between patients (> 0), calibrated
 * @returns P in [0, 1], non-decreasing in t; NaN outside the domain or for NaN input
 * @remarks The regrowth-time model of docs/local-control-model.md: a lognormal spread of regrowth rates makes the
 *   late tail (local control 83/80/79% at 5/10/15 y, Zagars et al. Cancer 2003;97:2530). In the engine the same
 *   law is a per-patient draw t = D·T_d,50·e^{σz}, z ~ N(0, 1).
 */
export function recurrenceDetectionProbability(days: number, doublings: number, medianDoublingTime: number, sigma: number): number {
  if (!(days >= 0 && doublings >= 0 && medianDoublingTime > 0 && sigma > 0)) return Number.NaN;
  if (doublings === 0) return 1;
  if (days === 0) return 0;
  return normalCdf((portableLog(days / doublings) - portableLog(medianDoublingTime)) / sigma);
}

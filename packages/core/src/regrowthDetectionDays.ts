import { portableExp } from './portable/portableExp.js';
/**
 * One patient's time from the end of treatment to the detection of a local failure: t = D·T_d,50·e^{σz}, the
 * patient's doubling time T_d = T_d,50·e^{σz} (lognormal between patients) times the D doublings needed.
 * @param doublings - D ≥ 0, from {@link doublingsToDetection}
 * @param medianDoublingTime - T_d,50, days (> 0; `localControlDefaults.regrowthDoublingTime`)
 * @param sigma - σ ≥ 0, SD of ln T_d between patients
 * @param normalDeviate - z, the patient's standard normal deviate (the engine's Φ⁻¹ of a regrowth uniform)
 * @returns t in days (≥ 0; 0 when D = 0); NaN outside the domain or for NaN input
 * @remarks The inverse of {@link recurrenceDetectionProbability}: P(t(z)) = Φ(z), so drawing z per patient gives
 *   the distribution the calibration fitted (docs/local-control-model.md, "Engine wiring").
 */
export function regrowthDetectionDays(doublings: number, medianDoublingTime: number, sigma: number, normalDeviate: number): number {
  if (!(doublings >= 0 && medianDoublingTime > 0 && sigma >= 0) || normalDeviate !== normalDeviate) return Number.NaN;
  if (doublings === 0) return 0;
  return doublings * medianDoublingTime * portableExp(sigma * normalDeviate);
}

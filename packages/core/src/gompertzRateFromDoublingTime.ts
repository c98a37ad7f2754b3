import { portableLog } from './portable/portableLog.js';

/**
 * Gompertz rate from a volume doubling time measured at a reference diameter: β = ln 2 / (3 T_d ln(D_∞/d_ref)).
 * @param doublingTimeDays - T_d, volume doubling time at the reference diameter, days (> 0)
 * @param referenceDiameterCm - d_ref, the diameter at which T_d holds, cm (0 < d_ref < D_∞)
 * @param plateauDiameterCm - D_∞, the plateau diameter the growth approaches, cm
 * @returns β in 1/day (> 0); NaN outside the domain or for NaN input
 * @remarks Gompertz growth, d ln V/dt = 3β ln(D_∞/d), has the specific volume growth rate ln 2/T_d at d = d_ref
 *   exactly when β has this value (Laird, Br J Cancer 1964;18:490; Norton, Cancer Res 1988;48:7067). The rate,
 *   not the doubling time, is the patient's constant: the doubling time lengthens as the tumour grows.
 */
export function gompertzRateFromDoublingTime(doublingTimeDays: number, referenceDiameterCm: number, plateauDiameterCm: number): number {
  if (!(doublingTimeDays > 0 && referenceDiameterCm > 0 && plateauDiameterCm > referenceDiameterCm && plateauDiameterCm < Number.POSITIVE_INFINITY)) return Number.NaN;
  return Math.LN2 / (3 * doublingTimeDays * portableLog(plateauDiameterCm / referenceDiameterCm));
}

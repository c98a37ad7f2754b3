import type { CellParameters } from './cellParameters.js';
import type { DoseVolumeBin } from './doseVolumeBin.js';
import { logSurvival } from './logSurvival.js';
import { portableExp } from './portable/portableExp.js';
import { portableLog } from './portable/portableLog.js';
import type { Schedule } from './schedule.js';
import type { SurvivalModel } from './survivalModel.js';
import { totalDose } from './totalDose.js';

/**
 * Log surviving fraction of clonogens spread uniformly over a target with an inhomogeneous dose,
 * ln S = ln(Σ_k v_k S_k / Σ_k v_k), where bin k receives the course with every fraction's dose scaled by D_k/D
 * (D the course's total dose, so bin k's total is D_k, in the course's fractions and on its days) and S_k is
 * {@link logSurvival} of that course. This is how the cohort engine reads a target DVH; with TCP = exp(−N₀·S)
 * it is {@link tcpDvh} for ρ = N₀/V, extended to every survival model, hypoxia and repair.
 * @param bins - differential DVH: total dose D_k in Gy and volume v_k (any unit, normalised here) per bin
 * @param s - the course (doses Gy, days): its fractionation and timing; its total dose D must be > 0
 * @param cell - α (1/Gy), β (1/Gy²) and the rest of {@link CellParameters}
 * @param model - survival curve, default LQ
 * @returns ln S ≤ 0; NaN for NaN or out-of-domain input (no volume, a negative or infinite dose or volume, a course
 *   with no dose, and whatever {@link logSurvival} refuses)
 * @remarks Summed in log space (log-sum-exp over the bins), so 54 Gy in 3 fractions does not underflow. Webb S,
 *   Nahum AE. Phys Med Biol 1993;38:653 (inhomogeneous dose).
 */
export function dvhLogSurvival(bins: readonly DoseVolumeBin[], s: Schedule, cell: CellParameters, model: SurvivalModel = { model: 'lq' }): number {
  const course = totalDose(s);
  if (!(course > 0)) return Number.NaN;
  const terms: number[] = [];
  let totalVolume = 0;
  let largest = -Infinity;
  for (const { dose, volume } of bins) {
    if (!(dose >= 0 && dose < Infinity && volume >= 0 && volume < Infinity)) return Number.NaN;
    if (volume === 0) continue;
    totalVolume += volume;
    const scale = dose / course;
    const term = portableLog(volume) + logSurvival(s.map((fraction) => ({ ...fraction, dose: fraction.dose * scale })), cell, model);
    if (Number.isNaN(term)) return Number.NaN;
    terms.push(term);
    if (term > largest) largest = term;
  }
  if (!(totalVolume > 0)) return Number.NaN;
  if (largest === -Infinity) return -Infinity;
  let scaled = 0;
  for (const term of terms) scaled += portableExp(term - largest);
  return Math.min(0, largest + portableLog(scaled) - portableLog(totalVolume));
}

import { portableLog2 } from './portable/portableLog2.js';

/**
 * Days from symptom onset to presentation when the patient goes to a doctor once the tumour has grown from the
 * onset diameter to a per-patient symptomatic diameter: T_p = 3 T_d log₂(D_s/D_o) (exponential growth).
 * @param onsetDiameterCm - D_o, diameter when the patient first notices the tumour, cm (> 0)
 * @param symptomaticDiameterCm - D_s, diameter at which the patient presents, cm (> 0)
 * @param doublingTimeDays - T_d, volume doubling time, days (> 0)
 * @returns T_p in days (≥ 0; 0 when D_s ≤ D_o: the patient presents at once); NaN outside the domain or for NaN input
 * @remarks Presentation driven by size makes the patient interval proportional to the doubling time: a fast
 *   tumour reaches the size that sends its patient to a doctor sooner (length-biased sampling). With T_d and
 *   log₂(D_s/D_o) varying between patients (the spread of the latter calibrated to it) it reproduces G6's absent
 *   correlation of symptom duration with size at diagnosis (docs/pathway-model.md, "Presentation"), while a longer
 *   interval still grows every tumour.
 */
export function presentationDays(onsetDiameterCm: number, symptomaticDiameterCm: number, doublingTimeDays: number): number {
  if (!(onsetDiameterCm > 0 && symptomaticDiameterCm > 0 && doublingTimeDays > 0) || onsetDiameterCm === Number.POSITIVE_INFINITY) return Number.NaN;
  if (symptomaticDiameterCm <= onsetDiameterCm) return 0;
  return 3 * doublingTimeDays * portableLog2(symptomaticDiameterCm / onsetDiameterCm);
}

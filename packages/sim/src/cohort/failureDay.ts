import { portableLog2 } from '@rtsim/core';
/**
 * Day a local failure is detected (models.md, "Local failure time"), counted from the first treatment event:
 * day = T + T_d,post · log₂(N_detect / K), at least T + first visit, where K ≥ 1 are the clonogens left in a
 * patient whose control draw failed (the engine takes K = Poisson⁻¹(U; N_left), so K is zero-truncated Poisson).
 * @param clonogens - K ≥ 1
 * @param treatmentEnd - T, days from the first treatment event to the last
 * @param postTreatmentDoublingTime - T_d,post, days (> 0; Infinity: never detected)
 * @param detectionClonogens - N_detect (> 0)
 * @param firstVisitDays - days after T of the first follow-up visit (≥ 0)
 * @returns the detection day (Infinity when the recurrence never grows); NaN for NaN input
 */
export function failureDay(
  clonogens: number,
  treatmentEnd: number,
  postTreatmentDoublingTime: number,
  detectionClonogens: number,
  firstVisitDays: number,
): number {
  const firstVisit = treatmentEnd + firstVisitDays;
  // A recurrence already at N_detect is found at the first visit: no logarithm needed (common when N_left is
  // huge), and T_d,post = ∞ with zero doublings never forms ∞·0 = NaN.
  if (clonogens >= detectionClonogens) return firstVisit;
  // K = 1 is the commonest failure when N_left is small; log₂ of the ratio is then log₂ N_detect.
  const day = treatmentEnd + postTreatmentDoublingTime * portableLog2(clonogens === 1 ? detectionClonogens : detectionClonogens / clonogens);
  return day > firstVisit ? day : firstVisit;
}

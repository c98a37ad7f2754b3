/**
 * Probability that the definitive margin after an unplanned excision is positive (R1): tumour is left behind, and
 * the re-excision does not clear it, P = r (1 − c).
 * @param residualProbability - r, probability of residual tumour in the re-excision specimen (in [0, 1];
 *   `pathwayDefaults.residualTumour`, calibrated to G12)
 * @param reexcisionClearance - c, probability that the re-excision clears a residual tumour (in [0, 1];
 *   `pathwayDefaults.reexcisionClearance`, G15)
 * @returns P in [0, r]; NaN outside the domain or for NaN input
 * @remarks The rest, 1 − P, ends with a clear (R0) margin after re-excision. Toronto's LR after a positive margin
 *   following an unplanned excision elsewhere was 31.6%, against 3.6% for a planned positive margin (B1): the
 *   local-control consequence belongs to the wiring (docs/pathway-model.md, "Unplanned excision").
 */
export function positiveMarginAfterUnplannedExcision(residualProbability: number, reexcisionClearance: number): number {
  if (!(residualProbability >= 0 && residualProbability <= 1 && reexcisionClearance >= 0 && reexcisionClearance <= 1)) return Number.NaN;
  return residualProbability * (1 - reexcisionClearance);
}

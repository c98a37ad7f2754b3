/**
 * Probability that a local recurrence seeds a new distant metastasis in a patient who had none, chosen so that
 * metastasis after a recurrence has the published odds ratio: odds(p + (1 − p)s) = OR·odds(p), so
 * s = (p_LR − p)/(1 − p) with p_LR = OR·p/(1 − p + OR·p).
 * @param metastasisProbability - p in [0, 1), the cohort's probability of metastasis without a recurrence
 * @param oddsRatio - OR ≥ 1, odds ratio of metastasis after a local recurrence (1.55 pooled, J Orthop
 *   2021;25:244-251, outcome-evidence G16)
 * @returns s in [0, 1]; NaN outside the domain or for NaN input
 * @remarks Reads the published association as causal and ignores its confounding by grade (an assumption,
 *   docs/metastasis-model.md). At OR = 1 no seeding; s rises with OR.
 */
export function recurrenceSeedingProbability(metastasisProbability: number, oddsRatio: number): number {
  const p = metastasisProbability;
  if (!(p >= 0 && p < 1 && oddsRatio >= 1 && oddsRatio < Infinity)) return Number.NaN;
  const withRecurrence = (oddsRatio * p) / (1 - p + oddsRatio * p);
  return Math.max(0, (withRecurrence - p) / (1 - p));
}

import type { RoutingPlan } from './PathwayPlan.js';

/**
 * A patient's diagnosis by inverse CDF over the true subtype's row: the true subtype when u < P(correct); then each
 * other cohort subtype in index order, P(per other subtype) each; then a diagnosis outside the cohort (class K). The
 * right diagnosis comes first, so with the same u a review (a larger P(correct)) only ever corrects diagnoses.
 * isSarcomaDiagnosis reads the same layout of u: change both together.
 * @param routing - the arm's routing plan
 * @param trueSubtype - the patient's subtype index s, 0 ≤ s < K
 * @param subtypeCount - K
 * @param u - the patient's diagnosis uniform, in (0, 1)
 * @returns the diagnosed class: a subtype index < K, or K for a diagnosis outside the cohort's subtypes
 */
export function diagnosedSubtype(routing: RoutingPlan, trueSubtype: number, subtypeCount: number, u: number): number {
  if (u < routing.correct) return trueSubtype;
  const wrong = u - routing.correct;
  const others = subtypeCount - 1;
  if (others > 0 && routing.perOtherSubtype > 0 && wrong < others * routing.perOtherSubtype) {
    const k = Math.min(Math.floor(wrong / routing.perOtherSubtype), others - 1);
    return k < trueSubtype ? k : k + 1; // the k-th subtype other than the true one
  }
  return subtypeCount;
}

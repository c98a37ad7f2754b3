import type { RoutingPlan } from './PathwayPlan.js';

/**
 * Whether a diagnosis made by diagnosedSubtype is a sarcoma, which carries a grade (G1): every cohort subtype
 * is one; outside the cohort (class K), the first `outsideSarcoma` of the outside interval of the diagnosis uniform
 * is another sarcoma subtype (a one-subtype cohort's "wrong subtype"), the rest benign or not a sarcoma. The outside
 * interval starts where diagnosedSubtype's intervals end: after P(correct) and the other cohort subtypes.
 * @param routing - the arm's routing plan
 * @param diagnosis - diagnosedSubtype's class for the same u
 * @param subtypeCount - K
 * @param u - the patient's diagnosis uniform, the one diagnosedSubtype read
 * @returns true for a sarcoma diagnosis
 */
export function isSarcomaDiagnosis(routing: RoutingPlan, diagnosis: number, subtypeCount: number, u: number): boolean {
  if (diagnosis < subtypeCount) return true;
  const outsideStart = routing.correct + (subtypeCount - 1) * routing.perOtherSubtype;
  return u < outsideStart + routing.outsideSarcoma;
}

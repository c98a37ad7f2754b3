import { expertReviewedConfusion, fixedDistributionValue, pathwayDefaults, subtypeConfusionMatrix } from '@rtsim/core';
import type { ResolvedArm, ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { RoutingPlan } from './PathwayPlan.js';

/** The true subtype's row of the confusion matrix after review: [correct, per other subtype, outside the cohort]. */
function diagnosisRow(subtypeCount: number, complete: number, subtype: number, correction: number): readonly [number, number, number] {
  if (subtypeCount === 1) {
    // No other cohort subtype: a wrong subtype is a diagnosis outside the cohort as well.
    const [row = []] = expertReviewedConfusion([[1 - complete - subtype, complete + subtype]], correction);
    return [row[0] ?? Number.NaN, 0, row[1] ?? Number.NaN];
  }
  const [row = []] = expertReviewedConfusion(subtypeConfusionMatrix(subtypeCount, complete, subtype), correction);
  return [row[0] ?? Number.NaN, row[1] ?? Number.NaN, row[subtypeCount] ?? Number.NaN];
}

/** The arm index of each target of a table, −1 for entries not listed; keys are the table's classes in order. */
function routeOf(armIds: readonly string[], classes: readonly string[], table: readonly (readonly [string, string])[], field: string, armId: string): Int32Array {
  const route = new Int32Array(classes.length).fill(-1);
  for (const [key, target] of table) {
    const c = classes.indexOf(key);
    const t = armIds.indexOf(target);
    if (c < 0 || t < 0) throw new RangeError(`${field} of arm '${armId}': unknown ${field === 'treatmentByGrade' ? 'grade' : 'subtype'} '${key}' or arm '${target}'`);
    route[c] = t;
  }
  return route;
}

/**
 * Compiles an arm's `treatmentBySubtype` and `treatmentByGrade` with its pathway's misdiagnosis and review: the route
 * of each diagnosed class (cohort subtypes, then `other`) and of each diagnosed grade, the probabilities of the true
 * subtype's row of core's subtypeConfusionMatrix after expertReviewedConfusion with ρ = review × reviewCorrection
 * (library), and the grade error (1 − ρ)·g of gradeConfusionMatrix (every row errs to an adjacent grade with total
 * probability g); no pathway or `misdiagnosis: none`: every diagnosis right.
 * @param scenario - the resolved scenario (the arm ids and subtype ids its tables name exist: the parser checks)
 * @param arm - the arm
 * @returns its routing plan, or undefined for an arm without a table
 * @throws RangeError for a table naming an unknown arm or subtype, or a library value not of its law (guards direct callers)
 */
export function compileRouting(scenario: ResolvedScenario, arm: ResolvedArm): RoutingPlan | undefined {
  const bySubtype = arm.treatmentBySubtype;
  const byGrade = arm.treatmentByGrade;
  if (bySubtype === undefined && byGrade === undefined) return undefined;
  const armIds = scenario.arms.map((a) => a.id);
  const classes = [...scenario.subtypes.map((subtype) => subtype.id), 'other'];
  const route = routeOf(armIds, classes, (bySubtype ?? []).map((entry) => [entry.diagnosis, entry.arm] as const), 'treatmentBySubtype', arm.id);
  const gradeRoute = routeOf(armIds, ['1', '2', '3'], (byGrade ?? []).map((entry) => [`${entry.grade}`, entry.arm] as const), 'treatmentByGrade', arm.id);
  const pathway = arm.pathway;
  const misdiagnosed = pathway !== undefined && pathway.misdiagnosis === 'library';
  const m = pathwayDefaults.misdiagnosis;
  const complete = misdiagnosed ? fixedDistributionValue(m.completeDiscordance.value) : 0;
  const subtype = misdiagnosed ? fixedDistributionValue(m.subtypeDiscordance.value) : 0;
  const correction = (pathway?.review ?? 0) * fixedDistributionValue(pathwayDefaults.reviewCorrection.value);
  const [correct, perOtherSubtype, outside] = diagnosisRow(scenario.subtypes.length, complete, subtype, correction);
  const gradeError = misdiagnosed ? (1 - correction) * fixedDistributionValue(m.gradeDiscordance.value) : 0;
  if (![correct, perOtherSubtype, outside, gradeError, subtype, correction].every(Number.isFinite)) throw new RangeError('pathwayDefaults: a misdiagnosis value is not of its expected law');
  // A one-subtype cohort has no other cohort subtype: "another subtype" (s) is outside it, but a sarcoma all the same.
  const outsideSarcoma = scenario.subtypes.length === 1 ? (1 - correction) * subtype : 0;
  return { route, gradeRoute, correct, perOtherSubtype, outside, outsideSarcoma, gradeError };
}

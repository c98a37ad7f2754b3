import type { PathIssue } from './schemaIssues.js';
import { isMapping } from './isMapping.js';

/** Whether a distribution as written (a number or `{ dist, … }`) can draw a value below 0; false for a shape the schema refuses anyway. */
function canDrawBelowZero(distribution: unknown): boolean {
  if (typeof distribution === 'number') return distribution < 0;
  if (!isMapping(distribution)) return false;
  const { dist, value, min } = distribution;
  if (dist === 'fixed') return typeof value === 'number' && value < 0;
  // A normal is unbounded below unless its min says otherwise; uniform and triangular reach down to their min.
  if (dist === 'normal') return !(typeof min === 'number' && min >= 0);
  if (dist === 'uniform' || dist === 'triangular') return typeof min === 'number' && min < 0;
  return false; // lognormal: positive
}

/**
 * With `background`, death from other causes is drawn from the life table at each patient's age, which must be
 * ≥ 0: an age covariate that can draw below 0 (a normal without `min`, or a `min` below 0) is refused at its path
 * instead of failing the run with invalid patients.
 * @param value - the parsed scenario file, any value
 * @returns the problem at `cohort.covariates.age`, or none
 */
export function backgroundAgeProblem(value: Record<string, unknown>): PathIssue[] {
  if (value.background === undefined || !isMapping(value.cohort) || !isMapping(value.cohort.covariates)) return [];
  const age = value.cohort.covariates.age;
  if (age === undefined || !canDrawBelowZero(age)) return [];
  return [
    {
      path: ['cohort', 'covariates', 'age'],
      message: "background draws each patient's death from the life table at its age, so ages must be ≥ 0: give the age distribution a min of 0 or more",
    },
  ];
}

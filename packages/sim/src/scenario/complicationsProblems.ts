import type { PathIssue } from './schemaIssues.js';

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What a `complications` section needs of the arms (checked on the raw file, beside the schema): an arm with an
 * operation, since every endpoint is a complication of combined surgery and radiotherapy; and no arm whose dose per
 * fraction is prescribed per patient by a GARD target, since the endpoints' EQD2 is computed once per arm.
 * @param value - the parsed scenario file, any value
 * @returns the problems at `complications` or at the offending arm's schedule
 */
export function complicationsProblems(value: Record<string, unknown>): PathIssue[] {
  if (value.complications === undefined || !Array.isArray(value.arms)) return [];
  const arms: unknown[] = value.arms;
  const issues: PathIssue[] = [];
  if (!arms.some((arm) => isMapping(arm) && isMapping(arm.surgery))) {
    issues.push({ path: ['complications'], message: 'complications are scored in arms with surgery before or after their radiotherapy, and no arm has surgery: add one, or remove complications' });
  }
  arms.forEach((arm, index) => {
    if (isMapping(arm) && isMapping(arm.schedule) && arm.schedule.gardTarget !== undefined) {
      issues.push({ path: ['arms', index, 'schedule', 'gardTarget'], message: 'complications need one dose per fraction per arm (their EQD2 is computed per arm), and a GARD target prescribes it per patient: remove complications or the gardTarget' });
    }
  });
  return issues;
}

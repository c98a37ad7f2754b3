import type { PathIssue } from './schemaIssues.js';
import { isMapping } from './isMapping.js';

/**
 * `progression` models patients who are already metastatic and whose lesions are irradiated: every arm must have
 * `target: lesions` (an arm that treats a primary tumour has no lesions to fail locally, and its patients are not
 * metastatic). Each other arm is refused at its path, naming it.
 * @param value - the parsed scenario file, any value
 * @returns the problems; none without `progression`
 */
export function progressionArmProblems(value: Record<string, unknown>): PathIssue[] {
  if (value.progression === undefined || !Array.isArray(value.arms)) return [];
  const issues: PathIssue[] = [];
  (value.arms as unknown[]).forEach((arm, index) => {
    if (!isMapping(arm) || arm.target === 'lesions') return;
    const id = typeof arm.id === 'string' ? `arm '${arm.id}'` : `arm ${index + 1}`;
    issues.push({ path: ['arms', index], message: `progression models metastatic patients after SBRT of their lesions: ${id} does not treat lesions (give it target: lesions, or remove progression)` });
  });
  return issues;
}

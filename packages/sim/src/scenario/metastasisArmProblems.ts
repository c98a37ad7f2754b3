import { scenarioMarkers } from './scenarioMarkers.js';
import type { PathIssue } from './schemaIssues.js';
import { isMapping } from './isMapping.js';

const hasItems = (value: unknown): boolean => Array.isArray(value) && value.length > 0;

/**
 * With `metastasis` or `background`, the engine evaluates every patient on its local-control path, which draws the
 * covariates (grade, size, depth, presentation, age) that the probability of metastasis and the life table read, for
 * arms on the classic clonogen model too. That path treats the patient's tumour: an arm with `target: lesions`
 * (already metastatic patients) is refused with `metastasis`. It does not yet carry the per-patient extras of the
 * classic path, so biomarkers, GARD bands, an arm's modifiers or GARD prescription, and a target DVH that is a
 * folder of plans (picked per patient) are refused on an arm without `localControl` too, each at its path (with
 * `background` alone only when no arm uses the local-control model: such scenarios ran before and keep their checks).
 * @param value - the parsed scenario file, any value
 * @returns the problems; none without `metastasis` and `background`
 */
export function metastasisArmProblems(value: Record<string, unknown>): PathIssue[] {
  const metastasis = value.metastasis !== undefined;
  if ((!metastasis && value.background === undefined) || !Array.isArray(value.arms)) return [];
  const arms: unknown[] = value.arms;
  // `background` with an arm on the local-control model took this path before metastasis did: it keeps its checks.
  const onPathAlready = !metastasis && arms.some((arm) => isMapping(arm) && arm.localControl !== undefined);
  const section = metastasis ? 'metastasis' : 'background';
  const notYet = (verb: 'is' | 'are'): string => `${verb} not supported with ${section} yet`;
  const issues: PathIssue[] = [];
  const markers = onPathAlready ? [] : scenarioMarkers(value);
  if (markers.length > 0) issues.push({ path: [section], message: `biomarkers (${markers.join(', ')}) ${notYet('are')}; remove them or ${section}` });
  if (!onPathAlready && value.gardBands !== undefined) issues.push({ path: ['gardBands'], message: `GARD bands ${notYet('are')}; remove them or ${section}` });
  arms.forEach((arm, index) => {
    if (!isMapping(arm)) return;
    const id = typeof arm.id === 'string' ? `arm '${arm.id}'` : `arm ${index + 1}`;
    if (metastasis && arm.target === 'lesions') {
      issues.push({ path: ['arms', index, 'target'], message: `metastasis models patients non-metastatic at diagnosis: ${id} treats lesions (metastatic patients); remove metastasis or the arm (for metastatic patients use progression)` });
    }
    // Arms on the local-control model refuse these themselves (localControlArmProblems, armProblems).
    if (onPathAlready || arm.localControl !== undefined) return;
    if (hasItems(arm.modifiers)) issues.push({ path: ['arms', index, 'modifiers'], message: `modifiers ${notYet('are')} (${id}); remove them or ${section}` });
    if (isMapping(arm.schedule) && arm.schedule.gardTarget !== undefined) {
      issues.push({ path: ['arms', index, 'schedule'], message: `a GARD prescription ${notYet('is')} (${id}); give a fixed course or remove ${section}` });
    }
    if (isMapping(arm.dvh) && arm.dvh.folder !== undefined) {
      issues.push({ path: ['arms', index, 'dvh'], message: `a folder of target plans ${notYet('is')} (${id}); give one plan (file) or remove ${section}` });
    }
  });
  return issues;
}

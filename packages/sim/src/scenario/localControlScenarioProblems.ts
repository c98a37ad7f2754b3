import { isMapping } from './isMapping.js';
import { scenarioMarkers } from './scenarioMarkers.js';
import type { PathIssue } from './schemaIssues.js';

/**
 * With an arm on the residual-disease local-control model, the run compiles no per-patient extras for the whole
 * scenario (compilePlan refuses the combination): biomarkers, GARD bands, a GARD prescription or a modifier's log kill
 * on any arm, the classic ones included. An arm on the model refuses these for itself (localControlArmProblems); this
 * refuses them on the other arms and at the scenario level, each at its path, so that `rtsim validate` says what
 * `rtsim run` would otherwise stop on without one. A modifier without a log kill (a dose-modifying factor) is allowed.
 * @param value - the parsed scenario file, any value
 * @returns the problems; none when no arm uses the model
 */
export function localControlScenarioProblems(value: Record<string, unknown>): PathIssue[] {
  // With metastasis every arm takes the local-control path, and metastasisArmProblems refuses these already.
  if (value.metastasis !== undefined) return [];
  const arms: unknown[] = Array.isArray(value.arms) ? value.arms : [];
  const modelArm = arms.findIndex((arm) => isMapping(arm) && arm.localControl !== undefined);
  if (modelArm < 0) return [];
  const model = arms[modelArm] as Record<string, unknown>;
  const because = `arm '${typeof model.id === 'string' ? model.id : modelArm + 1}' uses localControl: residual-disease, which does not combine with them yet`;
  const issues: PathIssue[] = [];
  const markers = scenarioMarkers(value);
  if (markers.length > 0) issues.push({ path: ['cohort'], message: `biomarkers (${markers.join(', ')}) are not supported in this scenario: ${because}` });
  if (Array.isArray(value.gardBands) && value.gardBands.length > 0) issues.push({ path: ['gardBands'], message: `GARD bands are not supported in this scenario: ${because}` });
  arms.forEach((arm, index) => {
    // The model's own arms refuse these at their own paths (localControlArmProblems).
    if (!isMapping(arm) || arm.localControl !== undefined) return;
    if (isMapping(arm.schedule) && arm.schedule.gardTarget !== undefined) {
      issues.push({ path: ['arms', index, 'schedule'], message: `a GARD prescription is not supported in this scenario: ${because}` });
    }
    const modifiers: unknown[] = Array.isArray(arm.modifiers) ? arm.modifiers : [];
    modifiers.forEach((modifier, m) => {
      if (isMapping(modifier) && typeof modifier.logKill === 'number' && modifier.logKill > 0) {
        issues.push({ path: ['arms', index, 'modifiers', m, 'logKill'], message: `a modifier's log kill is not supported in this scenario: ${because}` });
      }
    });
  });
  return issues;
}

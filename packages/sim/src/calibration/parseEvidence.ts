import type { ScenarioText } from '../scenario/readScenarioText.js';
import type { ScenarioIssue } from '../scenario/ScenarioIssue.js';
import type { EvidenceSetup } from './EvidenceSetup.js';
import { placedIssues } from './placedIssues.js';
import type { EvidenceOptions } from './validateEvidence.js';
import { validateEvidence } from './validateEvidence.js';

/**
 * Validates a local-control evidence file already read by readScenarioText and places every problem at its line
 * and column (placedIssues: in file order; parameters from `--fit` name their item), as validateCalibrationText
 * does for DATA files.
 * @param read - the file as read (ok)
 * @param options - patients per part, extra parameters
 * @returns `{ ok: true, setup }` or `{ ok: false, issues }`
 */
export function parseEvidence(read: Extract<ScenarioText, { ok: true }>, options: EvidenceOptions = {}): { readonly ok: true; readonly setup: EvidenceSetup } | { readonly ok: false; readonly issues: readonly ScenarioIssue[] } {
  const validation = validateEvidence(read.value, options);
  return validation.ok ? validation : { ok: false, issues: placedIssues(read, validation.issues) };
}

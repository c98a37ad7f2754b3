import { formatIssuePath } from '../scenario/formatIssuePath.js';
import type { ScenarioText } from '../scenario/readScenarioText.js';
import type { ScenarioIssue } from '../scenario/ScenarioIssue.js';
import { sourcePosition } from '../scenario/sourcePosition.js';
import type { EvidenceSetup } from './EvidenceSetup.js';
import type { EvidenceOptions } from './validateEvidence.js';
import { validateEvidence } from './validateEvidence.js';

/**
 * Validates a local-control evidence file already read by readScenarioText and places every problem at its line
 * and column (in file order), as parseCalibration does for DATA files.
 * @param read - the file as read (ok)
 * @param options - patients per part, extra parameters
 * @returns `{ ok: true, setup }` or `{ ok: false, issues }`
 */
export function parseEvidence(read: Extract<ScenarioText, { ok: true }>, options: EvidenceOptions = {}): { readonly ok: true; readonly setup: EvidenceSetup } | { readonly ok: false; readonly issues: readonly ScenarioIssue[] } {
  const validation = validateEvidence(read.value, options);
  if (validation.ok) return validation;
  const placed = validation.issues.map((issue, index) => {
    // Parameters from the command line have no place in the file: name the option and the item instead.
    const fromOption = issue.path[0] === '--fit';
    const position = read.document === undefined || fromOption ? undefined : sourcePosition(read.document, read.lineCounter, issue.path, issue.atKey === true);
    const path = fromOption ? `--fit item ${Number(issue.path[1]) + 1}${issue.path.length > 2 ? ` (${issue.path.slice(2).join('.')})` : ''}` : formatIssuePath(issue.path);
    const placedIssue: ScenarioIssue = position === undefined ? { path, message: issue.message } : { path, message: issue.message, line: position.line, column: position.column };
    return { issue: placedIssue, index };
  });
  placed.sort((a, b) => (a.issue.line ?? 0) - (b.issue.line ?? 0) || (a.issue.column ?? 0) - (b.issue.column ?? 0) || a.index - b.index);
  return { ok: false, issues: placed.map(({ issue }) => issue) };
}

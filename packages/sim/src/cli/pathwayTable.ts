import type { TrialResults } from '../cohort/TrialResults.js';
import { pathwayHeads, pathwayRows } from '../report/pathwayRows.js';
import { terminalText } from './terminalText.js';
import { textTable } from './textTable.js';

/**
 * The pathway table of a scenario with a diagnostic pathway (pathwayRows): per arm with one, its referral, days to
 * treatment, share beyond 6 weeks from diagnosis, diameter at treatment and unplanned excisions.
 * @param results - the results of a run
 * @returns the text, ending with a newline; empty when no arm has a pathway
 */
export function pathwayTable(results: TrialResults): string {
  const rows = pathwayRows(results).map(([id = '', ...cells]) => [terminalText(id), ...cells]);
  if (rows.length === 0) return '';
  return textTable([...pathwayHeads], rows, ['l', 'l', 'r', 'r', 'r', 'r', 'r']);
}

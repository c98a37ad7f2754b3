import type { ArmComparison } from '../cohort/TrialResults.js';
import { htmlCell } from './htmlCell.js';
import { htmlTable } from './htmlTable.js';
import type { PairedEndpoint } from './pairedDifferenceRows.js';
import { pairedDifferenceRows } from './pairedDifferenceRows.js';

/**
 * The report's table of paired differences at the follow-up times (pairedDifferenceRows) for the given endpoints.
 * @param comparisons - results.comparisons
 * @param times - the scenario's `followUp.at`
 * @param labels - the endpoints to show
 * @param caption - the table's caption (what the difference is), or a function of the endpoints the table shows giving
 *   it (so that it defines only those)
 * @returns the HTML table, or '' when no pair carries one
 */
export function pairedDifferenceHtml(comparisons: readonly ArmComparison[], times: readonly number[], labels: readonly PairedEndpoint[], caption: string | ((shown: readonly PairedEndpoint[]) => string)): string {
  const paired = pairedDifferenceRows(comparisons, times, labels);
  if (paired === undefined) return '';
  const rows = paired.rows.map((cells) => `<tr>${cells.map((text, i) => htmlCell(text, i === 0 ? 'text' : undefined)).join('')}</tr>`);
  return htmlTable(typeof caption === 'string' ? caption : caption(paired.shown), ['Comparison', ...paired.heads], rows);
}

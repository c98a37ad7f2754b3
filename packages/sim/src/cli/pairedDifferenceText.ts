import type { ArmComparison } from '../cohort/TrialResults.js';
import type { PairedEndpoint } from '../report/pairedDifferenceRows.js';
import { pairedDifferenceRows } from '../report/pairedDifferenceRows.js';
import { terminalText } from './terminalText.js';
import { textTable } from './textTable.js';

/**
 * The terminal's table of paired differences at the follow-up times (pairedDifferenceRows) for the given endpoints,
 * with a note under it.
 * @param comparisons - results.comparisons
 * @param times - the scenario's `followUp.at`
 * @param labels - the endpoints to show
 * @param note - one line saying what the difference is (without its newline), or a function of the endpoints the
 *   table shows giving it (so that it defines only those)
 * @returns the text, starting with a blank line; '' when no pair carries one
 */
export function pairedDifferenceText(comparisons: readonly ArmComparison[], times: readonly number[], labels: readonly PairedEndpoint[], note: string | ((shown: readonly PairedEndpoint[]) => string)): string {
  const paired = pairedDifferenceRows(comparisons, times, labels);
  if (paired === undefined) return '';
  const table = textTable(['comparison', ...paired.heads], paired.rows.map((cells) => cells.map(terminalText)), ['l', ...paired.heads.map((): 'r' => 'r')]);
  return `\n${table}${typeof note === 'string' ? note : note(paired.shown)}\n`;
}

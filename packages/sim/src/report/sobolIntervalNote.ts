import { minimumBootstrapResamples } from '../sensitivity/minimumBootstrapResamples.js';
import type { SensitivityResults } from '../sensitivity/SensitivityResults.js';

/**
 * Why the 95 % intervals of the Sobol indices are missing (`—` in the tables, null in sensitivity.json) while the
 * indices are not: the bootstrap had fewer resamples than a percentile interval needs for ends that are not the
 * extreme resamples (minimumBootstrapResamples, 41). Shared by the terminal table, the report and the viewer; the
 * note goes with the table, not to stderr. When the output did not vary, sobolUndefinedNote says why instead.
 * @param results - the sensitivity results
 * @returns one sentence without a newline, or '' when the intervals are there (or the indices are undefined)
 */
export function sobolIntervalNote(results: SensitivityResults): string {
  const needed = minimumBootstrapResamples();
  if (!(results.sobol.variance > 0) || results.sobol.resamples >= needed) return '';
  return (
    `95 % intervals not shown (—): ${results.sobol.resamples} bootstrap resample${results.sobol.resamples === 1 ? '' : 's'} ` +
    `cannot give them; a percentile interval needs at least ${needed}, so that its ends are not the extreme resamples (--resamples, default 1000).`
  );
}

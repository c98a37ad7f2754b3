import type { SensitivityResults } from '../sensitivity/SensitivityResults.js';

/**
 * Why the Sobol indices are missing (`—` in the tables, null in sensitivity.json), when they are: the output did not
 * vary over the design (its variance is 0, as when two identical arms are compared, or the measure is 0 or 1 at
 * every evaluation), so there is no variance for S and S_T to split. Shared by the terminal table and the report.
 * @param results - the sensitivity results
 * @returns one sentence without a newline, or '' when the variance is positive
 */
export function sobolUndefinedNote(results: SensitivityResults): string {
  if (results.sobol.variance > 0) return '';
  return (
    `The output was the same at all ${results.evaluations} evaluations (variance 0), so there is no variance to split: ` +
    'S and S_T are not defined (—). Do the compared arms differ, and do the parameters reach this output?'
  );
}

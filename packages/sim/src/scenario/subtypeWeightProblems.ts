import type { PathIssue } from './schemaIssues.js';
import { isMapping } from './isMapping.js';

/**
 * Subtype weights are normalised by their sum (resolveScenario), so the sum must be a finite number: two weights of
 * 1e308 sum to Infinity, every share became 1e308/Infinity = 0 and the whole cohort fell to one subtype. Refused at
 * the weight from which the running sum overflows; normalising by the largest weight first would avoid the overflow
 * but change the rounding of every ordinary file's shares.
 * @param subtypes - `cohort.subtypes` as written (weights that are not positive finite numbers are the schema's to report)
 * @returns the problem at `cohort.subtypes[i].weight`, or none
 */
export function subtypeWeightProblems(subtypes: readonly unknown[]): PathIssue[] {
  let sum = 0;
  for (const [index, subtype] of subtypes.entries()) {
    if (!isMapping(subtype)) continue;
    const weight = subtype.weight ?? 1;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || !(weight > 0)) continue;
    sum += weight;
    if (!Number.isFinite(sum)) {
      return [
        {
          path: ['cohort', 'subtypes', index, 'weight'],
          message:
            `with this weight (${weight}) the subtype weights sum past the largest number (${Number.MAX_VALUE}), and normalising ` +
            'them by their sum would give every subtype a share of 0: weights are relative, so give smaller ones (1 and 3 for shares of 25% and 75%)',
        },
      ];
    }
  }
  return [];
}

import type { TrialResults } from '../cohort/TrialResults.js';
import { comparisonTable } from './comparisonTable.js';
import { uncertaintyTable } from './uncertaintyTable.js';

/**
 * The tables `rtsim run` and `rtsim merge` print: the comparison table, and for a two-level run the uncertainty
 * tables after it.
 * @param results - the results of a run
 * @returns the text
 */
export function resultsTables(results: TrialResults): string {
  return results.uncertainty === undefined ? comparisonTable(results) : `${comparisonTable(results)}\n${uncertaintyTable(results)}`;
}

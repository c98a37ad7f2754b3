import type { StratumDimension } from '../cohort/LocalControlPlan.js';
import type { TrialResults } from '../cohort/TrialResults.js';
import { comparisonTable } from './comparisonTable.js';
import { uncertaintyTable } from './uncertaintyTable.js';

/**
 * The tables `rtsim run` and `rtsim merge` print: the comparison table, and for a two-level run the uncertainty
 * tables after it.
 * @param results - the results of a run
 * @param by - the strata dimensions of the table by stratum (`--by`; default grade and margin class)
 * @returns the text
 */
export function resultsTables(results: TrialResults, by?: readonly StratumDimension[]): string {
  return results.uncertainty === undefined ? comparisonTable(results, by) : `${comparisonTable(results, by)}\n${uncertaintyTable(results)}`;
}

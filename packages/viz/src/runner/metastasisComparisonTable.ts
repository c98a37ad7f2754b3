import { metastasisComparisonCells, metastasisComparisonHeads } from '@rtsim/sim';
import type { TrialResults } from '@rtsim/sim';
import { formatNumber } from '../charts/formatNumber.js';
import { dataTable } from '../ui/dataTable.js';
import { metastasisCopy } from './metastasisCopy.js';

/**
 * The compared pairs of a run with `metastasis` on DMFS, DSS and OS, as the terminal and the report give them (sim's
 * metastasisComparisonCells: Cox hazard ratio with its 95% interval, log-rank p, patients per arm of a real trial).
 * @param results - the results of a run
 * @returns the table, or undefined without metastasis or without a compared pair that carries it
 */
export function metastasisComparisonTable(results: TrialResults): HTMLElement | undefined {
  if (results.metastasis === undefined) return undefined;
  const pairs = results.comparisons.filter((pair) => pair.competingEvents?.distantMetastasisFreeSurvival !== undefined);
  const first = pairs[0]?.competingEvents;
  if (first === undefined) return undefined;
  const rows = pairs.map((pair) => [`${pair.a} vs ${pair.b}`, ...metastasisComparisonCells(pair)]);
  return dataTable(metastasisCopy.comparisonCaption(formatNumber(first.restrictedMeanYears, 2)), [metastasisCopy.comparison, ...metastasisComparisonHeads], rows, 'metastasis-comparison');
}

import type { NumberNeededStyle, TrialResults } from '@rtsim/sim';
import { numberNeededCells, numberNeededExplanation } from '@rtsim/sim';
import { formatTableNumber } from '../charts/formatTableNumber.js';
import { dataTable as table } from '../ui/dataTable.js';

/** The viewer's numbers needed: one decimal (formatTableNumber), intervals in words: `NNTB 8.1 (7.6 to 8.6)`. */
const neededStyle: NumberNeededStyle = {
  number: (patients) => formatTableNumber(patients, 1),
  ends: (lower, upper) => `${lower} to ${upper}`,
  bracket: (interval) => `(${interval})`,
};

/** A difference of proportions in percentage points with its interval: `−4.1 (−4.4 to −3.9)`, `4.0 (2.3 to 5.7)`. */
const pointsText = (value: number, ci95: readonly [number, number]): string =>
  `${formatTableNumber(value * 100, 1)} (${formatTableNumber(ci95[0] * 100, 1)} to ${formatTableNumber(ci95[1] * 100, 1)})`;

/**
 * The therapeutic ratio of each compared pair of arms with complications (docs/models.md, "Therapeutic ratio between
 * arms"), as a table: the difference in control rate (controlled to the horizon, `Δ control rate`) in points, the
 * number needed to treat for control and for each endpoint as NNTB or NNTH (sim's numberNeededCells, Altman's
 * convention: a positive number, the word saying whether the first arm benefits or harms), and the difference in
 * complication-free local control, each with its 95% interval.
 * @param results - the results of a run
 * @returns the table, or undefined when no comparison has a therapeutic ratio
 */
export function therapeuticRatioTable(results: TrialResults): HTMLElement | undefined {
  const compared = results.comparisons.filter((comparison) => comparison.therapeuticRatio !== undefined);
  const endpoints = compared[0]?.therapeuticRatio?.harms.map((harm) => harm.endpoint);
  if (endpoints === undefined) return undefined;
  const rows = compared.map((comparison) => {
    const ratio = comparison.therapeuticRatio;
    if (ratio === undefined) return [];
    return [
      { text: `${comparison.a} − ${comparison.b}` },
      pointsText(ratio.localControlDifference, ratio.localControlDifferenceCi95),
      ...numberNeededCells(comparison, neededStyle),
      pointsText(ratio.complicationFreeControlDifference, ratio.complicationFreeControlDifferenceCi95),
    ];
  });
  const caption =
    'Therapeutic ratio, first arm against second on the same patients (95% CI): the difference in control rate (controlled to the horizon) and in complication-free LC in percentage points. ' +
    numberNeededExplanation;
  return table(caption, ['Comparison', 'Δ control rate (points)', 'NNT control', ...endpoints.map((endpoint) => `NNT ${endpoint}`), 'Δ complication-free LC (points)'], rows, 'therapeutic-ratio-table');
}

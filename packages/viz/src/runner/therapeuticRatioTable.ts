import type { NumberNeeded, TrialResults } from '@rtsim/sim';
import { formatNumber } from '../charts/formatNumber.js';
import { dataTable as table } from '../ui/dataTable.js';

/** A number needed with its interval, one decimal: `8.1 (7.6 to 8.6)`; `… (interval spans ∞)` when the difference's includes 0; `–` for none. */
const neededText = (needed: NumberNeeded): string => {
  if (needed.patients === null) return '–';
  const interval = needed.patientsCi95 === null ? 'interval spans ∞' : `${formatNumber(needed.patientsCi95[0], 1)} to ${formatNumber(needed.patientsCi95[1], 1)}`;
  return `${formatNumber(needed.patients, 1)} (${interval})`;
};

/** A difference of proportions in percentage points with its interval: `−4.1 (−4.4 to −3.9)`. */
const pointsText = (value: number, ci95: readonly [number, number]): string =>
  `${formatNumber(value * 100, 1)} (${formatNumber(ci95[0] * 100, 1)} to ${formatNumber(ci95[1] * 100, 1)})`;

/**
 * The therapeutic ratio of each compared pair of arms with complications (docs/models.md, "Therapeutic ratio between
 * arms"), as a table: the difference in control rate (controlled to the horizon, `Δ control rate`) in points, the number needed to treat, each endpoint's number needed to
 * harm, and the difference in complication-free local control, each with its 95% interval.
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
      neededText(ratio.numberNeededToTreat),
      ...ratio.harms.map((harm) => neededText(harm.numberNeededToHarm)),
      pointsText(ratio.complicationFreeControlDifference, ratio.complicationFreeControlDifferenceCi95),
    ];
  });
  const caption =
    'Therapeutic ratio, first arm against second on the same patients (95% CI): the difference in control rate (controlled to the horizon) and in complication-free LC in percentage points, ' +
    'patients treated with the first arm per one more tumour controlled (NNT) and per one more complication (NNH; negative: the second arm has more)';
  return table(caption, ['Comparison', 'Δ control rate (points)', 'NNT', ...endpoints.map((endpoint) => `NNH ${endpoint}`), 'Δ complication-free LC (points)'], rows, 'therapeutic-ratio-table');
}

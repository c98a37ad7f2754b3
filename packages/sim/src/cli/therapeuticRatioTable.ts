import type { TrialResults } from '../cohort/TrialResults.js';
import { numberNeededCells, numberNeededExplanation } from '../report/numberNeededCells.js';
import { terminalText } from './terminalText.js';
import { textTable } from './textTable.js';
import { formatSignedPointsInterval } from '../report/formatSignedPointsInterval.js';


/**
 * The therapeutic-ratio table of a scenario with `complications` (docs/models.md, "Therapeutic ratio between arms"):
 * per compared pair of arms with complications, the difference in control rate (controlled to the horizon; headed
 * `Δ control rate`, not `ΔLC`, which the LC-at-a-time tables use) in points [95% CI], the number needed to treat for
 * control and for each endpoint as NNTB or NNTH (numberNeededCells), and Δ complication-free LC in points [95% CI];
 * a note under it says what NNTB and NNTH mean.
 * @param results - the results of a run
 * @returns the text, ending with a newline; empty when no comparison has a therapeutic ratio
 */
export function therapeuticRatioTable(results: TrialResults): string {
  const compared = results.comparisons.filter((comparison) => comparison.therapeuticRatio !== undefined);
  const endpoints = compared[0]?.therapeuticRatio?.harms.map((harm) => harm.endpoint) ?? [];
  if (compared.length === 0) return '';
  const rows = compared.map((comparison) => {
    const ratio = comparison.therapeuticRatio;
    if (ratio === undefined) return [];
    return [
      `${terminalText(comparison.a)} − ${terminalText(comparison.b)}`,
      formatSignedPointsInterval(ratio.localControlDifference, ratio.localControlDifferenceCi95),
      ...numberNeededCells(comparison),
      formatSignedPointsInterval(ratio.complicationFreeControlDifference, ratio.complicationFreeControlDifferenceCi95),
    ];
  });
  const table = textTable(
    ['therapeutic ratio', 'Δ control rate (points)', 'NNT control', ...endpoints.map((endpoint) => `NNT ${endpoint}`), 'Δ complication-free LC (points)'],
    rows,
    ['l', 'r', 'r', ...endpoints.map((): 'r' => 'r'), 'r'],
  );
  return `${table}${numberNeededExplanation}\n`;
}

import type { StratumDimension } from '../cohort/LocalControlPlan.js';
import type { TrialResults } from '../cohort/TrialResults.js';
import { formatPercent } from '../charts/formatPercent.js';
import { svgNumber } from '../charts/svgNumber.js';
import { localControlShown } from '../report/localControlShown.js';
import { terminalText } from './terminalText.js';
import { textTable } from './textTable.js';

/** The strata `rtsim run` prints without `--by`: grade and margin class. */
export const defaultTableDimensions: readonly StratumDimension[] = ['grade', 'margin'];

/**
 * The table of results by stratum of the local-control model: per arm, each stratum of the chosen dimensions
 * (grade, margin class, size band, site; in the order given) with patients, control rate with its Wilson 95%
 * interval (%), and Kaplan–Meier LC at the `followUp.at` times (or those of 2 and 5 years within the horizon,
 * localControlShown).
 * @param results - the results of a run whose arms carry byStratum
 * @param by - the dimensions to show (default grade and margin class)
 * @returns the text, ending with a newline
 */
export function stratumTable(results: TrialResults, by: readonly StratumDimension[] = defaultTableDimensions): string {
  const localControl = localControlShown(results, [2, 5]);
  const heads = localControl.years.map((t) => `LC ${svgNumber(t, 2)} y (%)`);
  const rows = results.arms.flatMap((arm) =>
    by.flatMap((dimension) => (arm.byStratum ?? []).filter((group) => group.by === dimension)).map((group) => [
      terminalText(arm.id),
      `${group.by} ${group.stratum}`,
      String(group.patients),
      `${formatPercent(group.controlRate)} [${formatPercent(group.controlCi95[0])}, ${formatPercent(group.controlCi95[1])}]`,
      ...localControl.cells(group).map((cell) => formatPercent(cell.localControl)),
    ]),
  );
  return textTable(['arm', 'stratum', 'patients', 'control rate [95% CI] (%)', ...heads], rows, ['l', 'l', 'r', 'r', ...heads.map((): 'r' => 'r')]);
}

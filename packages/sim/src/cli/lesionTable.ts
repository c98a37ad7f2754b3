import type { TrialResults } from '../cohort/TrialResults.js';
import { formatPercent } from '../charts/formatPercent.js';
import { svgNumber } from '../charts/svgNumber.js';
import { localControlShown } from '../report/localControlShown.js';
import { terminalText } from './terminalText.js';
import { textTable } from './textTable.js';

/**
 * The table of per-lesion results of the arms with `target: lesions`: lesions, mean lesions per patient, lesion
 * control rate with its Wilson 95% interval (%), and Kaplan–Meier per-lesion LC at the `followUp.at` times (or those
 * of 1 and 2 years within the horizon, localControlShown).
 * @param results - the results of a run whose lesion arms carry `lesions`
 * @returns the text, ending with a newline
 */
export function lesionTable(results: TrialResults): string {
  const shown = localControlShown(results, [1, 2]);
  const heads = shown.years.map((t) => `lesion LC ${svgNumber(t, 2)} y (%)`);
  const rows = results.arms.flatMap((arm) => {
    const lesions = arm.lesions;
    if (lesions === undefined) return [];
    return [
      [
        terminalText(arm.id),
        String(lesions.lesions),
        svgNumber(lesions.meanPerPatient, 2),
        `${formatPercent(lesions.controlRate)} [${formatPercent(lesions.controlCi95[0])}, ${formatPercent(lesions.controlCi95[1])}]`,
        ...shown.cells(lesions).map((cell) => formatPercent(cell.localControl)),
      ],
    ];
  });
  return textTable(['arm', 'lesions', 'per patient', 'lesion control [95% CI] (%)', ...heads], rows, ['l', 'r', 'r', 'r', ...heads.map((): 'r' => 'r')]);
}

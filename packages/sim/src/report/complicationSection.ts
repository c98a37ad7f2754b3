import type { ComplicationRate, TrialResults } from '../cohort/TrialResults.js';
import { formatPercent } from '../charts/formatPercent.js';
import { svgNumber } from '../charts/svgNumber.js';
import { formatPValue } from './formatPValue.js';
import { formatSignedPoints } from './formatSignedPoints.js';
import { htmlCell } from './htmlCell.js';
import { htmlTable } from './htmlTable.js';

/** Column heads of the endpoints, by the scenario's endpoint id. */
const heads: Readonly<Record<ComplicationRate['endpoint'], string>> = {
  wound: 'Major wound complication ≤ 120 d',
  fibrosis: 'Fibrosis grade ≥ 2 at 2 y',
  oedema: 'Oedema grade ≥ 2 at 2 y',
  stiffness: 'Joint stiffness grade ≥ 2 at 2 y',
  complicationFreeControl: 'Complication-free LC',
};

const rateText = (rate: ComplicationRate): string => `${formatPercent(rate.rate)} [${formatPercent(rate.rateCi95[0])}, ${formatPercent(rate.rateCi95[1])}]`;

/**
 * The report's section on complications (a scenario with `complications`): per arm with an operation before or after
 * its radiotherapy, the timing, the schedule's EQD2 at α/β 10 and 3 Gy, each endpoint's rate and complication-free
 * local control with Wilson 95% intervals; then the compared pairs of such arms (difference in points, McNemar's p).
 * @param results - the results of a run
 * @returns the section's HTML, or '' when no arm reports complications
 */
export function complicationSection(results: TrialResults): string {
  const arms = results.arms.filter((arm) => arm.complications !== undefined);
  const first = arms[0]?.complications;
  if (first === undefined) return '';
  const endpoints = [...first.endpoints.map((rate) => rate.endpoint), 'complicationFreeControl' as const];
  const rows = arms.map((arm) => {
    const c = arm.complications;
    if (c === undefined) return '';
    const cells = [...c.endpoints, c.complicationFreeControl].map((rate) => htmlCell(rateText(rate))).join('');
    return `<tr>${htmlCell(arm.id, 'text')}${htmlCell(c.timing, 'text')}${htmlCell(svgNumber(c.eqd2WoundGy, 3))}${htmlCell(svgNumber(c.eqd2LateGy, 3))}${cells}</tr>`;
  });
  const note =
    'Complications drawn per patient (docs/toxicity-model.md): the major wound complication from the timing of surgery, the preoperative EQD2 at α/β 10 Gy and a diameter > 5 cm (calibrated rates, NCIC SR2 and later series); ' +
    'grade ≥ 2 fibrosis, oedema and joint stiffness from the EQD2 at α/β 3 Gy (calibrated on the two SR2 arms). Complication-free LC: controlled to the horizon with none of these. Rates [Wilson 95% CI] in %.';
  const armTable = htmlTable(note, ['Arm', 'Surgery', 'EQD2₁₀ (Gy)', 'EQD2₃ (Gy)', ...endpoints.map((e) => `${heads[e]} (%)`)], rows);
  const pairRows = results.comparisons.flatMap((comparison) =>
    comparison.complications === undefined
      ? []
      : [`<tr>${htmlCell(`${comparison.a} − ${comparison.b}`, 'text')}${comparison.complications.map((c) => htmlCell(`${formatSignedPoints(c.rateDifference)} (p ${formatPValue(c.mcnemarP)})`)).join('')}</tr>`],
  );
  const pairTable = pairRows.length === 0 ? '' : htmlTable('Paired differences (points) on the same virtual patients, with McNemar’s p.', ['Comparison', ...endpoints.map((e) => heads[e])], pairRows);
  return `<section><h2>Complications</h2>${armTable}${pairTable}</section>`;
}

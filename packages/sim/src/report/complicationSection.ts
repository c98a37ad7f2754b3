import type { ComplicationRate, TrialResults } from '../cohort/TrialResults.js';
import { formatFixed } from '../charts/formatFixed.js';
import { formatPercent } from '../charts/formatPercent.js';
import { numberNeededCells, numberNeededExplanation } from './numberNeededCells.js';
import { formatPValue } from './formatPValue.js';
import { formatSignedPoints } from './formatSignedPoints.js';
import { htmlCell } from './htmlCell.js';
import { htmlTable } from './htmlTable.js';
import { complicationModelNote } from './complicationModelNote.js';
import { formatSignedPointsInterval } from './formatSignedPointsInterval.js';

/** Column heads of the endpoints, by the scenario's endpoint id. */
const heads: Readonly<Record<ComplicationRate['endpoint'], string>> = {
  wound: 'Major wound complication ≤ 120 d',
  fibrosis: 'Fibrosis grade ≥ 2 at 2 y',
  oedema: 'Oedema grade ≥ 2 at 2 y',
  stiffness: 'Joint stiffness grade ≥ 2 at 2 y',
  fracture: 'Femoral fracture',
  pneumonitis: 'Radiation pneumonitis grade ≥ 2',
  complicationFreeControl: 'Complication-free LC',
};

/** An EQD2 in Gy to 0.1 Gy, trailing zero kept: one precision per column (not 93.75, 150 and 83.333), no more than the dose model's. */
const doseGy = (dose: number): string => formatFixed(dose, 1);

const rateText = (rate: ComplicationRate): string => `${formatPercent(rate.rate)} [${formatPercent(rate.rateCi95[0])}, ${formatPercent(rate.rateCi95[1])}]`;

/**
 * The report's section on complications (a scenario with `complications`): per arm with an operation before or after
 * its radiotherapy, the timing, the schedule's EQD2 at α/β 10 and 3 Gy, each endpoint's rate and complication-free
 * local control with Wilson 95% intervals; then the compared pairs of such arms (difference in points, McNemar's p)
 * and their therapeutic ratio (Δ control rate, NNT for control and per endpoint as NNTB or NNTH, Δ complication-free LC).
 * @param results - the results of a run
 * @returns the section's HTML, or '' when no arm reports complications
 */
export function complicationSection(results: TrialResults): string {
  const arms = results.arms.filter((arm) => arm.complications !== undefined);
  const first = arms[0]?.complications;
  if (first === undefined) return '';
  const endpoints = [...first.endpoints.map((rate) => rate.endpoint), 'complicationFreeControl' as const];
  // The organ endpoints' doses, as columns only when scored (a report without them is as before).
  const lung = first.meanLungEqd2Gy !== undefined;
  const neck = first.meanFemoralNeckEqd2Gy !== undefined;
  const rows = arms.map((arm) => {
    const c = arm.complications;
    if (c === undefined) return '';
    const cells = [...c.endpoints, c.complicationFreeControl].map((rate) => htmlCell(rateText(rate))).join('');
    const doses = (lung ? htmlCell(doseGy(c.meanLungEqd2Gy ?? Number.NaN)) : '') + (neck ? htmlCell(doseGy(c.meanFemoralNeckEqd2Gy ?? Number.NaN)) : '');
    return `<tr>${htmlCell(arm.id, 'text')}${htmlCell(c.timing, 'text')}${htmlCell(doseGy(c.eqd2WoundGy))}${htmlCell(doseGy(c.eqd2LateGy))}${doses}${cells}</tr>`;
  });
  // Only the scored endpoints are explained: a pneumonitis-only run has no wound column to explain.
  const note = `${complicationModelNote(first.endpoints.map((rate) => rate.endpoint))}Complication-free LC: controlled to the horizon with none of these. Rates [Wilson 95% CI] in %.`;
  const doseHeads = [...(lung ? ['Mean lung EQD2₃ (Gy)'] : []), ...(neck ? ['Femoral-neck mean EQD2₃ (Gy)'] : [])];
  const armTable = htmlTable(note, ['Arm', 'Surgery', 'EQD2₁₀ (Gy)', 'EQD2₃ (Gy)', ...doseHeads, ...endpoints.map((e) => `${heads[e]} (%)`)], rows);
  const pairRows = results.comparisons.flatMap((comparison) =>
    comparison.complications === undefined
      ? []
      : [`<tr>${htmlCell(`${comparison.a} − ${comparison.b}`, 'text')}${comparison.complications.map((c) => htmlCell(`${formatSignedPoints(c.rateDifference)} (p ${formatPValue(c.mcnemarP)})`)).join('')}</tr>`],
  );
  const pairTable = pairRows.length === 0 ? '' : htmlTable('Paired differences (points) on the same virtual patients, with McNemar’s p.', ['Comparison', ...endpoints.map((e) => heads[e])], pairRows);
  const ratioRows = results.comparisons.flatMap((comparison) => {
    const ratio = comparison.therapeuticRatio;
    if (ratio === undefined) return [];
    const cells = [
      formatSignedPointsInterval(ratio.localControlDifference, ratio.localControlDifferenceCi95),
      ...numberNeededCells(comparison),
      formatSignedPointsInterval(ratio.complicationFreeControlDifference, ratio.complicationFreeControlDifferenceCi95),
    ];
    return [`<tr>${htmlCell(`${comparison.a} − ${comparison.b}`, 'text')}${cells.map((cell) => htmlCell(cell)).join('')}</tr>`];
  });
  const ratioNote =
    'Therapeutic ratio (docs/models.md): Δ control rate, the difference in patients controlled to the horizon in points [95% CI] (not LC at a follow-up time); ' +
    `${numberNeededExplanation} Then the difference in complication-free LC, which weighs both.`;
  const ratioTable = ratioRows.length === 0 ? '' : htmlTable(ratioNote, ['Comparison', 'Δ control rate (points)', 'NNT, control', ...first.endpoints.map((rate) => `NNT, ${heads[rate.endpoint]}`), 'Δ complication-free LC (points)'], ratioRows);
  return `<section><h2>Complications</h2>${armTable}${pairTable}${ratioTable}</section>`;
}

import type { MetastasisAtTime, TrialResults } from '../cohort/TrialResults.js';
import { formatPercent } from '../charts/formatPercent.js';
import { localControlChart } from '../charts/localControlChart.js';
import { svgNumber } from '../charts/svgNumber.js';
import { htmlCell } from './htmlCell.js';
import { htmlTable } from './htmlTable.js';
import { metastasisComparisonCells, metastasisComparisonHeads } from './metastasisComparisonCells.js';
import { chartScroll } from './chartScroll.js';

const heads = ['DMFS (%)', 'CIF metastasis (%)', 'DSS (%)', 'CIF sarcoma death (%)', 'OS (%)'];

/** A value in % with its 95% interval, `—` beyond follow-up. */
function withInterval(value: number | null, interval: readonly [number, number] | null): string {
  return value === null || interval === null ? '—' : `${formatPercent(value)} [${formatPercent(interval[0])}, ${formatPercent(interval[1])}]`;
}

function timeCells(at: MetastasisAtTime): string {
  return [
    withInterval(at.distantMetastasisFreeSurvival, at.distantMetastasisFreeSurvivalCi95),
    withInterval(at.metastasisIncidence, at.metastasisIncidenceCi95),
    withInterval(at.diseaseSpecificSurvival, at.diseaseSpecificSurvivalCi95),
    withInterval(at.sarcomaDeathIncidence, at.sarcomaDeathIncidenceCi95),
    withInterval(at.overallSurvival, at.overallSurvivalCi95),
  ]
    .map((text) => htmlCell(text))
    .join('');
}

/**
 * The report's section on distant metastasis and survival (a scenario with `metastasis`; docs/metastasis-model.md,
 * "Engine wiring"): the overall-survival curve of each arm; per arm and `followUp.at` time DMFS and DSS (Kaplan–Meier
 * with death from other causes censored, Greenwood log–log interval), the cumulative incidence of metastasis and OS
 * (Wilson intervals); then each compared pair's hazard ratio, log-rank p and trial size on DMFS, DSS and OS.
 * @param results - the results of a run
 * @returns the HTML section, or an empty string without metastasis
 */
export function metastasisSection(results: TrialResults): string {
  const model = results.metastasis;
  if (model === undefined) return '';
  const arms = results.arms.flatMap((arm) => {
    const metastasis = arm.competingEvents?.metastasis;
    return metastasis === undefined ? [] : [{ id: arm.id, metastasis }];
  });
  const chart = localControlChart(
    {
      binDays: results.followUp.binDays,
      series: arms.map(({ id, metastasis }) => ({ label: id, curve: metastasis.curves?.overallSurvival ?? [] })),
    },
    { id: 'overall-survival', title: 'Overall survival (death from sarcoma or from other causes)', quantity: 'Overall survival' },
  );
  const rows = arms.flatMap(({ id, metastasis }) =>
    (metastasis.atTimes ?? []).map((at) => `<tr>${htmlCell(id, 'text')}${htmlCell(svgNumber(at.years, 2))}${timeCells(at)}</tr>`),
  );
  const caption =
    `Metastasis model revision 4 at era ${svgNumber(model.era, 0)} (median survival after metastasis ${svgNumber(model.survivalMedianDays / 30.4375, 1)} months); ` +
    'time from the first treatment event. DMFS, DSS: Kaplan–Meier with death from other causes censored (Greenwood log–log 95% interval). ' +
    'CIF: cumulative incidence of metastasis or of death from sarcoma, death from other causes competing. OS: death from any cause (Wilson 95% interval).';
  const table = rows.length === 0 ? '' : htmlTable(caption, ['Arm', 'Years', ...heads], rows);
  const pairs = results.comparisons.filter((pair) => pair.competingEvents?.overallSurvival !== undefined);
  const comparisons =
    pairs.length === 0
      ? ''
      : htmlTable(
          `Arms compared on the same virtual patients: Cox hazard ratio (Efron ties) of arm a to arm b with its Wald 95% interval and the log-rank p, both treating the paired arms as independent (conservative), and the patients per arm a real 1:1 trial following everyone to ${svgNumber(pairs[0]?.competingEvents?.restrictedMeanYears ?? Number.NaN, 2)} years needs to detect that hazard ratio (log-rank, α 0.05 two-sided, power 0.8).`,
          ['Comparison', ...metastasisComparisonHeads],
          pairs.map((pair) => `<tr>${htmlCell(`${pair.a} vs ${pair.b}`, 'text')}${metastasisComparisonCells(pair).map((text) => htmlCell(text)).join('')}</tr>`),
        );
  return `<section><h2>Distant metastasis and survival</h2>${chartScroll(chart)}${table}${comparisons}</section>`;
}

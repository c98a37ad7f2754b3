import { daysPerYear } from '@rtsim/core';
import type { TrialResults } from '../cohort/TrialResults.js';
import { localControlChart } from '../charts/localControlChart.js';
import { svgNumber } from '../charts/svgNumber.js';
import { htmlCell } from './htmlCell.js';
import { htmlTable } from './htmlTable.js';
import { pairedDifferenceHtml } from './pairedDifferenceHtml.js';
import { identicalOverallSurvivalNote, progressionArmHeads, progressionPairCells, progressionPairHeads, progressionStratumHeads, progressionStratumRows, progressionSurvivalCells } from './progressionCells.js';
import { chartScroll } from './chartScroll.js';

/**
 * The report's section on progression and survival after SBRT of metastases (a scenario with `progression`;
 * docs/metastasis-model.md, "Metastatic patients treated with SBRT"): per arm PFS and OS at the `followUp.at` times
 * (or 1 and 2 years) with Wilson 95% intervals, the same per stratum (grade, lesions treated), the PFS and OS curves of every arm, and each compared pair's hazard
 * ratio, log-rank p and restricted-mean difference on PFS (not on OS, identical in every arm patient by patient:
 * identicalOverallSurvivalNote).
 * @param results - the results of a run
 * @returns the HTML section, or an empty string without `progression`
 */
export function progressionSection(results: TrialResults): string {
  const model = results.progression;
  if (model === undefined) return '';
  const times = results.followUp.at ?? [1, 2];
  const rows = results.arms.map((arm) => `<tr>${htmlCell(arm.id, 'text')}${progressionSurvivalCells(arm.progression, times).map((text) => htmlCell(text)).join('')}</tr>`);
  const curve = (label: string, which: 'progressionFreeSurvival' | 'overallSurvival') =>
    chartScroll(localControlChart(
      { binDays: results.followUp.binDays, series: results.arms.map((arm) => ({ label: arm.id, curve: arm.progression?.curves[which] ?? [] })) },
      { id: `progression-${which}`, title: label, quantity: which === 'overallSurvival' ? 'Overall survival' : 'Progression-free survival' },
    ));
  const caption =
    `Metastatic patients after SBRT of their lesions, era ${String(model.era)}: new metastases elsewhere at ${svgNumber(daysPerYear * model.newMetastasisRatePerDay, 3)} per year, ` +
    `median time to death from sarcoma ${svgNumber(model.survivalMedianDays / 30.4375, 1)} months` +
    `${results.background === undefined ? '' : `, other-cause death from ${results.background.lifeTableName}`}. ` +
    `PFS: alive without local failure of a treated lesion or a new metastasis; OS: alive${results.background === undefined ? ' (no background: death from sarcoma only)' : ''}. ` +
    'Wilson 95% intervals; nobody is censored before the horizon.';
  const pairRows = results.comparisons.map((pair) => `<tr>${htmlCell(`${pair.a} vs ${pair.b}`, 'text')}${progressionPairCells(pair).map((text) => htmlCell(text)).join('')}</tr>`);
  const pairs =
    pairRows.length === 0
      ? ''
      : htmlTable(
          `PFS: hazard ratio (Cox, Efron ties, arm a to arm b), log-rank p and restricted-mean difference a − b up to the last follow-up time; intervals treat the paired arms as independent (conservative). ${identicalOverallSurvivalNote}`,
          ['Comparison', ...progressionPairHeads],
          pairRows,
        );
  const stratumRows = progressionStratumRows(results.arms, times).map((cells) => `<tr>${cells.map((text, i) => htmlCell(text, i < 3 ? 'text' : undefined)).join('')}</tr>`);
  const strata = htmlTable(
    'By stratum: the patient\'s FNCLCC grade, and the number of lesions the arm treats (a patient progresses when any of them fails). Wilson 95% intervals.',
    [...progressionStratumHeads.map((head) => head[0].toUpperCase() + head.slice(1)), ...progressionArmHeads(times)],
    stratumRows,
  );
  const pairedTable = pairedDifferenceHtml(
    results.comparisons,
    results.followUp.at ?? [],
    ['PFS'],
    'PFS of arm a minus arm b at each follow-up time on the same virtual patients, in percentage points, with the paired 95% interval (OS is the same in every arm).',
  );
  return `<section><h2>Progression and survival after SBRT</h2>${htmlTable(caption, ['Arm', ...progressionArmHeads(times)], rows)}${strata}${curve('Progression-free survival (local failure, new metastasis or death)', 'progressionFreeSurvival')}${curve('Overall survival', 'overallSurvival')}${pairs}${pairedTable}</section>`;
}

import type { TrialResults } from '../cohort/TrialResults.js';
import { localControlChart } from '../charts/localControlChart.js';
import { svgNumber } from '../charts/svgNumber.js';
import { htmlCell } from './htmlCell.js';
import { htmlTable } from './htmlTable.js';
import { progressionArmCells, progressionArmHeads, progressionPairCells, progressionPairHeads } from './progressionCells.js';

/**
 * The report's section on progression and survival after SBRT of metastases (a scenario with `progression`;
 * docs/metastasis-model.md, "Metastatic patients treated with SBRT"): per arm PFS and OS at the `followUp.at` times
 * (or 1 and 2 years) with Wilson 95% intervals, the PFS and OS curves of every arm, and each compared pair's hazard
 * ratio, log-rank p and restricted-mean difference on PFS and OS.
 * @param results - the results of a run
 * @returns the HTML section, or an empty string without `progression`
 */
export function progressionSection(results: TrialResults): string {
  const model = results.progression;
  if (model === undefined) return '';
  const times = results.followUp.at ?? [1, 2];
  const rows = results.arms.map((arm) => `<tr>${htmlCell(arm.id, 'text')}${progressionArmCells(arm, times).map((text) => htmlCell(text)).join('')}</tr>`);
  const curve = (label: string, which: 'progressionFreeSurvival' | 'overallSurvival') =>
    localControlChart(
      { binDays: results.followUp.binDays, series: results.arms.map((arm) => ({ label: arm.id, curve: arm.progression?.curves[which] ?? [] })) },
      { id: `progression-${which}`, title: label, quantity: which === 'overallSurvival' ? 'Overall survival' : 'Progression-free survival' },
    );
  const caption =
    `Metastatic patients after SBRT of their lesions, era ${String(model.era)}: new metastases elsewhere at ${svgNumber(365.25 * model.newMetastasisRatePerDay, 3)} per year, ` +
    `median time to death from sarcoma ${svgNumber(model.survivalMedianDays / 30.4375, 1)} months` +
    `${results.background === undefined ? '' : `, other-cause death from ${results.background.lifeTableName}`}. ` +
    'PFS: alive without local failure of a treated lesion or a new metastasis; OS: alive. Wilson 95% intervals; nobody is censored before the horizon.';
  const pairRows = results.comparisons.map((pair) => `<tr>${htmlCell(`${pair.a} vs ${pair.b}`, 'text')}${progressionPairCells(pair).map((text) => htmlCell(text)).join('')}</tr>`);
  const pairs =
    pairRows.length === 0
      ? ''
      : htmlTable('Hazard ratio (Peto, arm a to arm b), log-rank p and restricted-mean difference a − b up to the last follow-up time; intervals treat the paired arms as independent (conservative).', ['Comparison', ...progressionPairHeads], pairRows);
  return `<section><h2>Progression and survival after SBRT</h2>${htmlTable(caption, ['Arm', ...progressionArmHeads(times)], rows)}${curve('Progression-free survival (local failure, new metastasis or death)', 'progressionFreeSurvival')}${curve('Overall survival', 'overallSurvival')}${pairs}</section>`;
}

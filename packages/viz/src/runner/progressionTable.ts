import { daysPerYear } from '@rtsim/core';
import type { TrialResults } from '@rtsim/sim';
import { formatNumber } from '../charts/formatNumber.js';
import { dataTable } from '../ui/dataTable.js';
import { progressionCopy } from './progressionCopy.js';
import { percentWithInterval } from './percentText.js';

/** Days in a month (a year / 12), for the median time to death in the caption. */
const daysPerMonth = daysPerYear / 12;

/**
 * Progression-free and overall survival per arm of a run with `progression` (docs/metastasis-model.md, "Metastatic
 * patients treated with SBRT"), as a table: one row per arm and `followUp.at` time, PFS and OS with their Wilson 95%
 * intervals. Text from the results is set with textContent (dataTable).
 * @param results - the results of a run
 * @returns the table, or undefined without progression or without follow-up times
 */
export function progressionTable(results: TrialResults): HTMLElement | undefined {
  const model = results.progression;
  if (model === undefined) return undefined;
  const rows = results.arms.flatMap((arm) =>
    (arm.progression?.atTimes ?? []).map((at) => [
      { text: arm.name, sub: arm.id },
      formatNumber(at.years, 2),
      percentWithInterval(at.progressionFreeSurvival, at.progressionFreeSurvivalCi95),
      percentWithInterval(at.overallSurvival, at.overallSurvivalCi95),
    ]),
  );
  if (rows.length === 0) return undefined;
  const head = progressionCopy.tableHead;
  const caption = progressionCopy.tableCaption(String(model.era), formatNumber(model.survivalMedianDays / daysPerMonth, 1), formatNumber(daysPerYear * model.newMetastasisRatePerDay, 3));
  return dataTable(caption, [head.arm, head.years, head.progressionFreeSurvival, head.overallSurvival], rows, 'progression-table');
}

import { daysPerYear } from '@rtsim/core';
import type { TrialResults } from '@rtsim/sim';
import { formatNumber } from '../charts/formatNumber.js';
import { dataTable } from '../ui/dataTable.js';
import { metastasisCopy } from './metastasisCopy.js';
import { percentWithInterval } from './percentText.js';

/** Days in a month (a year / 12), for the median survival after metastasis in the caption. */
const daysPerMonth = daysPerYear / 12;

/**
 * Distant metastasis and survival per arm of a run with `metastasis` (docs/metastasis-model.md, "Engine wiring"), as a
 * table: one row per arm and `followUp.at` time, with distant-metastasis-free survival, disease-specific survival and
 * overall survival, each with its 95% interval (as results.json has them: Greenwood log–log for DMFS and DSS, Wilson
 * for OS). Text from the results is set with textContent (dataTable).
 * @param results - the results of a run
 * @returns the table, or undefined without metastasis or without follow-up times
 */
export function metastasisTable(results: TrialResults): HTMLElement | undefined {
  const model = results.metastasis;
  if (model === undefined) return undefined;
  const rows = results.arms.flatMap((arm) =>
    (arm.competingEvents?.metastasis?.atTimes ?? []).map((at) => [
      { text: arm.name, sub: arm.id },
      formatNumber(at.years, 2),
      percentWithInterval(at.distantMetastasisFreeSurvival, at.distantMetastasisFreeSurvivalCi95),
      percentWithInterval(at.diseaseSpecificSurvival, at.diseaseSpecificSurvivalCi95),
      percentWithInterval(at.overallSurvival, at.overallSurvivalCi95),
    ]),
  );
  if (rows.length === 0) return undefined;
  const head = metastasisCopy.tableHead;
  const caption = metastasisCopy.tableCaption(formatNumber(model.era, 0), formatNumber(model.survivalMedianDays / daysPerMonth, 1));
  return dataTable(caption, [head.arm, head.years, head.distantMetastasisFreeSurvival, head.diseaseSpecificSurvival, head.overallSurvival], rows, 'metastasis-table');
}

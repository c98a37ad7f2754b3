import type { TrialResults } from '@rtsim/sim';
import { formatNumber } from '../charts/formatNumber.js';
import { dataTable } from '../ui/dataTable.js';
import { progressionCopy } from './progressionCopy.js';
import { percentWithInterval } from './percentText.js';

/**
 * Progression-free and overall survival by stratum of a run with `progression`: one row per arm, stratum (the
 * patient's grade G1–G3; the number of lesions the arm treats) and `followUp.at` time, with the stratum's patients and
 * Wilson 95% intervals (results.json `arms[].progression.byStratum`). Text from the results is set with textContent
 * (dataTable).
 * @param results - the results of a run
 * @returns the table, or undefined without progression strata or without follow-up times
 */
export function progressionStratumTable(results: TrialResults): HTMLElement | undefined {
  if (results.progression === undefined) return undefined;
  const rows = results.arms.flatMap((arm) =>
    (arm.progression?.byStratum ?? []).flatMap((stratum) =>
      (stratum.atTimes ?? []).map((at) => [
        { text: arm.name, sub: arm.id },
        progressionCopy.stratumLabel(stratum.by, stratum.stratum),
        formatNumber(stratum.patients, 0),
        formatNumber(at.years, 2),
        percentWithInterval(at.progressionFreeSurvival, at.progressionFreeSurvivalCi95),
        percentWithInterval(at.overallSurvival, at.overallSurvivalCi95),
      ]),
    ),
  );
  if (rows.length === 0) return undefined;
  const head = progressionCopy.tableHead;
  return dataTable(progressionCopy.stratumCaption, [head.arm, head.stratum, head.patients, head.years, head.progressionFreeSurvival, head.overallSurvival], rows, 'progression-stratum-table');
}

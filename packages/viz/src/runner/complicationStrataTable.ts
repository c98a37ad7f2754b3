import type { ComplicationRate, TrialResults } from '@rtsim/sim';
import { dataTable as table } from '../ui/dataTable.js';
import { complicationHeads } from './complicationHeads.js';
import { percentText } from './percentText.js';

const rateText = (rate: ComplicationRate): string => `${percentText(rate.rate)} (${percentText(rate.rateCi95[0])} to ${percentText(rate.rateCi95[1])})`;

/** How each stratum dimension of `complications.byStratum` is named in the table. */
const dimensionNames = { size: 'size at treatment', grade: 'FNCLCC grade', site: 'site' } as const;

/**
 * The complications of each arm by stratum (results.json `arms[].complications.byStratum`): the size band of the
 * tumour at the arm's treatment and, with the local-control model, FNCLCC grade and site; per row the stratum's
 * patients, each endpoint's rate and complication-free local control with Wilson 95% intervals, as arms.csv's
 * `complications-*` rows. Text from the results is set with textContent (dataTable).
 * @param results - the results of a run
 * @returns the table, or undefined when no arm reports complications by stratum
 */
export function complicationStrataTable(results: TrialResults): HTMLElement | undefined {
  const arms = results.arms.filter((arm) => (arm.complications?.byStratum.length ?? 0) > 0);
  const first = arms[0]?.complications;
  if (first === undefined) return undefined;
  const endpoints = [...first.endpoints.map((rate) => rate.endpoint), 'complicationFreeControl' as const];
  const rows = arms.flatMap((arm) =>
    (arm.complications?.byStratum ?? []).map((stratum) => [
      { text: arm.name, sub: arm.id },
      dimensionNames[stratum.by],
      stratum.stratum,
      String(stratum.patients),
      ...[...stratum.endpoints, stratum.complicationFreeControl].map(rateText),
    ]),
  );
  return table(
    'Complications by stratum (% of the stratum’s patients, 95% CI): the size band of the tumour at the arm’s treatment and, with the local-control model, grade and site',
    ['Arm', 'By', 'Stratum', 'Patients', ...endpoints.map((e) => complicationHeads[e])],
    rows,
    'complication-strata-table',
  );
}

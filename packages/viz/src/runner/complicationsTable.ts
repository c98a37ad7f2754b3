import type { ComplicationRate, TrialResults } from '@rtsim/sim';
import { complicationHeads as heads } from './complicationHeads.js';
import { dataTable as table } from '../ui/dataTable.js';
import { percentText } from './percentText.js';

const rateText = (rate: ComplicationRate): string => `${percentText(rate.rate)} (${percentText(rate.rateCi95[0])} to ${percentText(rate.rateCi95[1])})`;

/**
 * The complications of the arms with surgery (a scenario with `complications`), as a table: surgery timing, each
 * endpoint's rate and complication-free local control with Wilson 95% intervals. Text from the results is set with
 * textContent (dataTable).
 * @param results - the results of a run
 * @returns the table, or undefined when no arm reports complications
 */
export function complicationsTable(results: TrialResults): HTMLElement | undefined {
  const arms = results.arms.filter((arm) => arm.complications !== undefined);
  const first = arms[0]?.complications;
  if (first === undefined) return undefined;
  const endpoints = [...first.endpoints.map((rate) => rate.endpoint), 'complicationFreeControl' as const];
  const rows = arms.map((arm) => {
    const c = arm.complications;
    return [{ text: arm.name, sub: arm.id }, c?.timing ?? '—', ...(c === undefined ? [] : [...c.endpoints, c.complicationFreeControl].map(rateText))];
  });
  return table('Complications of surgery and radiotherapy (% of patients, 95% CI; docs/toxicity-model.md)', ['Arm', 'Surgery', ...endpoints.map((e) => heads[e])], rows, 'complications-table');
}

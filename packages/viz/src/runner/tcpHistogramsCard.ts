import { tcpHistogramChart } from '@rtsim/sim/charts';
import type { GroupOutcome, TrialResults } from '@rtsim/sim';
import { svgFromString } from '../charts/svgFromString.js';
import { chartCard } from '../ui/chartCard.js';
import { element } from '../ui/element.js';
import { resultsCopy } from './resultsCopy.js';

/** Share of patients in the tallest bin of any of the groups (a common y scale for side-by-side histograms). */
function tallestShare(groups: readonly GroupOutcome[]): number {
  let top = 0;
  for (const group of groups) {
    if (group.patients > 0) for (const count of group.tcpHistogram.counts) top = Math.max(top, count / group.patients);
  }
  return top > 0 ? top : 1;
}

/** Histograms of per-patient TCP, one per arm, for the whole cohort or one subtype, on a shared y scale. */
function histogramGrid(results: TrialResults, subtype: string | undefined): HTMLElement {
  const grid = element('div', 'histogram-grid');
  const groups: (GroupOutcome | undefined)[] = results.arms.map((arm) => (subtype === undefined ? arm : arm.bySubtype.find((s) => s.subtype === subtype)));
  const yMax = tallestShare(groups.filter((g): g is GroupOutcome => g !== undefined));
  results.arms.forEach((arm, i) => {
    const group = groups[i];
    if (!group) return;
    const card = chartCard(`tcp-histogram-${i + 1}${subtype === undefined ? '' : `-${subtype}`}`, arm.name, []);
    card.setChart(svgFromString(tcpHistogramChart(group.tcpHistogram, { width: 380, height: 240, yMax, title: resultsCopy.histograms.chartTitle(arm.id) })));
    grid.append(card.element);
  });
  return grid;
}

/** The subtype picker (all subtypes, or one), which redraws the histograms for its choice. */
function subtypePicker(results: TrialResults, onChoice: (subtype: string | undefined) => void): HTMLElement {
  const label = element('label', undefined, resultsCopy.histograms.pickerLabel);
  label.htmlFor = 'histogram-subtype';
  const picker = element('select');
  picker.id = 'histogram-subtype';
  const all = element('option', undefined, resultsCopy.histograms.allSubtypes);
  all.value = '';
  picker.append(all);
  for (const subtype of results.subtypes) {
    const option = element('option', undefined, subtype.name);
    option.value = subtype.id;
    picker.append(option);
  }
  picker.addEventListener('change', () => onChoice(picker.value === '' ? undefined : picker.value));
  label.append(picker);
  return label;
}

/**
 * The card of per-patient TCP distributions: one histogram per arm on a shared scale, and with more than one
 * subtype a picker that shows one subtype's patients.
 * @param results - a finished run
 * @returns the card
 */
export function tcpHistogramsCard(results: TrialResults): HTMLElement {
  const card = element('section', 'card');
  let grid = histogramGrid(results, undefined);
  const picker = subtypePicker(results, (subtype) => {
    const next = histogramGrid(results, subtype);
    grid.replaceWith(next);
    grid = next;
  });
  card.append(
    element('h3', undefined, resultsCopy.histograms.heading),
    element('p', 'explanation', resultsCopy.histograms.explanation),
    ...(results.subtypes.length > 1 ? [picker] : []),
    grid,
  );
  return card;
}

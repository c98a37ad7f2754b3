import type { ResolvedScenario } from '@rtsim/sim';
import { element } from '../ui/element.js';
import { runnerCopy } from './runnerCopy.js';

/** The facts of a loaded scenario, as term and values (several values become a list). */
function summaryRows(fileName: string, scenario: ResolvedScenario): [string, ...string[]][] {
  const words = runnerCopy.summary;
  return [
    [words.name, scenario.name],
    [words.file, fileName],
    [words.seed, String(scenario.seed)],
    [words.patients, scenario.patients.toLocaleString('en')],
    [words.subtypes, ...scenario.subtypes.map((s) => `${s.name} (${(s.weight * 100).toFixed(0)}%)`)],
    [words.arms, ...scenario.arms.map((a) => `${a.name} (${a.survival.model.toUpperCase()})`)],
    [words.followUp, `${scenario.followUp.years} years`],
    ...(scenario.references.length > 0 ? [[words.references, ...scenario.references] as [string, ...string[]]] : []),
  ];
}

/**
 * What a loaded scenario is: name, file, seed, patients, subtypes with their weights, arms with their survival
 * model, follow-up and references, as a definition list. Every name from the file is set as text.
 * @param fileName - the file it came from
 * @param scenario - the parsed scenario
 * @returns the list (a `<dl>` of `summary-row`s)
 */
export function scenarioSummaryList(fileName: string, scenario: ResolvedScenario): HTMLElement {
  const list = element('dl');
  for (const [term, ...values] of summaryRows(fileName, scenario)) {
    const item = element('div', 'summary-row');
    const dd = element('dd');
    if (values.length === 1) dd.textContent = values[0] ?? '';
    else {
      const items = element('ul');
      for (const value of values) items.append(element('li', undefined, value));
      dd.append(items);
    }
    item.append(element('dt', undefined, term), dd);
    list.append(item);
  }
  return list;
}

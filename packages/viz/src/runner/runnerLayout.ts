import { element } from '../ui/element.js';
import { runCard } from './runCard.js';
import type { RunCard } from './runCard.js';
import { runnerCopy } from './runnerCopy.js';
import { scenarioSource } from './scenarioSource.js';
import type { ScenarioSource, ScenarioSourceHandlers } from './scenarioSource.js';

/** The parts of the runner page that change as scenarios are loaded and run. */
export interface RunnerLayout {
  /** The whole page: the panel on one side, the results area on the other. */
  readonly element: HTMLElement;
  readonly source: ScenarioSource;
  /** The loaded scenario's summary (hidden until one is loaded). */
  readonly summary: HTMLElement;
  /** The list of a file's problems (hidden until there are some), shown in the results area. */
  readonly issues: HTMLElement;
  readonly card: RunCard;
  /** The results area: the placeholder, the problems, or a view of results. */
  readonly output: HTMLElement;
  /** What the results area shows before anything has run. */
  readonly placeholder: HTMLElement;
}

/** The results area before anything has run. */
function resultsPlaceholder(): HTMLElement {
  const placeholder = element('div', 'card results-placeholder');
  placeholder.append(element('h2', undefined, runnerCopy.results.heading), element('p', 'muted', runnerCopy.results.placeholder));
  return placeholder;
}

/**
 * Builds the runner page: the scenario source, the summary and the run card in the panel, the results area beside
 * it showing the placeholder. Announcements: the summary is a polite live region, the problems an alert.
 * @param handlers - what the scenario source reports (a bundled choice, an opened file, a refused file)
 * @returns the page and its parts
 */
export function runnerLayout(handlers: ScenarioSourceHandlers): RunnerLayout {
  const source = scenarioSource(handlers);
  const summary = element('section', 'card scenario-summary');
  summary.setAttribute('aria-live', 'polite');
  summary.hidden = true;
  const issues = element('section', 'issues');
  issues.setAttribute('role', 'alert');
  issues.hidden = true;
  const card = runCard();
  const panel = element('div', 'runner-panel');
  panel.append(source.element, summary, card.element);
  const placeholder = resultsPlaceholder();
  const output = element('div', 'results-area');
  output.replaceChildren(placeholder);
  const layout = element('div', 'runner-layout');
  layout.append(panel, output);
  return { element: layout, source, summary, issues, card, output, placeholder };
}

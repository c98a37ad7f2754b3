import { maxScenarioBytes } from '@rtsim/sim';
import { element } from '../ui/element.js';
import { fileIntake } from '../ui/fileIntake.js';
import { bundledScenarios } from './bundledScenarios.js';
import type { BundledScenario } from './bundledScenarios.js';
import { runnerCopy } from './runnerCopy.js';

/** Where a scenario comes from, as callbacks of {@link scenarioSource}. */
export interface ScenarioSourceHandlers {
  /** A bundled scenario was chosen. */
  readonly onBundled: (scenario: BundledScenario) => void;
  /** A file was opened or dropped and read. */
  readonly onFile: (fileName: string, text: string) => void;
  /** A file was refused (too large, unreadable), with the reason. */
  readonly onRefused: (fileName: string, message: string) => void;
}

/** The scenario card: the bundled scenarios' select and the file intake. */
export interface ScenarioSource {
  readonly element: HTMLElement;
  /** Shows a bundled scenario as chosen, or none (''), without reporting it. */
  choose(fileName: string): void;
}

/**
 * Builds the scenario card. Opening or refusing a file clears the bundled choice, since the file replaces it.
 * @param handlers - what to do with a choice, a file or a refusal
 * @returns the card
 */
export function scenarioSource(handlers: ScenarioSourceHandlers): ScenarioSource {
  const words = runnerCopy.source;
  const card = element('section', 'card');
  card.append(element('h2', undefined, words.heading));
  const field = element('div', 'field');
  const label = element('label', 'control-label', words.bundledLabel);
  label.htmlFor = 'bundled-scenario';
  const select = element('select');
  select.id = 'bundled-scenario';
  const none = element('option', undefined, words.bundledNone(bundledScenarios.length));
  none.value = '';
  select.append(none);
  for (const scenario of bundledScenarios) {
    const option = element('option', undefined, scenario.fileName);
    option.value = scenario.fileName;
    select.append(option);
  }
  select.addEventListener('change', () => {
    const chosen = bundledScenarios.find((s) => s.fileName === select.value);
    if (chosen) handlers.onBundled(chosen);
  });
  field.append(label, select);
  const intake = fileIntake({
    zoneId: 'drop-zone',
    inputId: 'scenario-file',
    accept: words.accept,
    label: words.label,
    hint: words.hint,
    maxBytes: maxScenarioBytes, // the parser enforces the same limit on text
    kind: words.kind,
    onText: (fileName, text) => {
      select.value = '';
      handlers.onFile(fileName, text);
    },
    onRefused: (fileName, message) => {
      select.value = '';
      handlers.onRefused(fileName, message);
    },
  });
  card.append(field, intake);
  return {
    element: card,
    choose: (fileName) => { select.value = fileName; },
  };
}

import { element } from '../ui/element.js';
import type { ExplorerReadouts } from './explorerModel.js';
import type { ExplorerState } from './explorerState.js';
import { explorerCopy } from './explorerCopy.js';
import { readoutRows } from './readoutRows.js';

/** The read-outs card: the numbers of the reference schedule and the model's warnings. */
export interface ReadoutsCard {
  readonly element: HTMLElement;
  /** Writes every label and value for the state, and replaces the warnings. */
  show(readouts: ExplorerReadouts, warnings: readonly string[], state: ExplorerState): void;
}

/**
 * Builds the read-outs card: a heading, a definition list with one `data-readout` row per {@link readoutRows}
 * entry (empty until the first {@link ReadoutsCard.show}) and a live region for warnings.
 * @returns the card and its update
 */
export function readoutsCard(): ReadoutsCard {
  const card = element('section', 'card readouts');
  card.setAttribute('aria-labelledby', 'readouts-heading');
  const heading = element('h2', undefined, explorerCopy.readoutsHeading);
  heading.id = 'readouts-heading';
  const list = element('dl', 'readout-list');
  const cells = readoutRows.map((row) => {
    const item = element('div', 'readout');
    const dt = element('dt');
    const dd = element('dd');
    dd.dataset['readout'] = row.key;
    item.append(dt, dd);
    list.append(item);
    return { row, dt, dd };
  });
  const warnings = element('div', 'warnings');
  warnings.setAttribute('role', 'status');
  card.append(heading, list, warnings);
  return {
    element: card,
    show(readouts, warningTexts, state) {
      for (const { row, dt, dd } of cells) {
        dt.textContent = row.label(state);
        dd.textContent = row.value(readouts, state);
      }
      warnings.replaceChildren(...warningTexts.map((text) => element('p', 'warning', text)));
    },
  };
}

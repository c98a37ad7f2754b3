import { element } from '../../ui/element.js';
import type { ExplorerState } from '../explorerState.js';
import type { ControlContext, ExplorerControl } from './ExplorerControl.js';

/** A choice of the explorer shown as a `<select>`: its words, and how it reads and writes the state. */
export interface ChoiceSelectOptions<T extends string> {
  /** The select's id, e.g. `control-model`. */
  readonly id: string;
  readonly label: string;
  /** Value and text of each option, in order. */
  readonly options: readonly (readonly [T, string])[];
  readonly read: (state: ExplorerState) => T;
  readonly write: (state: ExplorerState, value: T) => ExplorerState;
}

/**
 * A labelled `<select>` over a fixed set of values. The value read back is matched against the options, so
 * only one of them can reach the state.
 * @param context - the panel's state access
 * @param options - id, words, options and the state binding
 */
export function choiceSelect<T extends string>(context: ControlContext, options: ChoiceSelectOptions<T>): ExplorerControl {
  const row = element('div', 'control');
  const label = element('label', 'control-label', options.label);
  label.htmlFor = options.id;
  const select = element('select');
  select.id = options.id;
  for (const [value, text] of options.options) {
    const option = element('option', undefined, text);
    option.value = value;
    select.append(option);
  }
  select.addEventListener('change', () => {
    const chosen = options.options.find(([value]) => value === select.value);
    const fallback = options.options[0];
    const value = chosen?.[0] ?? fallback?.[0];
    if (value !== undefined) context.update(options.write(context.state(), value));
  });
  row.append(label, select);
  return {
    nodes: [row],
    sync(state) {
      select.value = options.read(state);
    },
  };
}

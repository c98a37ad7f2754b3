import { element } from '../../ui/element.js';
import { explorerCopy } from '../explorerCopy.js';
import type { Spacing } from '../explorerState.js';
import { numericParameter } from '../parameters.js';
import type { ControlContext, ExplorerControl } from './ExplorerControl.js';

/**
 * Radio buttons for how the reference schedule's fractions are spaced. Switching starts the newly shown slider at
 * its default, because a number of fractions a week means nothing as days between fractions.
 * @param context - the panel's state access and the two spacing sliders
 */
export function spacingControl(context: ControlContext): ExplorerControl {
  const row = element('div', 'control spacing');
  const label = element('span', 'control-label', explorerCopy.spacing.label);
  label.id = 'spacing-label';
  const choices = element('div', 'radio-row');
  choices.setAttribute('role', 'radiogroup');
  choices.setAttribute('aria-labelledby', label.id);
  const inputs = new Map<Spacing, HTMLInputElement>();
  for (const [value, text] of explorerCopy.spacing.options) {
    const option = element('label', 'radio');
    const input = element('input');
    input.type = 'radio';
    input.name = 'spacing';
    input.value = value;
    input.addEventListener('change', () => {
      if (!input.checked) return;
      const every = numericParameter(value).initial;
      const state = context.state();
      context.update({ ...state, reference: { ...state.reference, spacing: value, every } });
      context.slider(value)?.set(every);
    });
    inputs.set(value, input);
    option.append(input, document.createTextNode(` ${text}`));
    choices.append(option);
  }
  row.append(label, choices);
  return {
    nodes: [row],
    sync(state) {
      for (const [value, input] of inputs) input.checked = value === state.reference.spacing;
    },
  };
}

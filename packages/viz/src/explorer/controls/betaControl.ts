import { element } from '../../ui/element.js';
import { explorerCopy } from '../explorerCopy.js';
import { normaliseValue, numericParameter } from '../parameters.js';
import type { ControlContext, ExplorerControl } from './ExplorerControl.js';

/**
 * A number field for β, linked to α and α/β: the state keeps α/β (the quantity fractionation is about), so typing
 * β sets α/β = α ÷ β and moves its slider; after each redraw the field shows β of the state, unless it is being
 * typed in (rewriting it would fight the user mid-number).
 * @param context - the panel's state access and the α/β slider
 */
export function betaControl(context: ControlContext): ExplorerControl {
  const id = 'control-beta';
  const label = element('label', 'control-label', explorerCopy.beta.label);
  label.htmlFor = id;
  const input = element('input', 'control-value');
  input.type = 'number';
  input.id = id;
  input.step = 'any';
  input.min = '0.0005';
  input.addEventListener('input', () => {
    const beta = Number(input.value);
    if (!(beta > 0)) {
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    input.removeAttribute('aria-invalid');
    const state = context.state();
    const alphaBeta = normaliseValue(numericParameter('alphaBeta'), state.alpha / beta);
    context.slider('alphaBeta')?.set(alphaBeta);
    context.update({ ...state, alphaBeta });
  });
  const row = element('div', 'control beta-control');
  const inner = element('div', 'control-row');
  inner.append(input, element('span', 'control-unit', explorerCopy.beta.unit));
  row.append(label, inner);
  return {
    nodes: [row],
    show(state) {
      // Three significant digits: β = α ÷ (α/β) is rarely a round number.
      if (document.activeElement !== input) input.value = String(Number((state.alpha / state.alphaBeta).toPrecision(3)));
    },
  };
}

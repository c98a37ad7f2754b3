import { formatNumber } from '../../charts/formatNumber.js';
import { element } from '../../ui/element.js';
import { explorerCopy } from '../explorerCopy.js';
import type { ExplorerControl } from './ExplorerControl.js';

/**
 * The line under the model choice that gives USC's transition dose: USC derives D_T from α, β and D₀ rather than
 * taking it as a slider, so the page says what it came to. Empty for the other models; read out politely.
 */
export function uscNote(): ExplorerControl {
  const note = element('p', 'control-help');
  note.setAttribute('aria-live', 'polite');
  return {
    nodes: [note],
    show(state, readouts) {
      note.textContent = state.model === 'usc' ? explorerCopy.uscNote(formatNumber(readouts.transitionDose, 2)) : '';
    },
  };
}

import { element } from '../../ui/element.js';
import { explorerCopy } from '../explorerCopy.js';
import type { ControlContext, ExplorerControl } from './ExplorerControl.js';

/**
 * The checkbox that switches the repopulation (time) term on and off in BED, survival and TCP.
 * @param context - the panel's state access
 */
export function repopulationToggle(context: ControlContext): ExplorerControl {
  const label = element('label', 'checkbox');
  const box = element('input');
  box.type = 'checkbox';
  box.id = 'control-repopulation';
  box.addEventListener('change', () => context.update({ ...context.state(), repopulation: box.checked }));
  label.append(box, document.createTextNode(` ${explorerCopy.repopulation}`));
  return {
    nodes: [label],
    sync(state) {
      box.checked = state.repopulation;
    },
  };
}

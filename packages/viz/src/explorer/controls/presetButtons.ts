import { element } from '../../ui/element.js';
import { explorerCopy } from '../explorerCopy.js';
import { presets } from '../presets.js';
import type { ControlContext, ExplorerControl } from './ExplorerControl.js';

/**
 * One button per preset (its source in the tooltip), which replaces the state with the preset applied to it, and
 * the note that says where the sources are.
 * @param context - the panel's state access
 */
export function presetButtons(context: ControlContext): ExplorerControl {
  const row = element('div', 'preset-row');
  for (const preset of presets) {
    const button = element('button', 'preset', preset.name);
    button.type = 'button';
    button.title = preset.description;
    button.dataset['preset'] = preset.id;
    button.addEventListener('click', () => context.replace(preset.apply(context.state())));
    row.append(button);
  }
  return { nodes: [row, element('p', 'control-help', explorerCopy.presetNote)] };
}

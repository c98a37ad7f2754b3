import { element } from '../../ui/element.js';
import { explorerCopy } from '../explorerCopy.js';
import { defaultState } from '../parameters.js';
import type { ControlContext, ExplorerControl } from './ExplorerControl.js';

/** The share box: the lesson's link, a copy button and a reset button. */
export interface ShareControls extends ExplorerControl {
  /** Shows the page's current address as the link. */
  setLink(url: string): void;
}

/**
 * Builds the share box. The link field is read-only and selected on copy, so a browser without clipboard access
 * still leaves it ready for Ctrl+C (the status line says so).
 * @param context - the panel's state access (reset replaces the state with the defaults)
 */
export function shareControls(context: ControlContext): ShareControls {
  const copy = explorerCopy.share;
  const label = element('label', 'control-label', copy.label);
  label.htmlFor = 'share-link';
  const input = element('input', 'share-link');
  input.id = 'share-link';
  input.readOnly = true;
  const status = element('span', 'share-status');
  status.setAttribute('role', 'status');
  const copyButton = element('button', undefined, copy.copy);
  copyButton.type = 'button';
  copyButton.addEventListener('click', () => {
    input.select();
    navigator.clipboard?.writeText(input.value).then(
      () => { status.textContent = copy.copied; },
      () => { status.textContent = copy.copyFailed; },
    );
  });
  const resetButton = element('button', undefined, copy.reset);
  resetButton.type = 'button';
  resetButton.addEventListener('click', () => context.replace(defaultState));
  const row = element('div', 'share-row');
  row.append(copyButton, resetButton, status);
  return {
    nodes: [label, input, row],
    setLink: (url) => { input.value = url; },
  };
}

import { maxAvatarCsvBytes } from '@rtsim/sim';
import { button } from '../ui/button.js';
import { element } from '../ui/element.js';
import { fileIntake } from '../ui/fileIntake.js';
import { avatarCopy } from './avatarCopy.js';
import { avatarExamples } from './avatarExamples.js';

/** Where the data come from, as callbacks of {@link avatarDataCard}. */
export interface AvatarDataHandlers {
  /** A file was read, or an example loaded. */
  readonly onData: (fileName: string, text: string) => void;
  /** A file was refused (too large, unreadable), with the reason. */
  readonly onRefused: (fileName: string, message: string) => void;
}

/**
 * The data card: the CSV intake (picker and drop zone), a button per bundled example and the note that the
 * example is synthetic.
 * @param handlers - what to do with data or a refusal
 * @returns the card
 */
export function avatarDataCard(handlers: AvatarDataHandlers): HTMLElement {
  const words = avatarCopy.data;
  const card = element('section', 'card');
  card.append(element('h2', undefined, words.heading));
  const intake = fileIntake({
    zoneId: 'avatar-drop-zone',
    inputId: 'avatar-file',
    accept: words.accept,
    label: words.label,
    hint: words.hint,
    maxBytes: maxAvatarCsvBytes,
    kind: words.kind,
    onText: handlers.onData,
    onRefused: handlers.onRefused,
  });
  const examples = element('div', 'run-row');
  for (const example of avatarExamples) {
    examples.append(button(words.example(example.fileName), () => handlers.onData(example.fileName, example.text)));
  }
  card.append(intake, examples, element('p', 'control-help', words.exampleNote));
  return card;
}

import { element } from './element.js';

/**
 * The body of a problems box: a heading that counts the problems in a file (`2 problems in trial.yaml`), one list
 * item per message, and a closing line saying what happened and how to fix it. Every text is set as text.
 * @param fileName - the file the problems are in
 * @param messages - one formatted message per problem
 * @param hint - the closing line, e.g. that nothing was run
 * @returns the heading (an h2), the list and the line, to append in that order
 */
export function problemList(fileName: string, messages: readonly string[], hint: string): HTMLElement[] {
  const count = messages.length;
  const items = element('ul');
  for (const message of messages) items.append(element('li', undefined, message));
  return [element('h2', undefined, `${count} ${count === 1 ? 'problem' : 'problems'} in ${fileName}`), items, element('p', undefined, hint)];
}

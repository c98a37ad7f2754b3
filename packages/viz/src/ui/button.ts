/**
 * A push button (type `button`, so it never submits a form) that calls `onClick` when pressed, by mouse or
 * keyboard. The text is set with textContent.
 * @param text - the button's text, e.g. `results.json`
 * @param onClick - called on every press
 * @returns the button, to insert (add an aria-label where the text alone does not say what it does)
 */
export function button(text: string, onClick: () => void): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.textContent = text;
  node.addEventListener('click', onClick);
  return node;
}

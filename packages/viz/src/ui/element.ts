/**
 * Creates an HTML element with an optional class and text. The text is set with textContent, so names from a file
 * never become markup.
 * @param tag - the tag name, e.g. `div`
 * @param className - the class attribute (none when empty or omitted)
 * @param text - the text content (none when omitted)
 * @returns the element, typed by its tag
 */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

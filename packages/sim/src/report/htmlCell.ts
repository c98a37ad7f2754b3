import { escapeXml } from '../charts/escapeXml.js';

/**
 * One table cell of a report page, `<td>` with its text escaped (escapeXml).
 * @param text - the cell's text, as shown (any string; it is escaped)
 * @param className - the cell's class (optional): `text` left-aligns the cell and lets it wrap
 * @returns the `<td>` element as HTML text
 */
export function htmlCell(text: string, className?: string): string {
  return `<td${className === undefined ? '' : ` class="${className}"`}>${escapeXml(text)}</td>`;
}

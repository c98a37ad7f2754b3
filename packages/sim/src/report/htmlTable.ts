import { escapeXml } from '../charts/escapeXml.js';

/**
 * A table of a report page: its caption (class `note`), one header row of column headings (`<th scope="col">`)
 * and the body rows as given. The caption and headings are escaped (escapeXml); the rows are HTML already,
 * usually `<tr>` elements of htmlCell cells.
 * @param caption - the caption, as shown
 * @param head - the column headings, as shown, left to right
 * @param rows - the body rows, each a `<tr>` element as HTML text
 * @returns the `<table>` element as HTML text
 */
export function htmlTable(caption: string, head: readonly string[], rows: readonly string[]): string {
  const headings = head.map((name) => `<th scope="col">${escapeXml(name)}</th>`).join('');
  return `<table><caption class="note">${escapeXml(caption)}</caption><thead><tr>${headings}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

import { escapeXml } from '../charts/escapeXml.js';

/**
 * Columns from which a table prints on a landscape page (`wide`): twelve or more do not fit an A4 portrait page
 * even in the print style's small type (the paired-difference tables of a run with metastasis have up to 25).
 */
const landscapeColumns = 12;

/**
 * Per column of a body row, whether its cell is a text cell (class `text`, as htmlCell marks it): a cell spanning k
 * columns (`colspan`) counts for each, so the headings after it stay over their own columns.
 */
function textColumnsOf(row: string): boolean[] {
  return [...row.matchAll(/<td\b([^>]*)>/g)].flatMap((cell) => {
    const attributes = cell[1] ?? '';
    const text = (/\bclass="([^"]*)"/.exec(attributes)?.[1] ?? '').split(' ').includes('text');
    const span = Number(/\bcolspan="(\d+)"/.exec(attributes)?.[1] ?? 1);
    return Array.from({ length: span >= 1 ? span : 1 }, () => text);
  });
}

/**
 * A table of a report page: its caption (class `note`), one header row of column headings (`<th scope="col">`, with
 * class `text`, left-aligned, over a column whose first row's cell is a `text` cell)
 * and the body rows as given, inside a `div.table-scroll` so that a table wider than the page scrolls sideways on
 * screen with its caption kept in view, and prints in small type with wrapping cells, on a landscape page when it
 * has many columns (class `wide`; reportPage's CSS). The caption and headings are escaped (escapeXml); the rows are
 * HTML already, usually `<tr>` elements of htmlCell cells.
 * @param caption - the caption, as shown
 * @param head - the column headings, as shown, left to right
 * @param rows - the body rows, each a `<tr>` element as HTML text
 * @returns the wrapped `<table>` element as HTML text
 */
export function htmlTable(caption: string, head: readonly string[], rows: readonly string[]): string {
  const textColumns = textColumnsOf(rows[0] ?? '');
  const headings = head.map((name, column) => `<th scope="col"${textColumns[column] === true ? ' class="text"' : ''}>${escapeXml(name)}</th>`).join('');
  const table = `<table><caption class="note">${escapeXml(caption)}</caption><thead><tr>${headings}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
  return `<div class="table-scroll${head.length >= landscapeColumns ? ' wide' : ''}">${table}</div>`;
}

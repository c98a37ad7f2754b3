/** A cell of {@link dataTable}: text, or text with a hover title and a smaller second line. */
export type DataCell = string | { readonly text: string; readonly title?: string; readonly sub?: string };

/**
 * A scrollable table of results: a caption, a header row of column headings and one row per item whose first cell
 * is its row heading (screen readers announce both). Every text is set with textContent, so names from a file
 * never become markup.
 * @param captionText - the caption (what the table shows, with units)
 * @param head - column headings
 * @param rows - the cells, row by row
 * @param className - class added to the wrapper, e.g. `arms-table`
 * @param readouts - the `data-readout` name of each row, by index, e.g. `alpha`; a row past the end or with
 *   `undefined` gets none
 * @returns the wrapper (class `table-wrap`) holding the table
 */
export function dataTable(captionText: string, head: readonly string[], rows: readonly (readonly DataCell[])[], className: string, readouts: readonly (string | undefined)[] = []): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = `table-wrap ${className}`;
  const element = document.createElement('table');
  const caption = document.createElement('caption');
  caption.textContent = captionText;
  const thead = document.createElement('thead');
  const headRow = document.createElement('tr');
  for (const text of head) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = text;
    headRow.append(th);
  }
  thead.append(headRow);
  const tbody = document.createElement('tbody');
  rows.forEach((row, r) => {
    const tr = document.createElement('tr');
    const readout = readouts[r];
    if (readout !== undefined) tr.dataset['readout'] = readout;
    row.forEach((cell, i) => {
      const td = document.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) td.scope = 'row';
      if (typeof cell === 'string') td.textContent = cell;
      else {
        td.textContent = cell.text;
        if (cell.title) td.title = cell.title;
        if (cell.sub) {
          const sub = document.createElement('span');
          sub.className = 'cell-sub';
          sub.textContent = cell.sub;
          td.append(document.createElement('br'), sub);
        }
      }
      tr.append(td);
    });
    tbody.append(tr);
  });
  element.append(caption, thead, tbody);
  wrap.append(element);
  return wrap;
}

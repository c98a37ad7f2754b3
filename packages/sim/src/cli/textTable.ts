/**
 * Lays out rows as a plain-text table for a terminal: columns padded to their widest cell (measured in code
 * points), separated by two spaces, a dashed rule under the header, trailing spaces trimmed.
 * @param header - column titles
 * @param rows - cells, one array per row (missing cells are empty)
 * @param align - per column `l` (left, default) or `r` (right: numbers)
 * @returns the lines, each ending with a newline
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly ('l' | 'r')[] = []): string {
  const length = (text: string): number => [...text].length;
  const widths = header.map((title, column) => rows.reduce((widest, row) => Math.max(widest, length(row[column] ?? '')), length(title)));
  const pad = (text: string, column: number): string => {
    const gap = ' '.repeat((widths[column] ?? 0) - length(text));
    return align[column] === 'r' ? gap + text : text + gap;
  };
  const line = (cells: readonly string[]): string => `${header.map((_, column) => pad(cells[column] ?? '', column)).join('  ').trimEnd()}\n`;
  return line(header) + line(widths.map((width) => '-'.repeat(width))) + rows.map(line).join('');
}

/** Estimated advance of one character of bold chart text, in em: wide enough for digits and capitals. */
const boldCharacterEm = 0.6;

/**
 * Splits a chart title into lines that fit a width, breaking at spaces (a word longer than the width gets a line of
 * its own), so that a long arm name is wrapped instead of cut at the chart's edge. Text width is estimated at
 * 0.6 em a character (bold text has no measured width in a standalone SVG).
 * @param title - the title text
 * @param widthPx - the width the lines must fit, px (> 0)
 * @param fontSizePx - the text's font size, px (> 0)
 * @returns the lines, at least one (the title itself when it fits)
 */
export function titleLines(title: string, widthPx: number, fontSizePx: number): string[] {
  const perLine = Math.max(1, Math.floor(widthPx / (fontSizePx * boldCharacterEm)));
  if (title.length <= perLine) return [title];
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/).filter((part) => part !== '')) {
    if (line !== '' && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [title];
}

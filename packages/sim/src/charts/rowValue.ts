import { chartInk } from './chartInk.js';
import { escapeXml } from './escapeXml.js';
import { svgNumber } from './svgNumber.js';

/**
 * The numbers of a row in a row chart (`+3.2 [2.9, 3.5]`), left-aligned right of the plot and centred on the row.
 * @param text - the numbers as text (escaped, never markup)
 * @param x - left end of the text, px
 * @param y - centre of the row, px
 * @returns a `<text class="row-value">` element as text
 */
export function rowValue(text: string, x: number, y: number): string {
  return `<text class="row-value" x="${svgNumber(x)}" y="${svgNumber(y)}" dy="0.32em" fill="${chartInk.text}">${escapeXml(text)}</text>`;
}

import { chartInk } from './chartInk.js';
import { escapeXml } from './escapeXml.js';
import { svgNumber } from './svgNumber.js';

/**
 * The label of a row in a row chart, right-aligned against the plot's left edge and centred on the row.
 * @param label - the row's name (escaped text, never markup)
 * @param x - right end of the text, px
 * @param y - centre of the row, px
 * @returns a `<text class="row-label">` element as text
 */
export function rowLabel(label: string, x: number, y: number): string {
  return `<text class="row-label" x="${svgNumber(x)}" y="${svgNumber(y)}" dy="0.32em" text-anchor="end" fill="${chartInk.text}">${escapeXml(label)}</text>`;
}

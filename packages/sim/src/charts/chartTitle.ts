import { chartInk } from './chartInk.js';
import { escapeXml } from './escapeXml.js';
import { svgNumber } from './svgNumber.js';

/**
 * The heading drawn inside a chart (the row charts, the histogram, the avatar and calibration charts): bold, in
 * the text ink, left-aligned at `x`.
 * @param title - the heading (escaped text, never markup)
 * @param x - left end of the text, px
 * @param y - baseline, px (default 16)
 * @returns a `<text class="chart-title">` element as text
 */
export function chartTitle(title: string, x: number, y = 16): string {
  return `<text class="chart-title" x="${svgNumber(x)}" y="${svgNumber(y)}" font-weight="600" fill="${chartInk.text}">${escapeXml(title)}</text>`;
}

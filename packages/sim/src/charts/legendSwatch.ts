import { chartInk } from './chartInk.js';
import { escapeXml } from './escapeXml.js';
import { svgNumber } from './svgNumber.js';

/**
 * One entry of a bar chart's legend (tornado, Sobol), in the band under the title: a 12 × 10 px swatch of the bar
 * colour and its label 16 px to its right.
 * @param x - left edge of the swatch, px
 * @param colour - the bars' fill (a CSS colour)
 * @param label - what the colour means (escaped text, never markup)
 * @returns a `<rect>` and a `<text>` element as text
 */
export function legendSwatch(x: number, colour: string, label: string): string {
  return (
    `<rect x="${svgNumber(x)}" y="24" width="12" height="10" fill="${colour}"/>` +
    `<text x="${svgNumber(x + 16)}" y="33" fill="${chartInk.text}">${escapeXml(label)}</text>`
  );
}

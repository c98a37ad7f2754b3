import type { ScaleLinear } from 'd3-scale';
import { chartInk } from './chartInk.js';
import { escapeXml } from './escapeXml.js';
import { svgNumber } from './svgNumber.js';

/** A labelled vertical (`axis: 'x'`) or horizontal (`axis: 'y'`) reference line at `value` (data units). */
export interface ReferenceRule {
  readonly axis: 'x' | 'y';
  readonly value: number;
  readonly label: string;
  /** Where the label of a vertical rule sits: `top` (default) or `bottom` of the plot, whichever the data leave free. */
  readonly labelAt?: 'top' | 'bottom';
}

/**
 * Dotted reference lines across the plot with their labels, in the muted ink, in plot coordinates (px from the
 * plot's top left corner).
 * @param rules - the rules (non-finite values are skipped)
 * @param x - x scale, data units to px
 * @param y - y scale, data units to px
 * @param size - plot width and height (px) and the tick-label font size (px)
 * @returns `<g class="rule">` elements as text
 */
export function referenceRules(
  rules: readonly ReferenceRule[],
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number>,
  size: { readonly plotWidth: number; readonly plotHeight: number; readonly fontSize: number },
): string {
  const { plotWidth, plotHeight, fontSize } = size;
  const stroke = `stroke="${chartInk.muted}" stroke-width="1.5" stroke-dasharray="3 3"`;
  const text = `fill="${chartInk.muted}" font-size="${svgNumber(fontSize * 0.9)}"`;
  return rules
    .filter((rule) => Number.isFinite(rule.value))
    .map((rule) => {
      const label = escapeXml(rule.label);
      if (rule.axis === 'x') {
        const px = svgNumber(x(rule.value));
        const labelY = rule.labelAt === 'bottom' ? plotHeight - 6 : fontSize;
        return (
          `<g class="rule"><line x1="${px}" x2="${px}" y1="0" y2="${svgNumber(plotHeight)}" ${stroke}/>` +
          `<text x="${svgNumber(x(rule.value) + 4)}" y="${svgNumber(labelY)}" ${text}>${label}</text></g>`
        );
      }
      const py = y(rule.value);
      return (
        `<g class="rule"><line x1="0" x2="${svgNumber(plotWidth)}" y1="${svgNumber(py)}" y2="${svgNumber(py)}" ${stroke}/>` +
        `<text x="4" y="${svgNumber(py - 5)}" ${text}>${label}</text></g>`
      );
    })
    .join('');
}

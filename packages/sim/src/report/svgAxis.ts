import { escapeXml } from './escapeXml.js';
import { svgNumber } from './svgNumber.js';

/** What {@link svgAxis} draws. */
export interface SvgAxisOptions {
  /** A d3 linear scale (or any function with `ticks` and `range`) from data to pixels along the axis. */
  readonly scale: { (value: number): number; ticks(count?: number): number[]; range(): number[] };
  /** `bottom`: horizontal, tick labels below; `left`: vertical, tick labels to the left. */
  readonly orient: 'bottom' | 'left';
  /** Where the axis line sits: y (px) of a bottom axis, x (px) of a left axis. */
  readonly position: number;
  /** Approximate number of ticks (d3's `ticks(count)`), default 5. */
  readonly tickCount?: number;
  /** Tick label of a value, default the value rounded to 2 decimals. */
  readonly format?: (value: number) => string;
  /** Axis title, with its unit, e.g. `Time (years)`; escaped. */
  readonly label: string;
  /** Distance of the title from the axis line, px (default 32 for bottom, 40 for left). */
  readonly labelOffset?: number;
}

/**
 * SVG markup of a linear axis: the domain line, tick marks, tick labels and the axis title (with its unit).
 * Pure string output (sim has no DOM): the same ticks d3-axis would draw, without d3-selection.
 * @param options - scale, orientation, position, ticks, format and label
 * @returns a `<g class="axis">` element as text
 */
export function svgAxis(options: SvgAxisOptions): string {
  const { scale, orient, position } = options;
  const format = options.format ?? ((value: number): string => svgNumber(value));
  const [start = 0, end = 0] = scale.range();
  const ticks = scale.ticks(options.tickCount ?? 5);
  const parts: string[] = [];
  if (orient === 'bottom') {
    const offset = options.labelOffset ?? 32;
    parts.push(`<line class="domain" stroke="#444" x1="${svgNumber(start)}" y1="${svgNumber(position)}" x2="${svgNumber(end)}" y2="${svgNumber(position)}"/>`);
    for (const tick of ticks) {
      const x = svgNumber(scale(tick));
      parts.push(
        `<line class="tick" stroke="#444" x1="${x}" y1="${svgNumber(position)}" x2="${x}" y2="${svgNumber(position + 5)}"/>` +
          `<text class="tick-label" fill="#222" x="${x}" y="${svgNumber(position + 17)}" text-anchor="middle">${escapeXml(format(tick))}</text>`,
      );
    }
    parts.push(`<text class="axis-label" fill="#222" x="${svgNumber((start + end) / 2)}" y="${svgNumber(position + offset)}" text-anchor="middle">${escapeXml(options.label)}</text>`);
  } else {
    const offset = options.labelOffset ?? 40;
    parts.push(`<line class="domain" stroke="#444" x1="${svgNumber(position)}" y1="${svgNumber(start)}" x2="${svgNumber(position)}" y2="${svgNumber(end)}"/>`);
    for (const tick of ticks) {
      const y = svgNumber(scale(tick));
      parts.push(
        `<line class="tick" stroke="#444" x1="${svgNumber(position - 5)}" y1="${y}" x2="${svgNumber(position)}" y2="${y}"/>` +
          `<text class="tick-label" fill="#222" x="${svgNumber(position - 8)}" y="${y}" dy="0.32em" text-anchor="end">${escapeXml(format(tick))}</text>`,
      );
    }
    const x = svgNumber(position - offset);
    const y = svgNumber((start + end) / 2);
    parts.push(`<text class="axis-label" fill="#222" x="${x}" y="${y}" transform="rotate(-90 ${x} ${y})" text-anchor="middle">${escapeXml(options.label)}</text>`);
  }
  return `<g class="axis axis-${orient}">${parts.join('')}</g>`;
}

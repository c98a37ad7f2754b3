import { chartInk } from './chartInk.js';
import { escapeXml } from './escapeXml.js';
import { svgNumber } from './svgNumber.js';

/** What {@link svgAxis} draws. */
export interface SvgAxisOptions {
  /** A d3 scale (or any function with `ticks` and `range`) from data to pixels along the axis. */
  readonly scale: { (value: number): number; ticks(count?: number): number[]; range(): number[] };
  /** `bottom`: horizontal, tick labels below; `left`/`right`: vertical, tick labels to that side. */
  readonly orient: 'bottom' | 'left' | 'right';
  /** Where the axis line sits: y (px) of a bottom axis, x (px) of a left or right axis. */
  readonly position: number;
  /** Approximate number of ticks (d3's `ticks(count)`: 1, 2 or 5 × a power of ten), default 5. */
  readonly tickCount?: number;
  /** The tick values (data units), instead of the scale's `ticks(tickCount)`, e.g. whole decades. */
  readonly tickValues?: readonly number[];
  /** Tick label of a value, default the value rounded to 2 decimals. */
  readonly format?: (value: number) => string;
  /** Axis title, with its unit, e.g. `Time (years)`; escaped. */
  readonly label: string;
  /** Distance of the title from the axis line, px (default 32 for bottom, 40 for left and right). */
  readonly labelOffset?: number;
  /**
   * Length of grid lines drawn from each tick across the plot, px (towards the plot: up from a bottom axis, right
   * from a left axis, left from a right axis); default none.
   */
  readonly grid?: number;
}

const tickSize = 6;
const tickPadding = 3;

/**
 * SVG markup of a linear axis as d3-axis draws it (domain line, 6 px outer ticks, labels 3 px beyond them), plus
 * the axis title with its unit and optional grid lines. Pure string output, so the same axis is drawn in the Node
 * reports and in the viewer; the ticks come from the scale (d3-scale's nice 1–2–5 steps) or `tickValues`.
 * @param options - scale, orientation, position (px), ticks, format, title, grid
 * @returns a `<g class="axis axis-ORIENT">` element as text; ticks are `<g class="tick">` with a line and a
 *   `<text class="tick-label">`
 */
export function svgAxis(options: SvgAxisOptions): string {
  const { scale, orient, position } = options;
  const format = options.format ?? ((value: number): string => svgNumber(value));
  const [start = 0, end = 0] = scale.range();
  const ticks = options.tickValues ?? scale.ticks(options.tickCount ?? 5);
  const role = orient === 'bottom' ? 'x' : orient === 'left' ? 'y' : 'y-right';
  const parts: string[] = [];
  if (options.grid !== undefined && options.grid > 0) parts.push(gridLines(options, ticks));
  parts.push(orient === 'bottom' ? line(start, position, end, position, 'domain') : line(position, start, position, end, 'domain'));
  for (const tick of ticks) parts.push(tickMark(orient, position, scale(tick), format(tick)));
  parts.push(axisTitle(orient, position, (start + end) / 2, options));
  return `<g class="axis axis-${orient} ${role}">${parts.join('')}</g>`;
}

function line(x1: number, y1: number, x2: number, y2: number, className: string, stroke = chartInk.text): string {
  return `<line class="${className}" stroke="${stroke}" x1="${svgNumber(x1)}" y1="${svgNumber(y1)}" x2="${svgNumber(x2)}" y2="${svgNumber(y2)}"/>`;
}

function tickMark(orient: SvgAxisOptions['orient'], position: number, at: number, text: string): string {
  const label = escapeXml(text);
  if (orient === 'bottom') {
    const x = svgNumber(at);
    return (
      `<g class="tick">${line(at, position, at, position + tickSize, 'tick-line')}` +
      `<text class="tick-label" fill="${chartInk.text}" x="${x}" y="${svgNumber(position + tickSize + tickPadding)}" dy="0.71em" text-anchor="middle">${label}</text></g>`
    );
  }
  const side = orient === 'left' ? -1 : 1;
  return (
    `<g class="tick">${line(position + side * tickSize, at, position, at, 'tick-line')}` +
    `<text class="tick-label" fill="${chartInk.text}" x="${svgNumber(position + side * (tickSize + tickPadding))}" y="${svgNumber(at)}" dy="0.32em" ` +
    `text-anchor="${orient === 'left' ? 'end' : 'start'}">${label}</text></g>`
  );
}

function gridLines(options: SvgAxisOptions, ticks: readonly number[]): string {
  const length = options.grid ?? 0;
  const { scale, orient, position } = options;
  const lines = ticks.map((tick) => {
    const at = scale(tick);
    if (orient === 'bottom') return line(at, position, at, position - length, 'grid-line', chartInk.grid);
    return line(position, at, orient === 'left' ? position + length : position - length, at, 'grid-line', chartInk.grid);
  });
  return `<g class="grid">${lines.join('')}</g>`;
}

function axisTitle(orient: SvgAxisOptions['orient'], position: number, middle: number, options: SvgAxisOptions): string {
  const text = escapeXml(options.label);
  if (orient === 'bottom') {
    const offset = options.labelOffset ?? 32;
    return `<text class="axis-label" fill="${chartInk.text}" x="${svgNumber(middle)}" y="${svgNumber(position + offset)}" text-anchor="middle">${text}</text>`;
  }
  const offset = options.labelOffset ?? 40;
  const x = svgNumber(orient === 'left' ? position - offset : position + offset);
  const y = svgNumber(middle);
  const angle = orient === 'left' ? -90 : 90;
  return `<text class="axis-label" fill="${chartInk.text}" x="${x}" y="${y}" transform="rotate(${angle} ${x} ${y})" text-anchor="middle">${text}</text>`;
}

import { max, min } from 'd3-array';
import { chartInk } from './chartInk.js';
import { chartTitle } from './chartTitle.js';
import { escapeXml } from './escapeXml.js';
import { formatSigned } from './formatSigned.js';
import { okabeIto } from './okabeIto.js';
import { paddedScale } from './paddedScale.js';
import { rowLabel } from './rowLabel.js';
import { rowLayout } from './rowLayout.js';
import { rowValue } from './rowValue.js';
import { svgAxis } from './svgAxis.js';
import { svgFrame } from './svgFrame.js';
import { svgNumber } from './svgNumber.js';

/** One row of a forest plot: an estimate with its interval, in the data's units. */
export interface ForestRow {
  readonly label: string;
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
}

/** Options of {@link forestPlot}. */
export interface ForestPlotOptions {
  /** Width, px (default 640); the height follows from the rows. */
  readonly width?: number;
  /** Height of one row, px (default 28). */
  readonly rowHeight?: number;
  /** Factor from data units to display units (default 100: probabilities shown as percentage points). */
  readonly scale?: number;
  /** Title of the x axis, with its unit (escaped); default `Difference in mean TCP (percentage points)`. */
  readonly xLabel?: string;
  /** Accessible title and heading (escaped); default `Paired differences in mean TCP`. */
  readonly title?: string;
  /** Marker and interval colour (default the first Okabe–Ito colour). */
  readonly colour?: string;
  /** Decimals of the numbers on the right, in display units (default 2: the tables' `+5.46 [+5.18, +5.74]` points). */
  readonly decimals?: number;
}

/**
 * A forest plot as SVG: one row per comparison, a `<line class="interval">` from lower to upper bound and a
 * `<rect class="estimate">` square at the estimate, a dashed `<line class="reference">` at zero (no difference),
 * the label on the left and the numbers on the right, signed as the tables print them (`+3.25 [+2.90, +3.50]`). x in display units (`scale` × data).
 * Rows with a non-finite estimate are labelled but not drawn.
 * @param rows - the estimates and 95% intervals (data units, e.g. probability differences)
 * @param options - width (px), row height (px), display scale, axis label, title, colour, decimals of the numbers
 * @returns the chart as standalone SVG text (coordinates rounded to 0.01 px)
 */
export function forestPlot(rows: readonly ForestRow[], options: ForestPlotOptions = {}): string {
  const width = options.width ?? 640;
  const rowHeight = options.rowHeight ?? 28;
  const factor = options.scale ?? 100;
  const title = options.title ?? 'Paired differences in mean TCP';
  const colour = options.colour ?? okabeIto[0];
  const margin = { top: 28, right: 170, bottom: 46, left: 200 };
  const { height, bottom, centre } = rowLayout(rows.length, rowHeight, margin);
  const finite = rows.filter((row) => Number.isFinite(row.estimate));
  const values = finite.flatMap((row) => [row.lower, row.upper, row.estimate].filter(Number.isFinite).map((v) => v * factor));
  const low = Math.min(0, min(values) ?? 0);
  const high = Math.max(0, max(values) ?? 0);
  const x = paddedScale(low, high, [margin.left, width - margin.right]);
  const decimals = options.decimals ?? 2;
  const signed = (value: number): string => formatSigned(value * factor, decimals);
  const marks = rows.map((row, index) => {
    const cy = centre(index);
    const label = rowLabel(row.label, margin.left - 10, cy);
    const numbers = rowValue(`${signed(row.estimate)} [${signed(row.lower)}, ${signed(row.upper)}]`, width - margin.right + 10, cy);
    if (!Number.isFinite(row.estimate)) return `<g class="row">${label}${numbers}</g>`;
    const lower = Number.isFinite(row.lower) ? row.lower : row.estimate;
    const upper = Number.isFinite(row.upper) ? row.upper : row.estimate;
    const cx = x(row.estimate * factor);
    return (
      `<g class="row">${label}` +
      `<line class="interval" x1="${svgNumber(x(lower * factor))}" y1="${svgNumber(cy)}" x2="${svgNumber(x(upper * factor))}" y2="${svgNumber(cy)}" stroke="${escapeXml(colour)}" stroke-width="2"/>` +
      `<rect class="estimate" x="${svgNumber(cx - 5)}" y="${svgNumber(cy - 5)}" width="10" height="10" fill="${escapeXml(colour)}"/>` +
      `${numbers}</g>`
    );
  });
  const zero = svgNumber(x(0));
  const content =
    chartTitle(title, margin.left) +
    `<line class="reference" x1="${zero}" y1="${svgNumber(margin.top)}" x2="${zero}" y2="${svgNumber(bottom)}" stroke="${chartInk.muted}" stroke-dasharray="4 3"/>` +
    marks.join('') +
    svgAxis({ scale: x, orient: 'bottom', position: bottom, tickCount: 6, format: (value) => svgNumber(value, 1), label: options.xLabel ?? 'Difference in mean TCP (percentage points)' });
  return svgFrame(width, height, title, content, { className: 'chart forest-plot' });
}

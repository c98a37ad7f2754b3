import { scaleLinear } from 'd3-scale';
import type { Interval } from '../stats/Interval.js';
import { chartInk } from './chartInk.js';
import { chartTitle } from './chartTitle.js';
import { formatFixed } from './formatFixed.js';
import { formatSigned } from './formatSigned.js';
import { okabeIto } from './okabeIto.js';
import { rowLabel } from './rowLabel.js';
import { rowLayout } from './rowLayout.js';
import { rowValue } from './rowValue.js';
import { svgAxis } from './svgAxis.js';
import { svgFrame } from './svgFrame.js';
import { svgNumber } from './svgNumber.js';

/** One row: a quantity over the parameter sets of a two-level run. */
export interface UncertaintyIntervalRow {
  readonly label: string;
  /** Value at the nominal parameter set. */
  readonly nominal: number;
  /** 2.5–97.5 % over the parameter sets (parameter uncertainty). */
  readonly parameterInterval: Interval;
  /** 95 % interval with Monte Carlo error added. */
  readonly combinedInterval: Interval;
}

/** Options of {@link uncertaintyIntervalChart}. */
export interface UncertaintyIntervalChartOptions {
  /** Width, px (default 640); the height follows from the rows. */
  readonly width?: number;
  /** Height of one row, px (default 28). */
  readonly rowHeight?: number;
  /** Factor from data units to display units (default 100: percent or percentage points). */
  readonly scale?: number;
  /** Title of the x axis, with its unit (escaped). */
  readonly xLabel?: string;
  /** Accessible title and heading (escaped). */
  readonly title?: string;
  /** Draw a dashed reference line at 0 (for differences). Default false. */
  readonly zeroLine?: boolean;
  /** Decimals of the numbers on the right, in display units (default 1), to match the table beside the chart. */
  readonly decimals?: number;
  /** Sign the numbers on the right (`+0.15`, as a table of differences prints them; default false). */
  readonly signed?: boolean;
}

/**
 * Two-level intervals as SVG: per row a thin `<line class="combined">` for the combined 95 % interval, a thick
 * `<line class="parameter">` for the parameter interval over the drawn sets, and a `<circle class="nominal">` at
 * the nominal value; the label on the left and the numbers on the right. When the parameters explain most of the
 * doubt the thick line nearly covers the thin one; when Monte Carlo error dominates, the thin line sticks out.
 * @param rows - the quantities (non-finite values are labelled but not drawn)
 * @param options - width (px), row height (px), display scale, axis label, title, zero line, decimals and sign of the numbers
 * @returns the chart as standalone SVG text (coordinates rounded to 0.01 px)
 */
export function uncertaintyIntervalChart(rows: readonly UncertaintyIntervalRow[], options: UncertaintyIntervalChartOptions = {}): string {
  const width = options.width ?? 640;
  const rowHeight = options.rowHeight ?? 28;
  const factor = options.scale ?? 100;
  const title = options.title ?? 'Parameter uncertainty';
  const colour = okabeIto[0];
  const margin = { top: 28, right: 170, bottom: 46, left: 200 };
  const { height, bottom, centre } = rowLayout(rows.length, rowHeight, margin);
  const values = rows.flatMap((row) => [row.nominal, ...row.parameterInterval, ...row.combinedInterval]).filter(Number.isFinite).map((v) => v * factor);
  const ends = options.zeroLine === true ? [...values, 0] : values;
  const low = ends.reduce((lowest, value) => Math.min(lowest, value), Infinity);
  const high = ends.reduce((highest, value) => Math.max(highest, value), -Infinity);
  const pad = high - low > 0 ? 0.05 * (high - low) : 1;
  const x = scaleLinear()
    .domain([(Number.isFinite(low) ? low : 0) - pad, (Number.isFinite(high) ? high : 1) + pad])
    .nice()
    .range([margin.left, width - margin.right]);
  const decimals = options.decimals ?? 1;
  const text = (value: number): string => (options.signed === true ? formatSigned(value * factor, decimals) : formatFixed(value * factor, decimals));
  const segment = (interval: Interval, cy: number, className: string, strokeWidth: number): string =>
    interval.every(Number.isFinite)
      ? `<line class="${className}" x1="${svgNumber(x(interval[0] * factor))}" y1="${svgNumber(cy)}" x2="${svgNumber(x(interval[1] * factor))}" y2="${svgNumber(cy)}" stroke="${colour}" stroke-width="${strokeWidth}"/>`
      : '';
  const marks = rows.map((row, index) => {
    const cy = centre(index);
    const label = rowLabel(row.label, margin.left - 10, cy);
    const numbers = rowValue(`${text(row.nominal)} [${text(row.combinedInterval[0])}, ${text(row.combinedInterval[1])}]`, width - margin.right + 10, cy);
    const dot = Number.isFinite(row.nominal)
      ? `<circle class="nominal" cx="${svgNumber(x(row.nominal * factor))}" cy="${svgNumber(cy)}" r="4" fill="#fff" stroke="${colour}" stroke-width="2"/>`
      : '';
    return `<g class="row">${label}${segment(row.combinedInterval, cy, 'combined', 1.5)}${segment(row.parameterInterval, cy, 'parameter', 7)}${dot}${numbers}</g>`;
  });
  const reference = options.zeroLine === true
    ? `<line class="reference" x1="${svgNumber(x(0))}" y1="${svgNumber(margin.top)}" x2="${svgNumber(x(0))}" y2="${svgNumber(bottom)}" stroke="${chartInk.muted}" stroke-dasharray="4 3"/>`
    : '';
  const content =
    chartTitle(title, 10) +
    reference +
    marks.join('') +
    svgAxis({ scale: x, orient: 'bottom', position: bottom, tickCount: 6, format: (value) => svgNumber(value, 1), label: options.xLabel ?? 'Control rate (%)' });
  return svgFrame(width, height, title, content, { className: 'chart uncertainty-interval-chart' });
}

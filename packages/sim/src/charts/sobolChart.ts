import { scaleLinear } from 'd3-scale';
import type { Interval } from '../stats/Interval.js';
import { chartInk } from './chartInk.js';
import { chartTitle } from './chartTitle.js';
import { legendSwatch } from './legendSwatch.js';
import { okabeIto } from './okabeIto.js';
import { rowLabel } from './rowLabel.js';
import { rowLayout } from './rowLayout.js';
import { svgAxis } from './svgAxis.js';
import { svgFrame } from './svgFrame.js';
import { svgNumber } from './svgNumber.js';

/** The Sobol indices of one parameter, with their intervals. */
export interface SobolChartRow {
  readonly label: string;
  readonly first: number;
  readonly firstCi95: Interval;
  readonly total: number;
  readonly totalCi95: Interval;
}

/** Options of {@link sobolChart}. */
export interface SobolChartOptions {
  /** Width, px (default 720); the height follows from the rows. */
  readonly width?: number;
  /** Height of one parameter's pair of bars, px (default 40). */
  readonly rowHeight?: number;
  /** Accessible title and heading (escaped); default `Sobol indices`. */
  readonly title?: string;
}

/**
 * Sobol indices as SVG: per parameter (in the order given) a `<rect class="bar first">` for the first-order index
 * S and below it a `<rect class="bar total">` for the total index S_T (Okabe–Ito bluish green and orange), each
 * with a `<line class="interval">` for its 95 % interval; x from 0 to 1 (widened to show estimates or intervals
 * outside [0, 1], which sampling error can give), a legend on top. A gap between S_T and S is the parameter's
 * share through interactions.
 * @param rows - the indices (non-finite values are labelled but not drawn)
 * @param options - width (px), row height (px), title
 * @returns the chart as standalone SVG text (coordinates rounded to 0.01 px)
 */
export function sobolChart(rows: readonly SobolChartRow[], options: SobolChartOptions = {}): string {
  const width = options.width ?? 720;
  const rowHeight = options.rowHeight ?? 40;
  const title = options.title ?? 'Sobol indices';
  const firstColour = okabeIto[2];
  const totalColour = okabeIto[4];
  const margin = { top: 46, right: 30, bottom: 46, left: 250 };
  const { height, bottom, centre } = rowLayout(rows.length, rowHeight, margin);
  const values = rows.flatMap((row) => [row.first, row.total, ...row.firstCi95, ...row.totalCi95]).filter(Number.isFinite);
  const x = scaleLinear()
    .domain([values.reduce((lowest, value) => Math.min(lowest, value), 0), values.reduce((highest, value) => Math.max(highest, value), 1)])
    .nice()
    .range([margin.left, width - margin.right]);
  const zero = x(0);
  const bar = (value: number, interval: Interval, y: number, className: string, colour: string): string => {
    if (!Number.isFinite(value)) return '';
    const end = x(value);
    const h = rowHeight * 0.32;
    const whisker = interval.every(Number.isFinite)
      ? `<line class="interval" x1="${svgNumber(x(interval[0]))}" y1="${svgNumber(y + h / 2)}" x2="${svgNumber(x(interval[1]))}" y2="${svgNumber(y + h / 2)}" stroke="${chartInk.text}" stroke-width="1.5"/>`
      : '';
    return `<rect class="bar ${className}" x="${svgNumber(Math.min(zero, end))}" y="${svgNumber(y)}" width="${svgNumber(Math.abs(end - zero))}" height="${svgNumber(h)}" fill="${colour}"/>${whisker}`;
  };
  const marks = rows.map((row, index) => {
    const top = margin.top + index * rowHeight + rowHeight * 0.14;
    const cy = centre(index);
    return (
      `<g class="row">${rowLabel(row.label, margin.left - 10, cy)}` +
      bar(row.first, row.firstCi95, top, 'first', firstColour) +
      bar(row.total, row.totalCi95, top + rowHeight * 0.36, 'total', totalColour) +
      '</g>'
    );
  });
  const legend =
    `<g class="legend">${legendSwatch(margin.left, firstColour, 'first order S (alone)')}` +
    legendSwatch(margin.left + 170, totalColour, 'total S_T (with interactions)') +
    `<line x1="${svgNumber(margin.left + 360)}" y1="29" x2="${svgNumber(margin.left + 380)}" y2="29" stroke="${chartInk.text}" stroke-width="1.5"/>` +
    `<text x="${svgNumber(margin.left + 386)}" y="33" fill="${chartInk.text}">95 % interval</text></g>`;
  const content =
    chartTitle(title, margin.left) +
    legend +
    `<line class="reference" x1="${svgNumber(zero)}" y1="${svgNumber(margin.top - 4)}" x2="${svgNumber(zero)}" y2="${svgNumber(bottom)}" stroke="${chartInk.muted}"/>` +
    marks.join('') +
    svgAxis({ scale: x, orient: 'bottom', position: bottom, tickCount: 5, format: (value) => svgNumber(value, 2), label: 'Share of the output variance' });
  return svgFrame(width, height, title, content, { className: 'chart sobol-chart' });
}

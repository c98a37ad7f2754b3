import { chartInk } from './chartInk.js';
import { chartTitle } from './chartTitle.js';
import { escapeXml } from './escapeXml.js';
import { legendSwatch } from './legendSwatch.js';
import { okabeIto } from './okabeIto.js';
import { paddedScale } from './paddedScale.js';
import { rowLayout } from './rowLayout.js';
import { svgAxis } from './svgAxis.js';
import { svgFrame } from './svgFrame.js';
import { svgNumber } from './svgNumber.js';

/** One bar of a tornado chart: a parameter and the output at each end of its interval. */
export interface TornadoChartRow {
  readonly label: string;
  /** The parameter's low and high ends, shown as text (already formatted, e.g. `0.17 – 0.29`). */
  readonly range?: string;
  readonly outputLow: number;
  readonly outputHigh: number;
}

/** Options of {@link tornadoChart}. */
export interface TornadoChartOptions {
  /** Width, px (default 720); the height follows from the rows. */
  readonly width?: number;
  /** Height of one row, px (default 34). */
  readonly rowHeight?: number;
  /** Factor from output units to display units (default 100: probabilities in percent or percentage points). */
  readonly scale?: number;
  /** Title of the x axis, with its unit (escaped); default `Output (%)`. */
  readonly xLabel?: string;
  /** Accessible title and heading (escaped); default `One-at-a-time sensitivity`. */
  readonly title?: string;
}

/**
 * A tornado chart as SVG: one row per parameter, in the order given (pass them by swing, largest first), each a
 * `<rect class="bar low">` from the base output to the output with the parameter at its low end and a
 * `<rect class="bar high">` to the output at its high end (Okabe–Ito blue and vermillion), a dashed
 * `<line class="reference">` at the base, the label (and under it the range) on the left, a legend on top. x in display units
 * (`scale` × output).
 * @param base - the output with every parameter nominal
 * @param rows - the bars (non-finite outputs are labelled but not drawn)
 * @param options - width (px), row height (px), display scale, axis label, title
 * @returns the chart as standalone SVG text (coordinates rounded to 0.01 px)
 */
export function tornadoChart(base: number, rows: readonly TornadoChartRow[], options: TornadoChartOptions = {}): string {
  const width = options.width ?? 720;
  const rowHeight = options.rowHeight ?? 34;
  const factor = options.scale ?? 100;
  const title = options.title ?? 'One-at-a-time sensitivity';
  const [lowColour, highColour] = okabeIto as [string, string];
  const margin = { top: 46, right: 30, bottom: 46, left: 250 };
  const { height, bottom, centre } = rowLayout(rows.length, rowHeight, margin);
  const values = [base, ...rows.flatMap((row) => [row.outputLow, row.outputHigh])].filter(Number.isFinite).map((v) => v * factor);
  const baseEnd = Number.isFinite(base) ? base * factor : 0;
  const low = values.reduce((lowest, value) => Math.min(lowest, value), baseEnd);
  const high = values.reduce((highest, value) => Math.max(highest, value), baseEnd);
  const x = paddedScale(low, high, [margin.left, width - margin.right]);
  const baseX = x(Number.isFinite(base) ? base * factor : 0);
  const bar = (value: number, cy: number, className: string, colour: string): string => {
    if (!Number.isFinite(value)) return '';
    const end = x(value * factor);
    const left = Math.min(end, baseX);
    return `<rect class="bar ${className}" x="${svgNumber(left)}" y="${svgNumber(cy - rowHeight * 0.32)}" width="${svgNumber(Math.abs(end - baseX))}" height="${svgNumber(rowHeight * 0.64)}" fill="${colour}"/>`;
  };
  const marks = rows.map((row, index) => {
    const cy = centre(index);
    // The range goes on a second line under the label: long ranges (10⁻¹³ – 10⁻¹⁰) would not fit beside it.
    const labelX = svgNumber(margin.left - 10);
    const text = row.range === undefined
      ? `<text class="row-label" x="${labelX}" y="${svgNumber(cy)}" dy="0.32em" text-anchor="end" fill="${chartInk.text}">${escapeXml(row.label)}</text>`
      : `<text class="row-label" x="${labelX}" y="${svgNumber(cy)}" dy="-0.2em" text-anchor="end" fill="${chartInk.text}">${escapeXml(row.label)}` +
        `<tspan class="row-range" x="${labelX}" dy="1.15em" fill="${chartInk.muted}" font-size="10">${escapeXml(row.range)}</tspan></text>`;
    return (
      `<g class="row">${text}` +
      `${bar(row.outputLow, cy, 'low', lowColour)}${bar(row.outputHigh, cy, 'high', highColour)}</g>`
    );
  });
  const legend =
    `<g class="legend">${legendSwatch(margin.left, lowColour, 'parameter at its low end (2.5 %)')}` +
    `${legendSwatch(margin.left + 220, highColour, 'at its high end (97.5 %)')}</g>`;
  const content =
    chartTitle(title, margin.left) +
    legend +
    marks.join('') +
    `<line class="reference" x1="${svgNumber(baseX)}" y1="${svgNumber(margin.top - 4)}" x2="${svgNumber(baseX)}" y2="${svgNumber(bottom)}" stroke="${chartInk.text}" stroke-dasharray="4 3"/>` +
    svgAxis({ scale: x, orient: 'bottom', position: bottom, tickCount: 6, format: (value) => svgNumber(value, 2), label: options.xLabel ?? 'Output (%)' });
  return svgFrame(width, height, title, content, { className: 'chart tornado-chart' });
}

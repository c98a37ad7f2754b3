import { curveStepAfter, line } from 'd3-shape';
import { scaleLinear } from 'd3-scale';
import { escapeXml } from './escapeXml.js';
import { okabeIto } from './okabeIto.js';
import { svgAxis } from './svgAxis.js';
import { svgFrame } from './svgFrame.js';
import { svgNumber } from './svgNumber.js';

/** Kaplan–Meier local control curves on a common grid of time bins. */
export interface LocalControlData {
  /** Width of a time bin, days (`TrialResults.followUp.binDays`). */
  readonly binDays: number;
  /** One curve per arm: local control (probability) at the end of each bin, as in `GroupOutcome.localControlCurve`. */
  readonly series: readonly { readonly label: string; readonly curve: readonly number[] }[];
}

/** Options of {@link localControlChart}. */
export interface LocalControlOptions {
  /** Size of the chart, px (default 640 × 320). */
  readonly width?: number;
  readonly height?: number;
  /** Colours of the series, in order (default Okabe–Ito); series beyond the list reuse it. */
  readonly colours?: readonly string[];
  /** Accessible title and heading (escaped); default `Local control (Kaplan–Meier)`. */
  readonly title?: string;
  /** Lowest local control shown, a probability in [0, 1) (default 0). */
  readonly yMin?: number;
}

const dashes = ['', '6 3', '2 2', '8 3 2 3'];

/**
 * Kaplan–Meier local control curves as SVG step lines, one `<path class="curve">` per series: x = time since the
 * first treatment event (years), y = local control (%). Each curve starts at 100 % at time 0 and steps down at
 * the end of each bin in which failures were detected. Series differ by colour (Okabe–Ito) and dash pattern, and a
 * legend names them. Non-finite values (an empty group) end the line.
 * @param data - bin width (days) and the curves
 * @param options - size (px), colours, title, lower y limit
 * @returns the chart as standalone SVG text (coordinates rounded to 0.01 px)
 */
export function localControlChart(data: LocalControlData, options: LocalControlOptions = {}): string {
  const width = options.width ?? 640;
  const height = options.height ?? 320;
  const title = options.title ?? 'Local control (Kaplan–Meier)';
  const colours = options.colours !== undefined && options.colours.length > 0 ? options.colours : okabeIto;
  const legendWidth = 160;
  const margin = { top: 28, right: legendWidth + 16, bottom: 44, left: 56 };
  const bins = data.series.reduce((most, series) => Math.max(most, series.curve.length), 1);
  const years = (bins * data.binDays) / 365.25;
  const x = scaleLinear()
    .domain([0, years > 0 ? years : 1])
    .range([margin.left, width - margin.right]);
  const yMin = options.yMin !== undefined && options.yMin >= 0 && options.yMin < 1 ? options.yMin : 0;
  const y = scaleLinear().domain([yMin, 1]).range([height - margin.bottom, margin.top]);
  const path = line<readonly [number, number]>()
    .defined(([, value]) => Number.isFinite(value))
    .x(([time]) => x(time))
    .y(([, value]) => y(Math.max(yMin, value)))
    .curve(curveStepAfter)
    .digits(2);
  const curves: string[] = [];
  const legend: string[] = [];
  data.series.forEach((series, index) => {
    const colour = colours[index % colours.length] as string;
    const dash = dashes[index % dashes.length] as string;
    const points: (readonly [number, number])[] = [[0, 1]];
    series.curve.forEach((value, i) => points.push([((i + 1) * data.binDays) / 365.25, value]));
    const d = path(points) ?? '';
    const dashAttribute = dash === '' ? '' : ` stroke-dasharray="${dash}"`;
    curves.push(`<path class="curve" d="${d}" fill="none" stroke="${escapeXml(colour)}" stroke-width="2"${dashAttribute}><title>${escapeXml(series.label)}</title></path>`);
    const ly = margin.top + 8 + index * 18;
    const lx = width - legendWidth;
    legend.push(
      `<line x1="${svgNumber(lx)}" y1="${svgNumber(ly)}" x2="${svgNumber(lx + 24)}" y2="${svgNumber(ly)}" stroke="${escapeXml(colour)}" stroke-width="2"${dashAttribute}/>` +
        `<text x="${svgNumber(lx + 30)}" y="${svgNumber(ly)}" dy="0.32em" fill="#222">${escapeXml(series.label)}</text>`,
    );
  });
  const percent = (value: number): string => svgNumber(100 * value, 1);
  const content =
    `<text class="chart-title" x="${svgNumber(margin.left)}" y="16" font-weight="600" fill="#222">${escapeXml(title)}</text>` +
    svgAxis({ scale: x, orient: 'bottom', position: height - margin.bottom, tickCount: Math.min(10, Math.max(2, Math.round(years))), label: 'Time since start of treatment (years)' }) +
    svgAxis({ scale: y, orient: 'left', position: margin.left, tickCount: 5, format: percent, label: 'Local control (%)' }) +
    `<g class="curves">${curves.join('')}</g><g class="legend">${legend.join('')}</g>`;
  return svgFrame(width, height, title, content, 'chart local-control');
}

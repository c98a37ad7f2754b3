import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { chartTitle } from './chartTitle.js';
import { escapeXml } from './escapeXml.js';
import { okabeIto } from './okabeIto.js';
import { svgAxis } from './svgAxis.js';
import { svgFrame } from './svgFrame.js';
import { svgNumber } from './svgNumber.js';
import { titleLines } from './titleLines.js';

/** A per-patient TCP histogram, as in `GroupOutcome.tcpHistogram`: `counts[i]` patients with TCP in [i·w, (i+1)·w). */
export interface TcpHistogramData {
  readonly binWidth: number;
  readonly counts: readonly number[];
}

/** Options of {@link tcpHistogramChart}. */
export interface TcpHistogramOptions {
  /** Size of the chart, px (default 320 × 200). */
  readonly width?: number;
  readonly height?: number;
  /** Bar colour (default the first Okabe–Ito colour). */
  readonly colour?: string;
  /** Title drawn above the plot and used as the accessible title (escaped); default `TCP distribution`. */
  readonly title?: string;
  /**
   * Top of the y axis as a share of patients in [0, 1]; give the same value to several charts to compare them on
   * one scale. Default: the tallest bar of this chart.
   */
  readonly yMax?: number;
}

/** Font size of the title (the frame's 11 px), and the distance between its lines when it wraps, px. */
const titleFontSize = 11;
const titleLineHeight = 14;

/**
 * The distribution of per-patient tumour control probability in one arm, as an SVG histogram: x = TCP (%), 0 to
 * 100; y = share of the arm's patients in each bin (%). One `<rect class="bar">` per non-empty bin. A title too wide
 * for the chart (a long arm name) wraps onto more lines ({@link titleLines}) and the chart grows by their height.
 * @param data - bin width (probability units, e.g. 0.02) and counts (patients per bin, ≥ 0)
 * @param options - size (px), colour, title, shared y maximum
 * @returns the chart as standalone SVG text (coordinates rounded to 0.01 px); an empty plot with axes when there
 *   are no patients
 */
export function tcpHistogramChart(data: TcpHistogramData, options: TcpHistogramOptions = {}): string {
  const width = options.width ?? 320;
  const title = options.title ?? 'TCP distribution';
  const colour = options.colour ?? okabeIto[0];
  // A title wider than the space right of the y axis (a long arm name) starts at the left edge and wraps; each
  // extra line makes the chart taller, so the plot keeps its size.
  const titleFits = titleLines(title, width - 52 - 4, titleFontSize).length === 1;
  const lines = titleFits ? [title] : titleLines(title, width - 8, titleFontSize);
  const extraTop = (lines.length - 1) * titleLineHeight;
  const height = (options.height ?? 200) + extraTop;
  const margin = { top: 24 + extraTop, right: 12, bottom: 40, left: 52 };
  const total = data.counts.reduce((sum, count) => sum + (count > 0 ? count : 0), 0);
  const shares = data.counts.map((count) => (total > 0 && count > 0 ? count / total : 0));
  const yTop = options.yMax !== undefined && options.yMax > 0 ? options.yMax : Math.max(max(shares) ?? 0, 0.01);
  const x = scaleLinear().domain([0, 1]).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain([0, yTop]).nice().range([height - margin.bottom, margin.top]);
  const bars: string[] = [];
  const binWidth = data.binWidth > 0 ? data.binWidth : 1 / Math.max(1, data.counts.length);
  shares.forEach((share, i) => {
    if (share <= 0) return;
    const x0 = x(i * binWidth);
    const x1 = x(Math.min(1, (i + 1) * binWidth));
    const top = y(share);
    bars.push(
      `<rect class="bar" x="${svgNumber(x0 + 0.5)}" y="${svgNumber(top)}" width="${svgNumber(Math.max(0, x1 - x0 - 1))}" ` +
        `height="${svgNumber(y(0) - top)}" fill="${escapeXml(colour)}"><title>${svgNumber(100 * i * binWidth, 1)}–${svgNumber(100 * Math.min(1, (i + 1) * binWidth), 1)} %: ${svgNumber(100 * share, 2)} % of patients</title></rect>`,
    );
  });
  const percent = (value: number): string => svgNumber(100 * value, 1);
  const content =
    lines.map((line, i) => chartTitle(line, titleFits ? margin.left : 4, 14 + i * titleLineHeight)).join('') +
    `<g class="bars">${bars.join('')}</g>` +
    svgAxis({ scale: x, orient: 'bottom', position: height - margin.bottom, tickCount: 5, format: percent, label: 'Tumour control probability (%)' }) +
    svgAxis({ scale: y, orient: 'left', position: margin.left, tickCount: 4, format: percent, label: 'Patients (%)' });
  return svgFrame(width, height, title, content, { className: 'chart tcp-histogram' });
}

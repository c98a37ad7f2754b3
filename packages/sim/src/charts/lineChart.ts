import { curveLinear, curveStepAfter, line } from 'd3-shape';
import { chartInk } from './chartInk.js';
import { chartLegend } from './chartLegend.js';
import { escapeXml } from './escapeXml.js';
import { lineChartLayout } from './lineChartLayout.js';
import type { LineChartLayout } from './lineChartLayout.js';
import { lineMarkers } from './lineMarkers.js';
import type { LineMarker } from './lineMarkers.js';
import { lineScale } from './lineScale.js';
import type { LineAxisOptions, LineScale } from './lineScale.js';
import { referenceRules } from './referenceRules.js';
import type { ReferenceRule } from './referenceRules.js';
import { seriesStyle } from './seriesStyle.js';
import { svgAxis } from './svgAxis.js';
import { svgFrame } from './svgFrame.js';
import { svgNumber } from './svgNumber.js';

/** A point `[x, y]` in data units; a non-finite coordinate breaks the line. */
export type Point = readonly [x: number, y: number];

/** One line of a {@link lineChart}. */
export interface LineSeries {
  /** Legend text (escaped; never parsed as markup); `''` leaves the series out of the legend. */
  readonly label: string;
  readonly points: readonly Point[];
  /** CSS colour; default the {@link seriesStyle} colour of the series index. */
  readonly colour?: string;
  /** SVG dash array (px), `''` for solid; default the {@link seriesStyle} dash of the series index. */
  readonly dash?: string;
  /** Draw steps (each value holds until the next point, as a Kaplan–Meier curve) instead of straight segments. */
  readonly step?: boolean;
}

/** Input of {@link lineChart}. */
export interface LineChartData {
  readonly series: readonly LineSeries[];
  readonly markers?: readonly LineMarker[];
  readonly rules?: readonly ReferenceRule[];
}

/** Options of {@link lineChart}. All lengths in SVG user units (px at 100% zoom). */
export interface LineChartOptions {
  /** Prefix for ids inside the SVG (title, description, clip path); must be unique within the page. */
  readonly id: string;
  /** Visible title, also the accessible name. */
  readonly title: string;
  /** Accessible description (`<desc>`). */
  readonly description?: string;
  /** Width, px (default 540). */
  readonly width?: number;
  /** Height, px (default 360). */
  readonly height?: number;
  /** Font size of tick labels and legend, px (default 16; the title is 1.1×). */
  readonly fontSize?: number;
  /** Extra class of the root element, after `chart rtsim-chart`, e.g. `local-control`. */
  readonly className?: string;
  readonly x: LineAxisOptions;
  readonly y: LineAxisOptions;
  /**
   * A second y axis on the right showing `left value + offset` (in the units of the left axis, e.g. log₁₀
   * surviving fraction + log₁₀ N₀ = log₁₀ surviving clonogens); decades if the left axis is.
   */
  readonly yRight?: { readonly label: string; readonly offset: number };
}

/** Stroke width of series lines and legend samples, px. */
const lineWidth = 2.5;

/**
 * A line chart, the building block of the viewer's explorer charts and the reports' survival curves: title,
 * legend, axes with units and grid lines, reference rules, series (Okabe–Ito colours and dashes by index, see
 * {@link seriesStyle}) and labelled markers.
 * @param data - series (points in data units), markers and reference rules
 * @param options - id, title, description, size (px), axes with units; see {@link LineChartOptions}
 * @returns a standalone `<svg>` as text (xmlns set, `role="img"`, `<title>` and `<desc>` named by
 *   `aria-labelledby`), with every colour and font given as attributes so it renders the same in a report, in the
 *   page and as a downloaded file; coordinates rounded to 0.01 px
 * @remarks Pure: the output depends only on the arguments (no randomness, no ids from global counters).
 */
export function lineChart(data: LineChartData, options: LineChartOptions): string {
  const width = options.width ?? 540;
  const height = options.height ?? 360;
  const fontSize = options.fontSize ?? 16;
  const legendSeries = data.series.map((series, index) => ({ series, index })).filter(({ series }) => series.label !== '');
  const layout = lineChartLayout({
    width,
    height,
    fontSize,
    legendLabels: legendSeries.map(({ series }) => series.label),
    decadesY: options.y.scale === 'decades',
    rightAxis: options.yRight !== undefined,
  });
  const markers = data.markers ?? [];
  const xs = [...data.series.flatMap((series) => series.points.map((point) => point[0])), ...markers.map((marker) => marker.x)];
  const ys = [...data.series.flatMap((series) => series.points.map((point) => point[1])), ...markers.map((marker) => marker.y)];
  const x = lineScale(options.x, xs, [0, layout.plotWidth]);
  const y = lineScale(options.y, ys, [layout.plotHeight, 0]);
  const { margin, plotWidth, plotHeight } = layout;
  const clip = `${escapeXml(options.id)}-clip`;
  const plot =
    `<clipPath id="${clip}"><rect x="-2" y="-2" width="${svgNumber(plotWidth + 4)}" height="${svgNumber(plotHeight + 4)}"/></clipPath>` +
    lineAxes(options, layout, x, y, fontSize) +
    `<g clip-path="url(#${clip})">` +
    referenceRules(data.rules ?? [], x.scale, y.scale, { plotWidth, plotHeight, fontSize }) +
    seriesPaths(data.series, x, y) +
    '</g>' +
    lineMarkers(markers, x.scale, y.scale, { plotWidth, marginLeft: margin.left, marginRight: margin.right, fontSize });
  const content =
    `<text class="chart-title" x="12" y="${layout.titleSize + 6}" font-size="${layout.titleSize}" font-weight="600" fill="${chartInk.text}">${escapeXml(options.title)}</text>` +
    chartLegend(legendSeries.map(({ series, index }) => strokeOf(series, index)), layout, lineWidth) +
    `<g class="plot" transform="translate(${svgNumber(margin.left)},${svgNumber(margin.top)})">${plot}</g>`;
  return svgFrame(width, height, options.title, content, {
    className: options.className === undefined ? 'chart rtsim-chart' : `chart rtsim-chart ${options.className}`,
    id: options.id,
    description: options.description ?? '',
    fontSize,
  });
}

function strokeOf(series: LineSeries, index: number): { label: string; colour: string; dash: string } {
  const style = seriesStyle(index);
  return { label: series.label, colour: series.colour ?? style.colour, dash: series.dash ?? style.dash };
}

function lineAxes(options: LineChartOptions, layout: LineChartLayout, x: LineScale, y: LineScale, fontSize: number): string {
  const { margin, plotWidth, plotHeight } = layout;
  const format = (scale: LineScale): { format?: (value: number) => string } => (scale.format ? { format: scale.format } : {});
  let axes =
    svgAxis({ scale: x.scale, orient: 'bottom', position: plotHeight, tickValues: x.ticks, ...format(x), label: options.x.label, labelOffset: fontSize * 2.8 }) +
    svgAxis({ scale: y.scale, orient: 'left', position: 0, tickValues: y.ticks, ...format(y), label: options.y.label, labelOffset: margin.left - fontSize * 1.1, grid: plotWidth });
  if (options.yRight) {
    const [low = 0, high = 1] = y.scale.domain();
    const shifted = { ...options.y, domain: [low + options.yRight.offset, high + options.yRight.offset] as const };
    const right = lineScale(shifted, [], [plotHeight, 0]);
    axes += svgAxis({ scale: right.scale, orient: 'right', position: plotWidth, tickValues: right.ticks, ...format(right), label: options.yRight.label, labelOffset: margin.right - fontSize * 0.6 });
  }
  return axes;
}

function seriesPaths(series: readonly LineSeries[], x: LineScale, y: LineScale): string {
  return series
    .map((one, index) => {
      const stroke = strokeOf(one, index);
      const d =
        line<Point>()
          .defined((point) => Number.isFinite(point[0]) && Number.isFinite(point[1]))
          .x((point) => x.scale(point[0]))
          .y((point) => y.scale(point[1]))
          .curve(one.step === true ? curveStepAfter : curveLinear)
          .digits(2)(one.points) ?? '';
      const dash = stroke.dash === '' ? '' : ` stroke-dasharray="${escapeXml(stroke.dash)}"`;
      const title = one.label === '' ? '' : `<title>${escapeXml(one.label)}</title>`;
      return (
        `<path class="series" data-series="${escapeXml(one.label)}" d="${d}" fill="none" stroke="${escapeXml(stroke.colour)}" ` +
        `stroke-width="${lineWidth}" stroke-linejoin="round"${dash}>${title}</path>`
      );
    })
    .join('');
}

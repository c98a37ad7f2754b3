import { axisBottom, axisLeft, axisRight } from 'd3-axis';
import type { Axis } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import type { ScaleLinear } from 'd3-scale';
import { create } from 'd3-selection';
import type { Selection } from 'd3-selection';
import { line } from 'd3-shape';
import { dashes, ink, okabeIto } from './palette.js';

/** A point `[x, y]` in data units; non-finite coordinates break the line. */
export type Point = readonly [x: number, y: number];

/** One line of a {@link lineChart}. */
export interface LineSeries {
  /** Legend text (plain text; never parsed as markup). */
  readonly label: string;
  readonly points: readonly Point[];
  /** CSS colour; default the Okabe–Ito colour of the series index. */
  readonly colour?: string;
  /** SVG dash array (px); default the dash of the series index. */
  readonly dash?: string;
}

/** A dot with an optional label, e.g. the prescribed dose on a dose–response curve. */
export interface LineMarker {
  readonly x: number;
  readonly y: number;
  readonly label?: string;
  /** CSS colour; default the ink colour. */
  readonly colour?: string;
  /** Put the label below the dot (default above, or below when the dot is near the top). */
  readonly labelBelow?: boolean;
}

/** A labelled vertical (`axis: 'x'`) or horizontal (`axis: 'y'`) reference line at `value` (data units). */
export interface ReferenceRule {
  readonly axis: 'x' | 'y';
  readonly value: number;
  readonly label: string;
  /** Where the label of a vertical rule sits: `top` (default) or `bottom` of the plot, whichever the data leave free. */
  readonly labelAt?: 'top' | 'bottom';
}

/** Input of {@link lineChart}. */
export interface LineChartData {
  readonly series: readonly LineSeries[];
  readonly markers?: readonly LineMarker[];
  readonly rules?: readonly ReferenceRule[];
}

/** One axis of a {@link lineChart}. */
export interface AxisOptions {
  /** Axis title including its unit, e.g. `"Total dose (Gy)"`. */
  readonly label: string;
  /** Data range shown; default the extent of the data (rounded outward to nice values or whole decades). */
  readonly domain?: readonly [number, number];
  /**
   * `linear` (default) or `decades`: the data are already log₁₀ values (so survival of 10⁻³⁰⁰ neither
   * underflows nor loses precision) and ticks read as powers of ten.
   */
  readonly scale?: 'linear' | 'decades';
  /** Approximate number of ticks (default 6). */
  readonly ticks?: number;
  /** Tick label formatter for a linear axis (default d3's). */
  readonly format?: (value: number) => string;
}

/** Options of {@link lineChart}. All lengths in SVG user units (px at 100% zoom). */
export interface LineChartOptions {
  /** Prefix for ids inside the SVG (clip path); must be unique within the page. */
  readonly id: string;
  /** Visible title, also the accessible name. */
  readonly title: string;
  /** Accessible description (`<desc>`). */
  readonly description?: string;
  /** Width, px (default 540). */
  readonly width?: number;
  /** Height, px (default 360). */
  readonly height?: number;
  /** Font size of tick labels, px (default 16; titles are 1.1×). */
  readonly fontSize?: number;
  readonly x: AxisOptions;
  readonly y: AxisOptions;
  /**
   * A second y axis on the right showing `left value + offset` (same units of the left axis, e.g. log₁₀
   * surviving fraction + log₁₀ N₀ = log₁₀ surviving clonogens); decades if the left axis is.
   */
  readonly yRight?: { readonly label: string; readonly offset: number };
}

const superscript: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/** `10ᵏ` in Unicode superscripts (`1` for k = 0, `10` for k = 1). */
export function powerOfTen(exponent: number): string {
  if (exponent === 0) return '1';
  if (exponent === 1) return '10';
  return `10${String(exponent).replace(/[-0-9]/g, (c) => superscript[c] ?? c)}`;
}

function dataExtent(values: readonly number[]): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < low) low = v;
    if (v > high) high = v;
  }
  if (low === Infinity) return [0, 1];
  if (low === high) return [low - 1, high + 1];
  return [low, high];
}

function makeScale(axis: AxisOptions, values: readonly number[], range: [number, number]): ScaleLinear<number, number> {
  const [low, high] = axis.domain ?? dataExtent(values);
  if (axis.scale === 'decades') {
    const low10 = axis.domain ? low : Math.floor(low);
    const high10 = axis.domain ? high : Math.ceil(high);
    return scaleLinear().domain([low10, high10 === low10 ? low10 + 1 : high10]).range(range);
  }
  const scale = scaleLinear().domain([low, high]).range(range);
  return axis.domain ? scale : scale.nice(axis.ticks ?? 6);
}

function configureAxis(axis: Axis<number>, options: AxisOptions, scale: ScaleLinear<number, number>): Axis<number> {
  const count = options.ticks ?? 6;
  if (options.scale === 'decades') {
    const [low, high] = scale.domain() as [number, number];
    const first = Math.ceil(low);
    const last = Math.floor(high);
    const step = Math.max(1, Math.ceil((last - first) / count));
    const values: number[] = [];
    for (let k = last; k >= first; k -= step) values.push(k);
    return axis.tickValues(values).tickFormat((v) => powerOfTen(v));
  }
  axis.ticks(count);
  if (options.format) {
    const format = options.format;
    axis.tickFormat((v) => format(v));
  }
  return axis;
}

type Svg = Selection<SVGSVGElement, undefined, null, undefined>;

function styleAxis(group: Selection<SVGGElement, undefined, null, undefined>, fontSize: number): void {
  group.attr('font-size', fontSize).attr('font-family', 'inherit');
  group.selectAll('.domain, .tick line').attr('stroke', ink);
  group.selectAll('.tick text').attr('fill', ink);
}

/**
 * A line chart: the building block of the explorer's charts.
 * @param data - series (points in data units), markers and reference lines
 * @param options - title, axes with units, size in px; see {@link LineChartOptions}
 * @returns a standalone `<svg>` (xmlns set, `role="img"`, `<title>`/`<desc>`), with every colour and font
 *   given as attributes so the file renders the same outside the page
 * @remarks Pure: the output depends only on the arguments (no randomness, no ids from global counters).
 */
export function lineChart(data: LineChartData, options: LineChartOptions): SVGSVGElement {
  const width = options.width ?? 540;
  const height = options.height ?? 360;
  const fontSize = options.fontSize ?? 16;
  const titleSize = Math.round(fontSize * 1.1);
  const legendItems = data.series.filter((s) => s.label !== '');
  const legendWidth = width - 24;
  const itemWidths = legendItems.map((s) => 34 + s.label.length * fontSize * 0.56 + 18);
  const legendRows: number[][] = [];
  let rowWidth = Infinity;
  itemWidths.forEach((w, i) => {
    if (rowWidth + w > legendWidth) {
      legendRows.push([]);
      rowWidth = 0;
    }
    legendRows.at(-1)?.push(i);
    rowWidth += w;
  });
  const lineHeight = Math.round(fontSize * 1.5);
  const top = titleSize + 14 + legendRows.length * lineHeight + Math.round(fontSize * 1.1);
  const margin = {
    top,
    right: options.yRight ? fontSize * 4.4 : fontSize * 1.4,
    bottom: fontSize * 3.4,
    left: fontSize * (options.y.scale === 'decades' ? 5.2 : 4.6),
  };
  const plotWidth = Math.max(10, width - margin.left - margin.right);
  const plotHeight = Math.max(10, height - margin.top - margin.bottom);

  const xs = [...data.series.flatMap((s) => s.points.map((p) => p[0])), ...(data.markers ?? []).map((m) => m.x)];
  const ys = [...data.series.flatMap((s) => s.points.map((p) => p[1])), ...(data.markers ?? []).map((m) => m.y)];
  const x = makeScale(options.x, xs, [0, plotWidth]);
  const y = makeScale(options.y, ys, [plotHeight, 0]);

  const svg: Svg = create('svg')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'img')
    .attr('aria-labelledby', `${options.id}-title ${options.id}-desc`)
    .attr('font-family', 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif')
    .attr('font-size', fontSize)
    .attr('class', 'rtsim-chart');
  svg.append('title').attr('id', `${options.id}-title`).text(options.title);
  svg.append('desc').attr('id', `${options.id}-desc`).text(options.description ?? '');
  svg.append('rect').attr('width', width).attr('height', height).attr('fill', '#ffffff');
  svg.append('text')
    .attr('x', 12).attr('y', titleSize + 6)
    .attr('font-size', titleSize).attr('font-weight', 700).attr('fill', ink)
    .text(options.title);

  const legend = svg.append('g').attr('class', 'legend');
  legendRows.forEach((row, r) => {
    let offset = 12;
    for (const i of row) {
      const series = legendItems[i];
      if (!series) continue;
      const index = data.series.indexOf(series);
      const item = legend.append('g').attr('transform', `translate(${offset},${titleSize + 14 + r * lineHeight + lineHeight / 2})`);
      item.append('line').attr('x1', 0).attr('x2', 28).attr('y1', 0).attr('y2', 0)
        .attr('stroke', series.colour ?? okabeIto[index % okabeIto.length] ?? ink)
        .attr('stroke-width', 3)
        .attr('stroke-dasharray', (series.dash ?? dashes[index % dashes.length]) || null);
      item.append('text').attr('x', 34).attr('dy', '0.35em').attr('fill', ink).text(series.label);
      offset += itemWidths[i] ?? 0;
    }
  });

  const plot = svg.append('g').attr('transform', `translate(${margin.left},${margin.top})`);
  plot.append('clipPath').attr('id', `${options.id}-clip`)
    .append('rect').attr('x', -2).attr('y', -2).attr('width', plotWidth + 4).attr('height', plotHeight + 4);

  const grid = plot.append('g').attr('class', 'grid').attr('stroke', '#d9d9d9').attr('stroke-width', 1);
  const yAxisLeft = configureAxis(axisLeft<number>(y), options.y, y);
  const yTicks = (yAxisLeft.tickValues() as number[] | null) ?? y.ticks(options.y.ticks ?? 6);
  for (const t of yTicks) grid.append('line').attr('x1', 0).attr('x2', plotWidth).attr('y1', y(t)).attr('y2', y(t));

  const xAxis = plot.append('g').attr('class', 'axis x').attr('transform', `translate(0,${plotHeight})`)
    .call(configureAxis(axisBottom<number>(x), options.x, x));
  styleAxis(xAxis, fontSize);
  const yAxis = plot.append('g').attr('class', 'axis y').call(yAxisLeft);
  styleAxis(yAxis, fontSize);
  plot.append('text').attr('class', 'axis-label')
    .attr('x', plotWidth / 2).attr('y', plotHeight + fontSize * 2.8)
    .attr('text-anchor', 'middle').attr('fill', ink).text(options.x.label);
  plot.append('text').attr('class', 'axis-label')
    .attr('transform', `translate(${-margin.left + fontSize * 1.1},${plotHeight / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle').attr('fill', ink).text(options.y.label);

  if (options.yRight) {
    const offset = options.yRight.offset;
    const [low, high] = y.domain() as [number, number];
    const right = scaleLinear().domain([low + offset, high + offset]).range([plotHeight, 0]);
    const rightAxis = plot.append('g').attr('class', 'axis y-right').attr('transform', `translate(${plotWidth},0)`)
      .call(configureAxis(axisRight<number>(right), options.y, right));
    styleAxis(rightAxis, fontSize);
    plot.append('text').attr('class', 'axis-label')
      .attr('transform', `translate(${plotWidth + margin.right - fontSize * 0.6},${plotHeight / 2}) rotate(90)`)
      .attr('text-anchor', 'middle').attr('fill', ink).text(options.yRight.label);
  }

  const clipped = plot.append('g').attr('clip-path', `url(#${options.id}-clip)`);
  for (const rule of data.rules ?? []) {
    const g = clipped.append('g').attr('class', 'rule');
    if (rule.axis === 'x') {
      const px = x(rule.value);
      g.append('line').attr('x1', px).attr('x2', px).attr('y1', 0).attr('y2', plotHeight);
      g.append('text').attr('x', px + 4).attr('y', rule.labelAt === 'bottom' ? plotHeight - 6 : fontSize)
        .attr('fill', '#555555').attr('font-size', fontSize * 0.9).text(rule.label);
    } else {
      const py = y(rule.value);
      g.append('line').attr('x1', 0).attr('x2', plotWidth).attr('y1', py).attr('y2', py);
      g.append('text').attr('x', 4).attr('y', py - 5)
        .attr('fill', '#555555').attr('font-size', fontSize * 0.9).text(rule.label);
    }
    g.select('line').attr('stroke', '#6b6b6b').attr('stroke-width', 1.5).attr('stroke-dasharray', '3 3');
  }

  const path = line<Point>()
    .defined((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]))
    .x((p) => x(p[0]))
    .y((p) => y(p[1]));
  data.series.forEach((series, index) => {
    clipped.append('path')
      .attr('class', 'series')
      .attr('data-series', series.label)
      .attr('fill', 'none')
      .attr('stroke', series.colour ?? okabeIto[index % okabeIto.length] ?? ink)
      .attr('stroke-width', 3)
      .attr('stroke-linejoin', 'round')
      .attr('stroke-dasharray', (series.dash ?? dashes[index % dashes.length]) || null)
      .attr('d', path(series.points) ?? '');
  });

  for (const marker of data.markers ?? []) {
    if (!Number.isFinite(marker.x) || !Number.isFinite(marker.y)) continue;
    const g = plot.append('g').attr('class', 'marker').attr('transform', `translate(${x(marker.x)},${y(marker.y)})`);
    g.append('circle').attr('r', 6).attr('fill', marker.colour ?? ink).attr('stroke', '#ffffff').attr('stroke-width', 2);
    if (marker.label) {
      // Anchor the label away from the nearer edge so that it stays inside the plot (estimated text width).
      const textWidth = marker.label.length * fontSize * 0.56;
      const px = x(marker.x);
      const leftHalf = px + 10 + textWidth <= plotWidth + margin.right - 4 || px - 10 - textWidth < -margin.left + 4;
      // Below the dot when it sits near the top of the plot, where the label would meet the legend.
      const below = marker.labelBelow === true || y(marker.y) < fontSize * 1.5;
      g.append('text')
        .attr('x', leftHalf ? 10 : -10).attr('y', below ? fontSize + 6 : -10)
        .attr('text-anchor', leftHalf ? 'start' : 'end')
        .attr('fill', ink).attr('paint-order', 'stroke').attr('stroke', '#ffffff').attr('stroke-width', 4)
        .text(marker.label);
    }
  }

  const node = svg.node();
  if (!node) throw new Error('lineChart: d3 could not create an <svg> element');
  return node;
}

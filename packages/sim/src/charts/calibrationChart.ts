import { scaleLinear } from 'd3-scale';
import { chartInk } from './chartInk.js';
import { chartTitle } from './chartTitle.js';
import { escapeXml } from './escapeXml.js';
import { okabeIto } from './okabeIto.js';
import { svgAxis } from './svgAxis.js';
import { svgFrame } from './svgFrame.js';
import { svgNumber } from './svgNumber.js';

/** One series of a calibration chart: local control observed and predicted, each with its 95% interval (proportions). */
export interface CalibrationPoint {
  readonly id: string;
  /** Short label drawn next to the point (default: its 1-based number); the key under the chart maps it to `id`. */
  readonly label?: string;
  readonly role: 'fit' | 'holdout';
  readonly observed: number;
  readonly observedLower: number;
  readonly observedUpper: number;
  readonly predicted: number;
  readonly predictedLower: number;
  readonly predictedUpper: number;
}

/** Options of {@link calibrationChart}. */
export interface CalibrationChartOptions {
  /** Width and height of the square plot, px (default 520); the key adds 14 px per two series below it. */
  readonly size?: number;
  /** Lowest local control on both axes, as a proportion (default: the lowest value drawn, rounded down to 0.1). */
  readonly from?: number;
  /** Accessible title and heading (escaped); default `Predicted against observed local control`. */
  readonly title?: string;
}

/**
 * Predicted against observed local control as SVG, the calibration plot of `rtsim calibrate`: one point per
 * series at (predicted, observed) in percent, a horizontal `<line class="predicted-interval">` over the
 * prediction's range and a vertical `<line class="observed-interval">` over the observed 95% interval, fitted
 * series as filled circles (`class="point fit"`), held-out series as open diamonds (`class="point holdout"`), each
 * labelled with a short label (default its number) that a key under the plot maps to the series id, and the dashed
 * identity line where prediction equals observation. Both axes run from `from` to 100%.
 * @param points - the series (proportions in [0, 1]; non-finite ones are skipped)
 * @param options - size of the plot (px), lower end of the axes (proportion), title
 * @returns the chart as standalone SVG text (coordinates rounded to 0.01 px)
 */
export function calibrationChart(points: readonly CalibrationPoint[], options: CalibrationChartOptions = {}): string {
  const size = options.size ?? 520;
  const title = options.title ?? 'Predicted against observed local control';
  const margin = { top: 30, right: 20, bottom: 48, left: 56 };
  const drawn = points.filter((p) => Number.isFinite(p.observed) && Number.isFinite(p.predicted));
  const lowest = drawn.flatMap((p) => [p.observedLower, p.predictedLower, p.observed, p.predicted].filter(Number.isFinite)).reduce((low, value) => Math.min(low, value), 1);
  const from = options.from ?? Math.max(0, Math.floor(lowest * 10) / 10);
  const x = scaleLinear().domain([100 * from, 100]).range([margin.left, size - margin.right]);
  const y = scaleLinear().domain([100 * from, 100]).range([size - margin.bottom, margin.top]);
  const clampX = (v: number): number => x(100 * Math.min(1, Math.max(from, v)));
  const clampY = (v: number): number => y(100 * Math.min(1, Math.max(from, v)));
  const colours = { fit: okabeIto[0], holdout: okabeIto[1] };
  const labelOf = (p: CalibrationPoint): string => p.label ?? String(points.indexOf(p) + 1);
  const marks = drawn.map((p) => {
    const cx = clampX(p.predicted);
    const cy = clampY(p.observed);
    const colour = colours[p.role];
    const marker =
      p.role === 'fit'
        ? `<circle class="point fit" cx="${svgNumber(cx)}" cy="${svgNumber(cy)}" r="4.5" fill="${colour}"/>`
        : `<path class="point holdout" d="M${svgNumber(cx)},${svgNumber(cy - 6)}L${svgNumber(cx + 6)},${svgNumber(cy)}L${svgNumber(cx)},${svgNumber(cy + 6)}L${svgNumber(cx - 6)},${svgNumber(cy)}Z" fill="#fff" stroke="${colour}" stroke-width="2"/>`;
    return (
      `<g class="series" data-id="${escapeXml(p.id)}">` +
      `<line class="observed-interval" x1="${svgNumber(cx)}" y1="${svgNumber(clampY(p.observedLower))}" x2="${svgNumber(cx)}" y2="${svgNumber(clampY(p.observedUpper))}" stroke="${colour}" stroke-width="1.5"/>` +
      `<line class="predicted-interval" x1="${svgNumber(clampX(p.predictedLower))}" y1="${svgNumber(cy)}" x2="${svgNumber(clampX(p.predictedUpper))}" y2="${svgNumber(cy)}" stroke="${colour}" stroke-width="1.5"/>` +
      marker +
      `<text class="point-label" x="${svgNumber(cx + 7)}" y="${svgNumber(cy - 5)}" fill="${chartInk.text}" font-size="10">${escapeXml(labelOf(p))}</text></g>`
    );
  });
  const legendY = margin.top + 6;
  const legendX = margin.left + 10;
  const legend =
    `<g class="legend"><circle cx="${svgNumber(legendX)}" cy="${svgNumber(legendY)}" r="4.5" fill="${colours.fit}"/>` +
    `<text x="${svgNumber(legendX + 10)}" y="${svgNumber(legendY)}" dy="0.32em" fill="${chartInk.text}">fitted</text>` +
    `<path d="M${svgNumber(legendX)},${svgNumber(legendY + 12)}L${svgNumber(legendX + 6)},${svgNumber(legendY + 18)}L${svgNumber(legendX)},${svgNumber(legendY + 24)}L${svgNumber(legendX - 6)},${svgNumber(legendY + 18)}Z" fill="#fff" stroke="${colours.holdout}" stroke-width="2"/>` +
    `<text x="${svgNumber(legendX + 10)}" y="${svgNumber(legendY + 18)}" dy="0.32em" fill="${chartInk.text}">held out</text></g>`;
  // The key: two columns under the x axis title, "label  id".
  const keyTop = size + 4;
  const columnWidth = (size - margin.left) / 2;
  const key = drawn
    .map((p, i) => {
      const x0 = margin.left + (i % 2) * columnWidth;
      const y0 = keyTop + Math.floor(i / 2) * 14;
      return `<text class="key-entry" x="${svgNumber(x0)}" y="${svgNumber(y0)}" fill="${chartInk.text}" font-size="10"><tspan font-weight="600" fill="${colours[p.role]}">${escapeXml(labelOf(p))}</tspan> ${escapeXml(p.id)}</text>`;
    })
    .join('');
  const height = keyTop + Math.ceil(drawn.length / 2) * 14;
  const content =
    chartTitle(title, margin.left) +
    `<line class="identity" x1="${svgNumber(x(100 * from))}" y1="${svgNumber(y(100 * from))}" x2="${svgNumber(x(100))}" y2="${svgNumber(y(100))}" stroke="${chartInk.muted}" stroke-dasharray="4 3"/>` +
    svgAxis({ scale: x, orient: 'bottom', position: size - margin.bottom, tickCount: 6, format: (v) => svgNumber(v, 0), label: 'Predicted local control (%)' }) +
    svgAxis({ scale: y, orient: 'left', position: margin.left, tickCount: 6, format: (v) => svgNumber(v, 0), label: 'Observed local control (%)' }) +
    legend +
    marks.join('') +
    `<g class="key">${key}</g>`;
  return svgFrame(size, height, title, content, { className: 'chart calibration-chart' });
}

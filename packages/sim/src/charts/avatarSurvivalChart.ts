import { area, line } from 'd3-shape';
import { scaleLinear, scaleLog } from 'd3-scale';
import { chartTitle } from './chartTitle.js';
import { escapeXml } from './escapeXml.js';
import { okabeIto } from './okabeIto.js';
import { powerOfTen } from './powerOfTen.js';
import { svgAxis } from './svgAxis.js';
import { svgFrame } from './svgFrame.js';
import { svgNumber } from './svgNumber.js';

/** What {@link avatarSurvivalChart} draws: measured points and the fitted curve with its band. */
export interface AvatarSurvivalChartData {
  /** Measured surviving fractions (dose Gy, SF ≥ 0, optional SD of SF). */
  readonly points: readonly { readonly dose: number; readonly survivingFraction: number; readonly sd?: number }[];
  /** Fitted curve on a dose grid, with the lower and upper ends of its 95% band (SF units). */
  readonly curve: readonly { readonly dose: number; readonly survivingFraction: number; readonly lower: number; readonly upper: number }[];
}

/** Options of {@link avatarSurvivalChart}. */
export interface AvatarSurvivalChartOptions {
  /** Size, px (default 560 × 340). */
  readonly width?: number;
  readonly height?: number;
  /** Accessible title and heading (escaped); default `Surviving fraction: fit and data`. */
  readonly title?: string;
  /** Colour of the curve, band and points (default the first Okabe–Ito colour). */
  readonly colour?: string;
}

/**
 * A cell survival chart as SVG: x = dose (Gy, linear), y = surviving fraction on a log₁₀ scale with a tick per
 * decade; the fitted curve (`<path class="fit">`), its pointwise 95% band (`<path class="band">`), the measured points
 * (`<circle class="point">`, with `<line class="error-bar">` at SF ± SD when an SD is known). The y axis spans whole
 * decades from below the lowest point or curve value to 1; the band and error bars are clipped to it, and a point
 * with SF = 0 (a flask without colonies) is drawn as an open `<path class="zero">` triangle on the bottom edge.
 * @param data - points and curve (SF units, doses in Gy)
 * @param options - size (px), title, colour
 * @returns the chart as standalone SVG text (coordinates rounded to 0.01 px)
 */
export function avatarSurvivalChart(data: AvatarSurvivalChartData, options: AvatarSurvivalChartOptions = {}): string {
  const width = options.width ?? 560;
  const height = options.height ?? 340;
  const title = options.title ?? 'Surviving fraction: fit and data';
  const colour = escapeXml(options.colour ?? okabeIto[0]);
  const margin = { top: 28, right: 20, bottom: 44, left: 60 };
  const positive = [
    ...data.points.map((point) => point.survivingFraction),
    ...data.curve.map((point) => point.survivingFraction),
  ].filter((value) => value > 0 && Number.isFinite(value));
  const lowestExponent = Math.max(-12, Math.min(-1, Math.floor(Math.log10(positive.reduce((lowest, value) => Math.min(lowest, value), 1)))));
  const floor = 10 ** lowestExponent;
  const maxDose = [...data.points, ...data.curve].reduce((largest, point) => Math.max(largest, point.dose), 0);
  const x = scaleLinear()
    .domain([0, maxDose > 0 ? maxDose : 1])
    .nice()
    .range([margin.left, width - margin.right]);
  const yLog = scaleLog().domain([floor, 1]).range([height - margin.bottom, margin.top]);
  const clip = (value: number): number => Math.min(1, Math.max(floor, value));
  const y = (value: number): number => yLog(clip(value));
  const decades = Array.from({ length: -lowestExponent + 1 }, (_, i) => lowestExponent + i);
  const yAxisScale = Object.assign((value: number) => yLog(value), {
    ticks: (): number[] => decades.map((exponent) => 10 ** exponent),
    range: (): number[] => yLog.range(),
  });
  const finiteCurve = data.curve.filter((point) => Number.isFinite(point.survivingFraction) && Number.isFinite(point.dose));
  const band =
    area<(typeof finiteCurve)[number]>()
      .x((point) => x(point.dose))
      .y0((point) => y(point.lower))
      .y1((point) => y(point.upper))
      .digits(2)(finiteCurve) ?? '';
  const fit =
    line<(typeof finiteCurve)[number]>()
      .x((point) => x(point.dose))
      .y((point) => y(point.survivingFraction))
      .digits(2)(finiteCurve) ?? '';
  const marks = data.points.map((point) => {
    const cx = svgNumber(x(point.dose));
    const label = `<title>${svgNumber(point.dose, 2)} Gy: SF ${point.survivingFraction.toPrecision(3)}${point.sd === undefined ? '' : ` ± ${point.sd.toPrecision(2)}`}</title>`;
    if (!(point.survivingFraction > 0)) {
      const bottom = y(floor);
      return `<path class="zero" d="M${cx},${svgNumber(bottom - 7)}l-4,7h8z" fill="#fff" stroke="${colour}" stroke-width="1.5">${label}</path>`;
    }
    const bar =
      point.sd !== undefined && point.sd > 0
        ? `<line class="error-bar" x1="${cx}" y1="${svgNumber(y(point.survivingFraction - point.sd))}" x2="${cx}" y2="${svgNumber(y(point.survivingFraction + point.sd))}" stroke="${colour}" stroke-width="1"/>`
        : '';
    return `${bar}<circle class="point" cx="${cx}" cy="${svgNumber(y(point.survivingFraction))}" r="3.5" fill="#fff" stroke="${colour}" stroke-width="1.5">${label}</circle>`;
  });
  const content =
    chartTitle(title, margin.left) +
    `<path class="band" d="${band}" fill="${colour}" fill-opacity="0.15" stroke="none"><title>95% band of the fit</title></path>` +
    `<path class="fit" d="${fit}" fill="none" stroke="${colour}" stroke-width="2"><title>LQ fit</title></path>` +
    `<g class="points">${marks.join('')}</g>` +
    svgAxis({ scale: x, orient: 'bottom', position: height - margin.bottom, tickCount: 8, label: 'Dose (Gy)' }) +
    svgAxis({ scale: yAxisScale, orient: 'left', position: margin.left, format: (value) => powerOfTen(Math.round(Math.log10(value))), label: 'Surviving fraction (log scale)' });
  return svgFrame(width, height, title, content, { className: 'chart avatar-survival' });
}

import { daysPerYear } from '@rtsim/core';
import { lineChart } from './lineChart.js';
import type { LineSeries } from './lineChart.js';
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
  /** Size of the chart, px (default 640 × 360). */
  readonly width?: number;
  readonly height?: number;
  /** Font size of tick labels and legend, px (default 12). */
  readonly fontSize?: number;
  /** Colours of the series, in order (default the {@link seriesStyle} colours); series beyond the list reuse it. */
  readonly colours?: readonly string[];
  /** Accessible title and heading (escaped); default `Local control (Kaplan–Meier)`. */
  readonly title?: string;
  /** Lowest local control shown, a probability in [0, 1) (default 0). */
  readonly yMin?: number;
  /** Prefix of the ids inside the SVG, unique within the page (default `local-control`). */
  readonly id?: string;
  /** What one curve is, for the accessible description (default `arm`; e.g. `stratum`). */
  readonly seriesNoun?: string;
  /**
   * What the curves estimate, for the y axis (`… (%)`) and the description (default `Local control`; e.g.
   * `Local-recurrence-free survival` for the competing-events curve).
   */
  readonly quantity?: string;
}

/**
 * Kaplan–Meier local control curves as a {@link lineChart} of step lines, one `<path class="series">` per arm:
 * x = time since the first treatment event (years), y = local control (%). Each curve starts at 100 % at time 0 and
 * steps down at the end of each bin in which failures were detected. Series differ by colour and dash
 * ({@link seriesStyle}), and a legend names them. Non-finite values (an empty group) end the line; values below
 * `yMin` are drawn at `yMin`.
 * @param data - bin width (days) and the curves
 * @param options - size (px), font size (px), colours, title, lower y limit, id prefix, noun of a series, the quantity
 * @returns the chart as standalone SVG text (coordinates rounded to 0.01 px)
 */
export function localControlChart(data: LocalControlData, options: LocalControlOptions = {}): string {
  const title = options.title ?? 'Local control (Kaplan–Meier)';
  const yMin = options.yMin !== undefined && options.yMin >= 0 && options.yMin < 1 ? options.yMin : 0;
  const bins = data.series.reduce((most, series) => Math.max(most, series.curve.length), 1);
  const years = (bins * data.binDays) / daysPerYear;
  const colours = options.colours ?? [];
  const series = data.series.map((one, index): LineSeries => {
    const points: (readonly [number, number])[] = [[0, 1]];
    one.curve.forEach((value, i) => points.push([((i + 1) * data.binDays) / daysPerYear, Number.isFinite(value) ? Math.max(yMin, value) : value]));
    const colour = colours.length > 0 ? colours[index % colours.length] : undefined;
    return { label: one.label, points, step: true, ...(colour === undefined ? {} : { colour }) };
  });
  return lineChart(
    { series },
    {
      id: options.id ?? 'local-control',
      className: 'local-control',
      title,
      description: `${options.quantity ?? 'Kaplan–Meier local control'} against time since the start of treatment, one step line per ${options.seriesNoun ?? 'arm'}: ${data.series.map((one) => one.label).join(', ')}.`,
      width: options.width ?? 640,
      height: options.height ?? 360,
      fontSize: options.fontSize ?? 12,
      x: { label: 'Time since start of treatment (years)', domain: [0, years > 0 ? years : 1], ticks: Math.min(10, Math.max(2, Math.round(years))) },
      y: { label: `${options.quantity ?? 'Local control'} (%)`, domain: [yMin, 1], ticks: 5, format: (value) => svgNumber(100 * value, 1) },
    },
  );
}

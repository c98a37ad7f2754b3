import { daysPerYear } from '@rtsim/core';
import { lineChart } from './lineChart.js';
import type { LineSeries } from './lineChart.js';
import { svgNumber } from './svgNumber.js';

/** Cumulative incidence curves on a common grid of time bins. */
export interface CumulativeIncidenceData {
  /** Width of a time bin, days (`TrialResults.followUp.binDays`). */
  readonly binDays: number;
  /** One curve per series: the cumulative incidence (probability) at the end of each bin, e.g. `competingEvents.curves.localRecurrenceIncidence`. */
  readonly series: readonly { readonly label: string; readonly curve: readonly number[] }[];
}

/** Options of {@link cumulativeIncidenceChart}. */
export interface CumulativeIncidenceOptions {
  /** Size of the chart, px (default 640 × 360). */
  readonly width?: number;
  readonly height?: number;
  /** Font size of tick labels and legend, px (default 12). */
  readonly fontSize?: number;
  /** Accessible title and heading (escaped); default `Cumulative incidence`. */
  readonly title?: string;
  /** Highest incidence shown, a probability in (0, 1] (default 1); values above it are drawn at it. */
  readonly yMax?: number;
  /** Prefix of the ids inside the SVG, unique within the page (default `cumulative-incidence`). */
  readonly id?: string;
}

/**
 * Cumulative incidence functions (CIF, the probability that an event occurred first by time t with competing events
 * present; Kalbfleisch & Prentice 2002, §8.2) as a {@link lineChart} of step lines, one `<path class="series">` per
 * series: x = time since the first treatment event (years), y = cumulative incidence (%). Each curve starts at 0 %
 * at time 0 and steps up at the end of each bin with events. Non-finite values (an empty group) end the line.
 * @param data - bin width (days) and the curves
 * @param options - size (px), font size (px), title, upper y limit (probability), id prefix
 * @returns the chart as standalone SVG text (coordinates rounded to 0.01 px)
 */
export function cumulativeIncidenceChart(data: CumulativeIncidenceData, options: CumulativeIncidenceOptions = {}): string {
  const yMax = options.yMax !== undefined && options.yMax > 0 && options.yMax <= 1 ? options.yMax : 1;
  const bins = data.series.reduce((most, series) => Math.max(most, series.curve.length), 1);
  const years = (bins * data.binDays) / daysPerYear;
  const series = data.series.map((one): LineSeries => {
    const points: (readonly [number, number])[] = [[0, 0]];
    one.curve.forEach((value, i) => points.push([((i + 1) * data.binDays) / daysPerYear, Number.isFinite(value) ? Math.min(yMax, value) : value]));
    return { label: one.label, points, step: true };
  });
  return lineChart(
    { series },
    {
      id: options.id ?? 'cumulative-incidence',
      className: 'cumulative-incidence',
      title: options.title ?? 'Cumulative incidence',
      description: `Cumulative incidence against time since the start of treatment, one step line per series: ${data.series.map((one) => one.label).join(', ')}.`,
      width: options.width ?? 640,
      height: options.height ?? 360,
      fontSize: options.fontSize ?? 12,
      x: { label: 'Time since start of treatment (years)', domain: [0, years > 0 ? years : 1], ticks: Math.min(10, Math.max(2, Math.round(years))) },
      y: { label: 'Cumulative incidence (%)', domain: [0, yMax], ticks: 5, format: (value) => svgNumber(100 * value, 1) },
    },
  );
}

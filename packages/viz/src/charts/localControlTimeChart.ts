import { lineChart } from '@rtsim/sim/charts';
import type { LineMarker, LineSeries } from '@rtsim/sim/charts';
import { chartSize } from './chartSize.js';
import type { ChartSize } from './chartSize.js';
import { formatNumber } from './formatNumber.js';
import { svgFromString } from './svgFromString.js';

/** One curve of {@link localControlTimeChart}. */
export interface LocalControlTimeCurve {
  /** Legend text (plain text). */
  readonly label: string;
  /** Local control (0–1) against years after the end of treatment. */
  readonly points: readonly { readonly years: number; readonly localControl: number }[];
  /** Marked with dots and values at 2, 5 and 10 years, and named "(this patient)" in the legend. */
  readonly selected: boolean;
}

/** Input of {@link localControlTimeChart}. */
export interface LocalControlTimeData {
  readonly curves: readonly LocalControlTimeCurve[];
}

/** Years at which the selected curve is marked. */
const markedYears: readonly number[] = [2, 5, 10];

/**
 * Local control over time after the end of treatment, one line per margin class or timing (Okabe–Ito colours and
 * dashes by index), the selected patient's curve marked at 2, 5 and 10 years with its values.
 * @param data - the curves (LC in [0, 1] against years ≥ 0)
 * @param options - size (px)
 * @returns the chart as an `<svg>` element
 */
export function localControlTimeChart(data: LocalControlTimeData, options: ChartSize = {}): SVGSVGElement {
  const series: LineSeries[] = data.curves.map((curve) => ({
    label: curve.selected ? `${curve.label} (this patient)` : curve.label,
    points: curve.points.map((p) => [p.years, p.localControl] as const),
  }));
  const markers: LineMarker[] = data.curves.flatMap((curve) => (curve.selected
    ? markedYears.flatMap((year) => {
      const point = curve.points.find((p) => Math.abs(p.years - year) < 1e-9);
      return point && Number.isFinite(point.localControl)
        ? [{ x: year, y: point.localControl, label: `${formatNumber(point.localControl * 100, 0)}%`, labelBelow: true }]
        : [];
    })
    : []));
  const lowest = data.curves.reduce((low, curve) => curve.points.reduce((m, p) => (Number.isFinite(p.localControl) ? Math.min(m, p.localControl) : m), low), Infinity);
  // A floor at a multiple of 10% below the lowest curve, so high-control curves are not squeezed against the top.
  const floor = Number.isFinite(lowest) ? Math.max(0, Math.floor(lowest * 10 - 0.5) / 10) : 0;
  return svgFromString(lineChart(
    { series, markers },
    {
      ...chartSize(options, 'local-control-time'),
      title: 'Local control over time',
      description: `Expected local control against years after the end of treatment: ${data.curves.map((c) => c.label).join(', ')}.`,
      x: { label: 'Years after the end of treatment (y)', domain: [0, 10], ticks: 10 },
      y: { label: 'Local control (%)', domain: [floor, 1], ticks: 5, format: (v) => formatNumber(v * 100, 0) },
    },
  ));
}

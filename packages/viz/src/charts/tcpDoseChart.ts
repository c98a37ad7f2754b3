import { lineChart, seriesStyle } from '@rtsim/sim/charts';
import type { LineMarker } from '@rtsim/sim/charts';
import { svgFromString } from './svgFromString.js';
import { chartSize } from './chartSize.js';
import type { ChartSize } from './chartSize.js';
import { formatNumber } from './formatNumber.js';

/** One schedule's dose–response curve for {@link tcpDoseChart}. */
export interface TcpDoseCurve {
  /** Legend text, e.g. `25 × 2 Gy, 5/week`. */
  readonly label: string;
  /** TCP (0–1) against total dose (Gy). */
  readonly points: readonly { readonly totalDose: number; readonly tcp: number }[];
  /** The prescribed total dose (Gy) and its TCP, marked on the curve. */
  readonly prescribed?: { readonly totalDose: number; readonly tcp: number };
}

/** Options of {@link tcpDoseChart}. */
export interface TcpDoseOptions extends ChartSize {
  /** Total dose axis range, Gy (default the data's). */
  readonly doseDomain?: readonly [number, number];
}

/**
 * Tumour control probability against total dose, one curve per schedule (up to four side by side).
 * @param data - the curves; TCP in [0, 1], dose in Gy
 * @param options - size (px), dose range (Gy)
 * @returns the chart as an `<svg>` element
 */
export function tcpDoseChart(data: readonly TcpDoseCurve[], options: TcpDoseOptions = {}): SVGSVGElement {
  const markers: LineMarker[] = [];
  data.forEach((curve, i) => {
    if (curve.prescribed) {
      markers.push({
        x: curve.prescribed.totalDose,
        y: curve.prescribed.tcp,
        colour: seriesStyle(i).colour,
        label: `${formatNumber(curve.prescribed.tcp * 100, 0)}%`,
      });
    }
  });
  return svgFromString(lineChart(
    { series: data.map((c) => ({ label: c.label, points: c.points.map((p) => [p.totalDose, p.tcp] as const) })), markers },
    {
      ...chartSize(options, 'tcp-dose'),
      title: 'Tumour control against total dose',
      description: 'Poisson TCP against total dose for each schedule; dots mark the prescribed dose.',
      x: { label: 'Total dose (Gy)', ...(options.doseDomain ? { domain: options.doseDomain } : {}) },
      y: { label: 'TCP (%)', domain: [0, 1], ticks: 5, format: (v) => formatNumber(v * 100, 0) },
    },
  ));
}

import { lineChart } from '@rtsim/sim/charts';
import type { LineMarker, LineSeries } from '@rtsim/sim/charts';
import { svgFromString } from './svgFromString.js';
import { chartSize } from './chartSize.js';
import type { ChartSize } from './chartSize.js';
import { formatNumber } from './formatNumber.js';

/** Input of {@link isoeffectChart}. */
export interface IsoeffectData {
  /** Dose per fraction (Gy) that matches the reference BED, for each number of fractions. */
  readonly points: readonly { readonly fractions: number; readonly dosePerFraction: number }[];
  /** The same for a second α/β (e.g. a late-responding normal tissue), optional. */
  readonly comparison?: { readonly label: string; readonly points: IsoeffectData['points'] };
  /** Label of the main curve, e.g. `tumour, α/β = 4 Gy`. */
  readonly label: string;
  /** The reference schedule, marked. */
  readonly reference: { readonly fractions: number; readonly dosePerFraction: number };
  /** Target BED, Gy (for the title of the marker). */
  readonly targetBed: number;
}

/** Options of {@link isoeffectChart}. */
export interface IsoeffectOptions extends ChartSize {
  /** Range of the number-of-fractions axis (default the data's). */
  readonly fractionDomain?: readonly [number, number];
}

/**
 * Iso-effect curve: the dose per fraction that gives the same BED as the reference schedule, against the
 * number of fractions (the Withers / Fowler iso-effect plot).
 * @param data - iso-effective doses per fraction (Gy) by number of fractions, the reference schedule
 * @param options - size (px), range of the number of fractions
 * @returns the chart as an `<svg>` element
 */
export function isoeffectChart(data: IsoeffectData, options: IsoeffectOptions = {}): SVGSVGElement {
  const series: LineSeries[] = [{ label: data.label, points: data.points.map((p) => [p.fractions, p.dosePerFraction] as const) }];
  if (data.comparison) {
    series.push({ label: data.comparison.label, points: data.comparison.points.map((p) => [p.fractions, p.dosePerFraction] as const) });
  }
  const { fractions, dosePerFraction } = data.reference;
  const markers: LineMarker[] = [{
    x: fractions,
    y: dosePerFraction,
    label: `${formatNumber(fractions, 0)} × ${formatNumber(dosePerFraction)} Gy: BED ${formatNumber(data.targetBed, 1)} Gy`,
  }];
  return svgFromString(lineChart(
    { series, markers },
    {
      ...chartSize(options, 'isoeffect'),
      title: 'Iso-effective schedules (same tumour BED)',
      description: 'Dose per fraction that matches the BED of the reference schedule, for each number of fractions.',
      x: { label: 'Number of fractions', ...(options.fractionDomain ? { domain: options.fractionDomain } : {}) },
      y: { label: 'Dose per fraction (Gy)' },
    },
  ));
}

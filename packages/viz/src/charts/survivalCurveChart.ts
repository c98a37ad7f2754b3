import { lineChart } from '@rtsim/sim/charts';
import type { LineMarker, ReferenceRule } from '@rtsim/sim/charts';
import { svgFromString } from './svgFromString.js';
import { chartSize } from './chartSize.js';
import type { ChartSize } from './chartSize.js';
import { formatNumber } from './formatNumber.js';
import { survivalText } from './survivalText.js';

/** One single-fraction survival curve: `ln S` (natural log, ≤ 0) at doses per fraction in Gy. */
export interface SurvivalCurve {
  readonly label: string;
  readonly points: readonly { readonly dose: number; readonly logSurvival: number }[];
}

/** Input of {@link survivalCurveChart}. */
export interface SurvivalCurveData {
  /** The first curve is the selected model; others (LQ for reference, oxic/hypoxic compartments) follow. */
  readonly curves: readonly SurvivalCurve[];
  /** The current dose per fraction (Gy) and ln S there, marked on the first curve. */
  readonly current?: { readonly dose: number; readonly logSurvival: number };
  /** Transition dose D_T (Gy) of LQ-L or USC, drawn as a vertical rule. */
  readonly transitionDose?: number;
}

/** Options of {@link survivalCurveChart}. */
export interface SurvivalCurveOptions extends ChartSize {
  /** Dose axis range, Gy (default the data's). */
  readonly doseDomain?: readonly [number, number];
  /** Lowest surviving fraction shown, as log₁₀ (default the data's, whole decades). */
  readonly minLog10Survival?: number;
}

/**
 * Cell survival after one fraction against the dose of that fraction: the classic clonogenic survival
 * curve, surviving fraction on a log axis.
 * @param data - curves of ln S (natural log) against dose per fraction (Gy)
 * @param options - size (px), dose range (Gy), lowest decade shown
 * @returns the chart as an `<svg>` element
 */
export function survivalCurveChart(data: SurvivalCurveData, options: SurvivalCurveOptions = {}): SVGSVGElement {
  const log10 = (logSurvival: number): number => logSurvival / Math.LN10;
  const markers: LineMarker[] = data.current
    ? [{ x: data.current.dose, y: log10(data.current.logSurvival), label: `${formatNumber(data.current.dose)} Gy: S = ${survivalText(data.current.logSurvival)}`, labelBelow: true }]
    : [];
  const rules: ReferenceRule[] = data.transitionDose !== undefined && Number.isFinite(data.transitionDose)
    ? [{ axis: 'x', value: data.transitionDose, label: `D_T = ${formatNumber(data.transitionDose)} Gy`, labelAt: 'bottom' }]
    : [];
  return svgFromString(lineChart(
    {
      series: data.curves.map((c) => ({ label: c.label, points: c.points.map((p) => [p.dose, log10(p.logSurvival)] as const) })),
      markers,
      rules,
    },
    {
      ...chartSize(options, 'survival-curve'),
      title: 'Cell survival after one fraction',
      description: 'Surviving fraction (log scale) against the dose of a single fraction, one line per model or compartment.',
      x: { label: 'Dose per fraction (Gy)', ...(options.doseDomain ? { domain: options.doseDomain } : {}) },
      y: {
        label: 'Surviving fraction',
        scale: 'decades',
        ...(options.minLog10Survival === undefined ? {} : { domain: [options.minLog10Survival, 0] as const }),
      },
    },
  ));
}


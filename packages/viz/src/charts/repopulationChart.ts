import { lineChart } from '@rtsim/sim/charts';
import type { LineMarker, ReferenceRule } from '@rtsim/sim/charts';
import { svgFromString } from './svgFromString.js';
import { chartSize } from './chartSize.js';
import type { ChartSize } from './chartSize.js';
import { formatNumber } from './formatNumber.js';

/** Input of {@link repopulationChart}. */
export interface RepopulationData {
  /** BED lost to repopulation (Gy) against overall treatment time (days). */
  readonly points: readonly { readonly overallTime: number; readonly bedLoss: number }[];
  /** The current schedule's overall time (days) and loss (Gy), marked. */
  readonly current?: { readonly overallTime: number; readonly bedLoss: number };
  /** Kick-off time T_k, days (drawn as a rule). */
  readonly kickoffTime: number;
  /** True when repopulation is switched off: the points are all 0 Gy and the marker says why. */
  readonly off?: boolean;
}

/** Options of {@link repopulationChart}. */
export interface RepopulationOptions extends ChartSize {
  /** Overall time axis range, days (default the data's). */
  readonly timeDomain?: readonly [number, number];
}

/** The marker's loss: `−2.5 Gy BED`, or why none is lost (below 0.05 Gy it would print as −0.0). */
function lossText(bedLossGy: number, off: boolean): string {
  if (off) return 'repopulation off, no BED lost';
  return bedLossGy >= 0.05 ? `−${formatNumber(bedLossGy, 1)} Gy BED` : 'no BED lost';
}

/**
 * Repopulation penalty: the BED that accelerated repopulation cancels, ln 2 · max(0, T − T_k)/(α T_d),
 * against the overall treatment time T.
 * @param data - BED loss (Gy) against overall time (days), the current schedule, T_k (days)
 * @param options - size (px), time range (days)
 * @returns the chart as an `<svg>` element
 */
export function repopulationChart(data: RepopulationData, options: RepopulationOptions = {}): SVGSVGElement {
  const markers: LineMarker[] = data.current
    ? [{ x: data.current.overallTime, y: data.current.bedLoss, label: `T = ${formatNumber(data.current.overallTime, 1)} d: ${lossText(data.current.bedLoss, data.off === true)}` }]
    : [];
  const rules: ReferenceRule[] = [{ axis: 'x', value: data.kickoffTime, label: `T_k = ${formatNumber(data.kickoffTime)} d` }];
  return svgFromString(lineChart(
    { series: [{ label: '', points: data.points.map((p) => [p.overallTime, p.bedLoss] as const) }], markers, rules },
    {
      ...chartSize(options, 'repopulation'),
      title: 'Repopulation penalty',
      description: 'BED cancelled by accelerated repopulation against the overall treatment time.',
      x: { label: 'Overall treatment time (days)', ...(options.timeDomain ? { domain: options.timeDomain } : {}) },
      y: { label: 'BED lost (Gy)' },
    },
  ));
}

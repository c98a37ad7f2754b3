import { lineChart, powerOfTen } from '@rtsim/sim/charts';
import type { ReferenceRule } from '@rtsim/sim/charts';
import { svgFromString } from './svgFromString.js';
import { chartSize } from './chartSize.js';
import type { ChartSize } from './chartSize.js';
import { formatNumber } from './formatNumber.js';

/** Input of {@link courseSurvivalChart}. */
export interface CourseSurvivalData {
  /**
   * The trajectory of ln S (natural log, ≤ 0 while cells are killed; repopulation raises it) against the
   * day of treatment, one point before and one after each fraction, so fractions show as vertical drops.
   */
  readonly points: readonly { readonly day: number; readonly logSurvival: number }[];
  /** Initial clonogen number N₀ (> 0): the right axis reads N₀·S. */
  readonly clonogens: number;
  /** Kick-off time of accelerated repopulation T_k, days (drawn as a rule when inside the course). */
  readonly kickoffTime?: number;
}

/** Options of {@link courseSurvivalChart}. */
export interface CourseSurvivalOptions extends ChartSize {
  /** Day axis range, days (default the data's). */
  readonly dayDomain?: readonly [number, number];
}

/**
 * Cell survival over the course of treatment: the surviving fraction (left axis) and the expected number
 * of surviving clonogens N₀·S (right axis) against time, with the one-clonogen level at which the Poisson
 * TCP is e⁻¹ ≈ 37%.
 * @param data - the trajectory of ln S against the day (days), N₀, the kick-off time (days)
 * @param options - size (px), day range (days)
 * @returns the chart as an `<svg>` element
 */
export function courseSurvivalChart(data: CourseSurvivalData, options: CourseSurvivalOptions = {}): SVGSVGElement {
  const offset = Math.log10(data.clonogens);
  const rules: ReferenceRule[] = [];
  if (Number.isFinite(offset)) rules.push({ axis: 'y', value: -offset, label: 'one clonogen left (TCP ≈ 37%)' });
  const lastDay = data.points.at(-1)?.day ?? 0;
  if (data.kickoffTime !== undefined && data.kickoffTime > 0 && data.kickoffTime < lastDay) {
    rules.push({ axis: 'x', value: data.kickoffTime, label: `kick-off T_k = ${formatNumber(data.kickoffTime)} d` });
  }
  const ys = data.points.map((p) => p.logSurvival / Math.LN10);
  const lowest = ys.filter(Number.isFinite).reduce((low, y) => Math.min(low, y), -offset - 1);
  return svgFromString(lineChart(
    {
      series: [{ label: '', points: data.points.map((p) => [p.day, p.logSurvival / Math.LN10] as const) }],
      rules,
    },
    {
      ...chartSize(options, 'course-survival'),
      title: 'Survival over the course',
      description: `Surviving fraction and surviving clonogens (initially ${powerOfTen(Math.round(offset))}) against the day of treatment.`,
      x: { label: 'Day of treatment (days)', ...(options.dayDomain ? { domain: options.dayDomain } : {}) },
      y: { label: 'Surviving fraction', scale: 'decades', domain: [Math.floor(lowest), 0] },
      yRight: { label: 'Surviving clonogens', offset: Number.isFinite(offset) ? offset : 0 },
    },
  ));
}

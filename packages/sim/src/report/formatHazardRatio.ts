import { formatFixed } from '../charts/formatFixed.js';
import type { Interval } from '../stats/Interval.js';

/** Decimals tried in turn: two as trials report a hazard ratio, more only for intervals two cannot tell apart. */
const decimalsTried = [2, 3, 4] as const;

/**
 * A hazard ratio with its 95% interval, the estimate and both ends with the same decimals: two (`1.00 [0.97, 1.04]`,
 * `0.88 [0.86, 0.92]`), and three or four only when two would print an interval whose ends are equal, whose lower
 * end reads 0, or an end that reads 1 without being 1 — as the narrow intervals of very large virtual cohorts do
 * (`0.298 [0.295, 0.302]`; `0.978 [0.962, 0.995]`, which two decimals would print as reaching 1.00 although it
 * excludes no effect). The terminal, the report and the viewer share it.
 * @param hazardRatio - the estimate (Cox, arm a to arm b)
 * @param ci95 - its 95% interval
 * @returns `HR [lower, upper]`; `—` in place of a number that is not finite
 */
export function formatHazardRatio(hazardRatio: number, ci95: Interval): string {
  const [lower, upper] = ci95;
  // An end that rounds onto no effect (1) without being it would hide whether the interval excludes 1.
  const honest = (end: number, places: number): boolean => end === 1 || Number(formatFixed(end, places)) !== 1;
  const decimals =
    decimalsTried.find(
      (places) =>
        formatFixed(lower, places) !== formatFixed(upper, places) && (lower <= 0 || Number(formatFixed(lower, places)) > 0) && honest(lower, places) && honest(upper, places),
    ) ?? decimalsTried[decimalsTried.length - 1];
  return `${formatFixed(hazardRatio, decimals)} [${formatFixed(lower, decimals)}, ${formatFixed(upper, decimals)}]`;
}

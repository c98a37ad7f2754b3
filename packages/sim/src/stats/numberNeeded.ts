import type { Interval } from './Interval.js';

/**
 * Number needed to treat (or to harm) from a risk difference: 1/Δ, the patients given one treatment rather than the
 * other per one more event; negative when the other treatment has more. Its 95% interval is the reciprocal of the
 * difference's, [1/upper, 1/lower], only when that interval excludes 0: otherwise it covers infinity and is given as
 * null (Altman DG. BMJ 1998;317:1309, "Confidence intervals for the number needed to treat").
 * @param difference - risk difference Δ (a proportion difference, in [−1, 1])
 * @param ci95 - its 95% interval
 * @returns `{ value, ci95 }`: value null when Δ is 0 or not finite, ci95 null when the interval reaches 0 or is not finite
 */
export function numberNeeded(difference: number, ci95: Interval): { value: number | null; ci95: Interval | null } {
  const value = difference !== 0 && Number.isFinite(difference) ? 1 / difference : null;
  const [lower, upper] = ci95;
  const excludesZero = Number.isFinite(lower) && Number.isFinite(upper) && (lower > 0 || upper < 0);
  return { value, ci95: excludesZero ? [1 / upper, 1 / lower] : null };
}

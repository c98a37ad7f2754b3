/**
 * Value of a binned survival curve (from {@link kaplanMeierFromBins}) at a given day. The curve is the
 * right-continuous step function with steps at bin ends: S(t) = 1 for t < w and S(t) = curve[j] for
 * (j + 1)·w ≤ t < (j + 2)·w, i.e. j = ⌊t/w⌋ − 1, up to the horizon L·w (L = curve.length).
 * @param curve - survival at the end of each bin
 * @param binWidthDays - bin width w in days (> 0)
 * @param day - time t in days, 0 ≤ t ≤ L·w
 * @returns S(t) in [0, 1]; NaN beyond the follow-up horizon (t > L·w), for t < 0, w ≤ 0 or NaN input
 * @remarks j is computed as ⌊t/w⌋ in floating point; pass bin edges as exact multiples (t = k·w computed
 *   as such), since a t a rounding error below an edge falls into the earlier bin.
 */
export function survivalAt(curve: ArrayLike<number>, binWidthDays: number, day: number): number {
  const horizon = curve.length * binWidthDays;
  if (!(binWidthDays > 0 && binWidthDays < Infinity && day >= 0 && day <= horizon)) return NaN;
  const j = Math.floor(day / binWidthDays) - 1;
  if (j < 0) return 1;
  return curve[Math.min(j, curve.length - 1)];
}

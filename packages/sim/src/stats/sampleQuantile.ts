/**
 * The p-quantile of a sorted sample by linear interpolation between order statistics (Hyndman & Fan 1996,
 * type 7; R's default and numpy's `quantile` default): h = (n − 1)p, Q = x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎)
 * (0-based order statistics).
 * @param sorted - the sample in ascending order (NaN-free), any array-like of numbers
 * @param p - probability in [0, 1]
 * @returns the quantile; NaN for an empty sample or p outside [0, 1] (or NaN)
 * @remarks Hyndman RJ, Fan Y (1996) Sample quantiles in statistical packages. Am Stat 50:361–365.
 */
export function sampleQuantile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0 || !(p >= 0 && p <= 1)) return Number.NaN;
  const h = (n - 1) * p;
  const lower = Math.floor(h);
  const below = sorted[lower];
  if (lower >= n - 1) return sorted[n - 1];
  const above = sorted[lower + 1];
  // Equal neighbours return the value itself (no 0·∞ or rounding from the interpolation).
  return below === above ? below : below + (h - lower) * (above - below);
}

/**
 * Sample mean and its standard error from streamed sums: mean = S/n,
 * s² = (SS − S·mean)/(n − 1) (clamped at 0), se = √(s²/n).
 * @param sum - S = Σxᵢ
 * @param sumSquares - SS = Σxᵢ²
 * @param n - number of values (> 0; ≥ 2 for a standard error)
 * @returns `{ mean, se }`; se is NaN when n < 2; both NaN when n ≤ 0 or any input is NaN or infinite
 * @remarks One-pass formula: SS − S·mean cancels when |mean| ≫ s, with relative error ≈ ε·(1 + mean²/s²)
 *   in s². For TCP-like values in [0, 1] with the sums combined exactly (fixed point) this is far below the
 *   Monte Carlo error. A negative s² from rounding is taken as 0.
 * @see Chan TF, Golub GH, LeVeque RJ (1983) Am Stat 37:242–247 (accuracy of the one-pass formula).
 */
export function meanAndStandardError(sum: number, sumSquares: number, n: number): { mean: number; se: number } {
  if (!(n > 0 && Number.isFinite(n) && Number.isFinite(sum) && Number.isFinite(sumSquares))) {
    return { mean: NaN, se: NaN };
  }
  const mean = sum / n;
  if (!(n >= 2)) return { mean, se: NaN };
  const variance = Math.max(0, (sumSquares - sum * mean) / (n - 1));
  return { mean, se: Math.sqrt(variance / n) };
}

import { meanAndStandardError } from './meanAndStandardError.js';

/** Φ⁻¹(0.975), the two-sided 95% normal quantile. */
const z975 = 1.959963984540054;

/**
 * Mean paired difference with a normal-approximation 95% interval, from the streamed sums of the
 * per-patient differences dᵢ: mean = Σd/n, se = √(s²/n) with s² = (Σd² − (Σd)²/n)/(n − 1),
 * ci95 = mean ± Φ⁻¹(0.975)·se.
 * @param sumDiff - Σdᵢ (e.g. Σ(TCP_A − TCP_B) over patients)
 * @param sumDiffSquared - Σdᵢ²
 * @param n - number of pairs (> 0; ≥ 2 for se and the interval)
 * @returns `{ mean, se, ci95 }`; se and ci95 NaN when n < 2; everything NaN when n ≤ 0 or an input is NaN
 *   or infinite
 * @see Altman DG (1991) Practical Statistics for Medical Research, §9.5 (paired data).
 */
export function pairedDifference(
  sumDiff: number,
  sumDiffSquared: number,
  n: number,
): { mean: number; se: number; ci95: [lower: number, upper: number] } {
  const { mean, se } = meanAndStandardError(sumDiff, sumDiffSquared, n);
  return { mean, se, ci95: [mean - z975 * se, mean + z975 * se] };
}

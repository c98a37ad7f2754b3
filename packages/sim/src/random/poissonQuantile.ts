import { normalQuantile, portableExp } from '@rtsim/core';

/** Below this mean the CDF is summed term by term (≲ 50 steps); above it the Cornish–Fisher expansion is used. */
export const poissonExactBelowMean = 30;

/**
 * Inverse CDF of the Poisson distribution: K = min{k : u < P(X ≤ k)}, X ~ Poisson(m).
 *
 * With this convention K = 0 ⟺ u < e^{−m}, so a patient who is not controlled in the cohort engine
 * (u ≥ TCP = e^{−m}) keeps K ≥ 1 clonogens, and K given failure is exactly zero-truncated Poisson(m)
 * (models.md, "Local failure time"): the control decision and the count share one uniform.
 * - m < 30: exact inversion, summing P(X = k) = e^{−m}mᵏ/k! upward from k = 0.
 * - m ≥ 30: Cornish–Fisher expansion of the quantile with continuity correction (all Poisson cumulants are m),
 *   x = m + √m·z + (z² − 1)/6 + (z − z³)/(72√m), z = Φ⁻¹(u), K = ⌊x + ½⌋; off by at most one in rare cases
 *   (checked against the exact quantile by scripts/reference/sim_cohort.py), and K ≥ 1 still holds for u ≥ e^{−m}.
 * @param u - a uniform in (0, 1)
 * @param mean - m ≥ 0, the expected count (clonogens left, N₀·S)
 * @param standardNormal - Φ⁻¹(u) when the caller already has it (the cohort engine shares one per patient
 *   across arms); computed here when omitted. Used only for m ≥ 30.
 * @returns K, a whole number ≥ 0 (Infinity for m = Infinity); NaN for NaN or out-of-domain input
 * @remarks Cornish EA, Fisher RA. Rev Inst Int Stat 1938;5:307; Johnson, Kemp & Kotz, Univariate Discrete
 *   Distributions, 3rd ed., ch. 4.
 */
export function poissonQuantile(u: number, mean: number, standardNormal?: number): number {
  if (!(u > 0 && u < 1 && mean >= 0)) return Number.NaN;
  if (mean < poissonExactBelowMean) return poissonQuantileExact(u, mean, portableExp(-mean));
  return poissonQuantileApproximate(u, mean, standardNormal ?? normalQuantile(u));
}

/**
 * Exact Poisson inverse CDF for m < 30 (domain unchecked: the cohort engine's inner loop, which already has
 * e^{−m} = TCP at hand). See {@link poissonQuantile}.
 * @param u - uniform in (0, 1)
 * @param mean - m in [0, 30)
 * @param zeroProbability - e^{−m}
 * @returns K
 */
export function poissonQuantileExact(u: number, mean: number, zeroProbability: number): number {
  let probability = zeroProbability;
  let cumulative = probability;
  let k = 0;
  // The cap only guards against a CDF that rounds to just below u; it lies ~10 SD above the mean.
  const cap = mean + 10 * Math.sqrt(mean) + 40;
  while (u >= cumulative && k < cap) {
    k++;
    probability *= mean / k;
    cumulative += probability;
  }
  return k;
}

/**
 * Cornish–Fisher Poisson inverse CDF for m ≥ 30 (domain unchecked, Φ⁻¹(u) supplied: the cohort engine computes
 * it once per patient for all arms). See {@link poissonQuantile}.
 * @param u - uniform in (0, 1)
 * @param mean - m ≥ 30
 * @param standardNormal - z = Φ⁻¹(u)
 * @returns K
 */
export function poissonQuantileApproximate(u: number, mean: number, standardNormal: number): number {
  if (mean === Infinity) return Infinity;
  const z = standardNormal;
  const root = Math.sqrt(mean);
  const x = mean + root * z + (z * z - 1) / 6 + (z - z * z * z) / (72 * root);
  const k = Math.floor(x + 0.5);
  return k >= 1 ? k : u < portableExp(-mean) ? 0 : 1;
}

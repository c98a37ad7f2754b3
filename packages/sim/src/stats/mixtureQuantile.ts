import { normalCdf } from '@rtsim/core';

/**
 * The p-quantile of an equal-weight mixture of normals, (1/K) Σ_k N(μ_k, σ_k²): the x where the mixture's CDF
 * F(x) = (1/K) Σ_k Φ((x − μ_k)/σ_k) reaches p, found by bisection to the last representable digit. A component
 * with σ_k = 0 is a point mass at μ_k (its CDF steps from 0 to 1 there), so with every σ_k = 0 the result is the
 * lower p-quantile of the μ_k themselves, and with K = 1 it is μ + σ·Φ⁻¹(p).
 * @param means - μ_k (finite)
 * @param sds - σ_k ≥ 0, same length
 * @param p - probability in (0, 1)
 * @returns the quantile; NaN for empty or mismatched inputs, a non-finite μ or σ, a negative σ, or p outside (0, 1)
 */
export function mixtureQuantile(means: ArrayLike<number>, sds: ArrayLike<number>, p: number): number {
  const k = means.length;
  if (k === 0 || sds.length !== k || !(p > 0 && p < 1)) return Number.NaN;
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < k; i++) {
    const m = means[i];
    const s = sds[i];
    if (!(Number.isFinite(m) && Number.isFinite(s) && s >= 0)) return Number.NaN;
    // Beyond 40 σ every component's CDF is 0 or 1 to double precision, so the quantile lies inside.
    low = Math.min(low, m - 40 * s);
    high = Math.max(high, m + 40 * s);
  }
  const cdf = (x: number): number => {
    let total = 0;
    for (let i = 0; i < k; i++) {
      const s = sds[i];
      const m = means[i];
      total += s > 0 ? normalCdf((x - m) / s) : x >= m ? 1 : 0;
    }
    return total / k;
  };
  if (cdf(low) >= p) return low;
  // Invariant: F(low) < p ≤ F(high); stop when the midpoint no longer separates them.
  for (let iteration = 0; iteration < 2000; iteration++) {
    const middle = low + (high - low) / 2;
    if (middle <= low || middle >= high) break;
    if (cdf(middle) < p) low = middle;
    else high = middle;
  }
  return high;
}

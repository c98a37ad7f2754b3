import type { CompiledDistribution } from './compileDistribution.js';
import { distributionQuantile } from './distributionQuantile.js';

/**
 * The uniforms u for which `distributionQuantile(compiled, u) ≥ threshold` must be computed: [low, high] such that
 * the computed quantile is below the threshold for every u ≤ low and at or above it for every u ≥ high, so a draw
 * outside (low, high) is decided by comparing u alone, with no inverse CDF (the engine's age ≥ 50 covariate: one
 * Φ⁻¹ per patient saved, the same decisions).
 *
 * How: the crossing u* by bisection on the computed quantile, then the narrowest band u* ± 2⁻ᵏ (k = 40, 39, …, 2)
 * whose ends' quantiles lie at least 10⁻¹²·max(1, |threshold|) clear of the threshold. Sound because the exact
 * quantile is non-decreasing in u (every kind's inverse CDF is, and p = c + u·d rounds monotonically) and the
 * computed one is within a few ulp of it (Φ⁻¹ AS 241 to ≈ 10⁻¹⁶ relative; core's portableExp within 1 ulp), far
 * inside that margin: below `low` the exact quantile is at least the margin below the threshold, above `high` at
 * least the margin above it. When the whole distribution lies clear on one side the band is empty there
 * ([−∞, 0] or [1, ∞]); when no band qualifies (a constant or invalid distribution at the threshold), [0, 1]: every
 * draw is computed.
 * @param compiled - the distribution (compileDistribution), in the threshold's unit
 * @param threshold - the value compared with (any number; NaN gives [0, 1])
 * @returns [low, high], low ≤ high
 */
export function quantileThresholdBand(compiled: CompiledDistribution, threshold: number): Float64Array {
  const quantile = (u: number): number => distributionQuantile(compiled, u);
  const margin = 1e-12 * Math.max(1, Math.abs(threshold));
  if (quantile(0) >= threshold + margin) return Float64Array.of(-Infinity, 0);
  if (quantile(1) < threshold - margin) return Float64Array.of(1, Infinity);
  let below = 0;
  let above = 1;
  for (let step = 0; step < 64; step++) {
    const middle = (below + above) / 2;
    if (quantile(middle) >= threshold) above = middle;
    else below = middle;
  }
  for (let k = 40; k >= 2; k--) {
    const width = 2 ** -k;
    const low = Math.max(0, above - width);
    const high = Math.min(1, above + width);
    if (quantile(low) < threshold - margin && quantile(high) >= threshold + margin) return Float64Array.of(low, high);
  }
  return Float64Array.of(0, 1);
}

import type { UniformGenerator } from '../random/namedGenerator.js';
import type { Interval } from '../stats/Interval.js';
import { sampleQuantile } from '../stats/sampleQuantile.js';
import { minimumBootstrapResamples } from './minimumBootstrapResamples.js';
import { sobolIndices } from './sobolIndices.js';

/** Bootstrap percentile intervals of the Sobol indices. */
export interface SobolBootstrap {
  /** Resamples drawn. */
  readonly resamples: number;
  /** Interval of S_i for each input. */
  readonly first: readonly Interval[];
  /** Interval of S_Ti for each input. */
  readonly total: readonly Interval[];
}

/**
 * Percentile bootstrap intervals of first-order and total Sobol indices (Archer, Saltelli & Sobol 1997): draw N
 * row indices with replacement, take the same rows of f(A), f(B) and every f(A_B^(i)), recompute
 * {@link sobolIndices}; the interval is the (1 − level)/2 and (1 + level)/2 quantiles (type 7) of the resampled
 * indices. No model runs: it resamples the outputs already computed, so it measures the error of the Saltelli
 * estimate from N rows, not any error inside the model. With fewer resamples than minimumBootstrapResamples(level)
 * (41 at 0.95) the ends would be, or lean on, the extreme resamples (one resample gives a point that need not hold
 * the estimate), so every interval is [NaN, NaN] and nothing is drawn.
 * @param fA - f at the N rows of A
 * @param fB - f at the N rows of B
 * @param fAB - for each input i, f at the N rows of A_B^(i)
 * @param resamples - bootstrap resamples, a whole number ≥ 1 (1000 is usual)
 * @param generator - uniforms in [0, 1) (seeded, so the interval is reproducible); consumed N·resamples times (not
 *   at all below the minimum)
 * @param level - coverage in (0, 1), default 0.95
 * @returns the intervals; [NaN, NaN] for an index whose resampled values are not all finite (see sobolIndices), and
 *   for every index when resamples < minimumBootstrapResamples(level)
 * @throws RangeError when resamples is not a whole number ≥ 1 or level is outside (0, 1)
 * @remarks Archer GEB, Saltelli A, Sobol IM (1997) Sensitivity measures, ANOVA-like techniques and the use of
 *   bootstrap. J Stat Comput Simul 58:99–120.
 */
export function sobolBootstrap(
  fA: ArrayLike<number>,
  fB: ArrayLike<number>,
  fAB: readonly ArrayLike<number>[],
  resamples: number,
  generator: UniformGenerator,
  level = 0.95,
): SobolBootstrap {
  if (!(Number.isInteger(resamples) && resamples >= 1)) throw new RangeError(`resamples must be a whole number ≥ 1, got ${resamples}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`level must lie in (0, 1), got ${level}`);
  const n = fA.length;
  const d = fAB.length;
  if (resamples < minimumBootstrapResamples(level)) {
    const none = (): Interval => [Number.NaN, Number.NaN];
    return { resamples, first: Array.from({ length: d }, none), total: Array.from({ length: d }, none) };
  }
  const firstDraws = Array.from({ length: d }, () => new Float64Array(resamples));
  const totalDraws = Array.from({ length: d }, () => new Float64Array(resamples));
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const ab = Array.from({ length: d }, () => new Float64Array(n));
  for (let r = 0; r < resamples; r++) {
    for (let j = 0; j < n; j++) {
      const row = Math.min(n - 1, Math.floor(generator() * n));
      a[j] = fA[row];
      b[j] = fB[row];
      for (let i = 0; i < d; i++) (ab[i] as Float64Array)[j] = fAB[i][row];
    }
    const indices = sobolIndices(a, b, ab);
    for (let i = 0; i < d; i++) {
      (firstDraws[i] as Float64Array)[r] = indices.first[i];
      (totalDraws[i] as Float64Array)[r] = indices.total[i];
    }
  }
  const lowerP = (1 - level) / 2;
  const upperP = (1 + level) / 2;
  const interval = (draws: Float64Array): Interval => {
    if (!draws.every(Number.isFinite)) return [Number.NaN, Number.NaN];
    const sorted = draws.slice().sort();
    return [sampleQuantile(sorted, lowerP), sampleQuantile(sorted, upperP)];
  };
  return { resamples, first: firstDraws.map(interval), total: totalDraws.map(interval) };
}

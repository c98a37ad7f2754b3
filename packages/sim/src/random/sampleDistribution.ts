import type { Distribution } from '@rtsim/core';
import { compileDistribution } from './compileDistribution.js';
import { distributionQuantile } from './distributionQuantile.js';

/**
 * One draw from a distribution by inverse CDF: x = F⁻¹(u). Stateless: the same u always gives the same x.
 *
 * Convenience form of {@link compileDistribution} followed by {@link distributionQuantile}; the cohort engine
 * compiles once per scenario instead.
 * @param distribution - a number, or fixed, normal (optionally truncated to [min, max]), lognormal (median, σ of
 *   ln x), uniform or triangular; units are those of the parameter it describes
 * @param u - a uniform in (0, 1) (see {@link openUniform})
 * @returns the draw; NaN for a distribution outside its domain or NaN u
 */
export function sampleDistribution(distribution: Distribution, u: number): number {
  return distributionQuantile(compileDistribution(distribution), u);
}

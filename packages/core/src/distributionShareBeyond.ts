import type { Distribution } from './distribution.js';
import { distributionSupport } from './distribution.js';
import { normalCdf } from './normalCdf.js';
import { portableLog } from './portable/portableLog.js';

/**
 * The share of the normal N(0, 1) truncated to [a, b] that lies at or above z (a ≤ z ≤ b), taken from the tail where
 * the probabilities do not cancel (as distributionMean does); NaN when the truncated mass underflows.
 */
function truncatedNormalShareAbove(a: number, b: number, z: number): number {
  const mass = a > 0 ? normalCdf(-a) - normalCdf(-b) : normalCdf(b) - normalCdf(a);
  const above = z > 0 ? normalCdf(-z) - normalCdf(-b) : normalCdf(b) - normalCdf(z);
  return mass > 0 ? Math.min(1, Math.max(0, above / mass)) : Number.NaN;
}

/** P(X ≥ x) of a valid, non-degenerate law whose support [lower, upper] holds x strictly inside. */
function shareAboveInside(distribution: Exclude<Distribution, number>, x: number, lower: number, upper: number): number {
  switch (distribution.dist) {
    case 'normal': {
      const { mean, sd } = distribution;
      const share = truncatedNormalShareAbove((lower - mean) / sd, (upper - mean) / sd, (x - mean) / sd);
      // A mass that underflows sits on the bound nearest the mean (distributionMean's reading).
      return Number.isNaN(share) ? (lower > mean ? 1 : 0) : share;
    }
    case 'lognormal':
      return normalCdf(-(portableLog(x) - portableLog(distribution.median)) / distribution.sigma);
    case 'uniform':
      return (upper - x) / (upper - lower);
    case 'triangular': {
      const { mode } = distribution;
      const width = upper - lower;
      return x <= mode ? 1 - ((x - lower) * (x - lower)) / (width * (mode - lower)) : ((upper - x) * (upper - x)) / (width * (upper - mode));
    }
    default:
      return Number.NaN;
  }
}

/**
 * The share of a cohort drawing from a {@link Distribution} that lies at or beyond `x`: P(X ≥ x) (`side` 'above') or
 * P(X ≤ x) ('below'), in [0, 1]. A validator uses it to ask how many patients a distribution puts where a model is
 * undefined (the universal survival curve past α = 1/D₀, say).
 *
 * Fixed laws (a number, `fixed`, a normal with sd 0, a lognormal with sigma 0): 1 when the value is at or beyond x,
 * else 0. Normal truncated to [a, b] (a, b the bounds or ∓∞): (Φ(z_b) − Φ(z))/(Φ(z_b) − Φ(z_a)), z = (x − mean)/sd,
 * each difference taken in the tail where it does not cancel; lognormal: Φ(−(ln x − ln median)/sigma); uniform:
 * (max − x)/(max − min); triangular: 1 − (x − min)²/((max − min)(mode − min)) up to the mode, (max − x)²/((max −
 * min)(max − mode)) after it. 'below' is 1 − 'above' for the continuous laws (a single point has no mass).
 * @param distribution - any {@link Distribution}, in the parameter's unit
 * @param x - the threshold, in the same unit
 * @param side - 'above' for P(X ≥ x), 'below' for P(X ≤ x)
 * @returns the share in [0, 1]; NaN for an invalid distribution (see distributionSupport) or a NaN threshold
 */
export function distributionShareBeyond(distribution: Distribution, x: number, side: 'above' | 'below'): number {
  const [lower, upper] = distributionSupport(distribution);
  if (Number.isNaN(lower) || Number.isNaN(x)) return Number.NaN;
  if (lower === upper) return (side === 'above' ? lower >= x : lower <= x) ? 1 : 0;
  if (x <= lower) return side === 'above' ? 1 : 0;
  if (x >= upper) return side === 'above' ? 0 : 1;
  // Every law here with lower < upper is an object: a number is fixed.
  const above = shareAboveInside(distribution as Exclude<Distribution, number>, x, lower, upper);
  return side === 'above' ? above : 1 - above;
}

import { normalCdf } from './normalCdf.js';
import { portableExp } from './portable/portableExp.js';

/**
 * A parameter value for a virtual cohort: a fixed number, or a probability distribution that each virtual
 * patient draws from. Units are those of the parameter it describes (α in 1/Gy, doubling time in days, …).
 *
 * - a bare number, or `{ dist: 'fixed', value }`: every patient gets `value`;
 * - `{ dist: 'normal', mean, sd, min?, max? }`: normal, truncated to [min, max] when either bound is given
 *   (sd ≥ 0, min < max);
 * - `{ dist: 'lognormal', median, sigma }`: ln x is normal with mean ln(median) and SD `sigma` (median > 0,
 *   sigma ≥ 0);
 * - `{ dist: 'uniform', min, max }` (min < max);
 * - `{ dist: 'triangular', min, mode, max }` (min ≤ mode ≤ max, min < max).
 *
 * Plain data, so it can be written in a scenario file and cross a worker boundary. Sampling lives in
 * `@rtsim/sim` (inverse CDF, one uniform per draw); core only describes and summarises.
 */
export type Distribution =
  | number
  | { dist: 'fixed'; value: number }
  | { dist: 'normal'; mean: number; sd: number; min?: number; max?: number }
  | { dist: 'lognormal'; median: number; sigma: number }
  | { dist: 'uniform'; min: number; max: number }
  | { dist: 'triangular'; min: number; mode: number; max: number };

/**
 * The interval a {@link Distribution} can draw from, [lower, upper] in the parameter's unit.
 *
 * number and `fixed`: [v, v]; `normal`: [min ?? −∞, max ?? +∞] ([mean, mean] when sd = 0); `lognormal`:
 * [0, +∞) ([median, median] when sigma = 0); `uniform` and `triangular`: [min, max].
 * @param distribution - any {@link Distribution}
 * @returns [lower, upper]; [NaN, NaN] when the distribution is invalid (non-finite parameters, sd < 0,
 * sigma < 0, median ≤ 0, min ≥ max, mode outside [min, max], or a zero-SD normal outside its bounds)
 */
export function distributionSupport(distribution: Distribution): readonly [number, number] {
  const invalid: readonly [number, number] = [Number.NaN, Number.NaN];
  if (typeof distribution === 'number') {
    return Number.isFinite(distribution) ? [distribution, distribution] : invalid;
  }
  switch (distribution.dist) {
    case 'fixed':
      return Number.isFinite(distribution.value) ? [distribution.value, distribution.value] : invalid;
    case 'normal': {
      const { mean, sd } = distribution;
      const min = distribution.min ?? Number.NEGATIVE_INFINITY;
      const max = distribution.max ?? Number.POSITIVE_INFINITY;
      if (!(Number.isFinite(mean) && Number.isFinite(sd) && sd >= 0 && min < max)) return invalid;
      if (sd === 0) return mean >= min && mean <= max ? [mean, mean] : invalid;
      return [min, max];
    }
    case 'lognormal': {
      const { median, sigma } = distribution;
      if (!(Number.isFinite(median) && median > 0 && Number.isFinite(sigma) && sigma >= 0)) return invalid;
      return sigma === 0 ? [median, median] : [0, Number.POSITIVE_INFINITY];
    }
    case 'uniform': {
      const { min, max } = distribution;
      return Number.isFinite(min) && Number.isFinite(max) && min < max ? [min, max] : invalid;
    }
    case 'triangular': {
      const { min, mode, max } = distribution;
      const valid = Number.isFinite(min) && Number.isFinite(max) && min < max && mode >= min && mode <= max;
      return valid ? [min, max] : invalid;
    }
    default:
      return invalid;
  }
}

/**
 * Mean of a {@link Distribution}, in the parameter's unit.
 *
 * number and `fixed`: v; `normal` truncated to [a, b]: μ + σ(φ(α) − φ(β)) / (Φ(β) − Φ(α)) with
 * α = (a − μ)/σ, β = (b − μ)/σ (μ when untruncated); `lognormal`: median · exp(σ²/2); `uniform`: (min + max)/2;
 * `triangular`: (min + mode + max)/3.
 * @param distribution - any {@link Distribution}
 * @returns the mean; NaN when the distribution is invalid (see {@link distributionSupport})
 * @remarks For a normal truncated far in one tail the normalising mass is taken from the side where it does
 * not cancel (Φ(−α) − Φ(−β) when α > 0); if it still underflows, the mass sits on the bound nearest the mean
 * and that bound is returned.
 */
export function distributionMean(distribution: Distribution): number {
  const [lower, upper] = distributionSupport(distribution);
  if (Number.isNaN(lower)) return Number.NaN;
  if (typeof distribution === 'number') return distribution;
  switch (distribution.dist) {
    case 'fixed':
      return distribution.value;
    case 'normal': {
      const { mean, sd } = distribution;
      if (sd === 0 || (lower === Number.NEGATIVE_INFINITY && upper === Number.POSITIVE_INFINITY)) return mean;
      const a = (lower - mean) / sd;
      const b = (upper - mean) / sd;
      const mass = a > 0 ? normalCdf(-a) - normalCdf(-b) : normalCdf(b) - normalCdf(a);
      if (!(mass > 0)) return a > 0 ? lower : upper;
      return mean + (sd * (standardNormalDensity(a) - standardNormalDensity(b))) / mass;
    }
    case 'lognormal':
      return distribution.median * portableExp((distribution.sigma * distribution.sigma) / 2);
    case 'uniform':
      return (distribution.min + distribution.max) / 2;
    case 'triangular':
      return (distribution.min + distribution.mode + distribution.max) / 3;
    default:
      return Number.NaN;
  }
}

// φ(±∞) = 0 without evaluating ∞·∞.
function standardNormalDensity(z: number): number {
  return Number.isFinite(z) ? portableExp(-0.5 * z * z) / Math.sqrt(2 * Math.PI) : 0;
}

/**
 * The value of a fixed law: the number itself, or `value` of `{ dist: 'fixed' }`.
 * @param distribution - any {@link Distribution}
 * @returns the fixed value; NaN for any other law (a library value that must be a single number reads as NaN when
 *   it is not, so the caller's finiteness check catches it)
 */
export function fixedDistributionValue(distribution: Distribution): number {
  return typeof distribution === 'number' ? distribution : distribution.dist === 'fixed' ? distribution.value : Number.NaN;
}

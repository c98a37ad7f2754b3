import type { Distribution } from '@rtsim/core';
import { normalCdf } from '@rtsim/core';

/** Which inverse CDF {@link distributionQuantile} evaluates. */
export const distributionKind: {
  readonly fixed: 0;
  readonly normal: 1;
  readonly lognormal: 2;
  readonly uniform: 3;
  readonly triangular: 4;
} = Object.freeze({ fixed: 0, normal: 1, lognormal: 2, uniform: 3, triangular: 4 });

/**
 * A {@link Distribution} reduced to the constants of its inverse CDF, so that drawing costs no parsing and no
 * allocation. Plain data of one fixed shape (every field always present), which keeps the hot loop's property
 * accesses monomorphic. Meaning of `a`–`e` per kind:
 * - fixed: a = value (NaN for an invalid distribution, so every draw is NaN and is reported);
 * - normal: a = mean, b = sd, c = lower CDF bound, d = CDF width, e = 1 when drawn on the reflected side;
 *   `low`/`high` the truncation bounds (±∞ when absent);
 * - lognormal: a = median, b = σ of ln x;
 * - uniform: a = min, b = max − min;
 * - triangular: a = min, b = max, c = mode, d = F(mode) = (mode − min)/(max − min).
 */
export interface CompiledDistribution {
  readonly kind: 0 | 1 | 2 | 3 | 4;
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
  readonly e: number;
  readonly low: number;
  readonly high: number;
}

function fixed(value: number): CompiledDistribution {
  return { kind: distributionKind.fixed, a: value, b: 0, c: 0, d: 0, e: 0, low: value, high: value };
}

// Not frozen: a frozen object has its own hidden class, and the hot loop should see one shape only.
const invalid: CompiledDistribution = fixed(Number.NaN);

const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function compileNormal(mean: number, sd: number, min: number | undefined, max: number | undefined): CompiledDistribution {
  const low = min ?? -Infinity;
  const high = max ?? Infinity;
  if (!(isFiniteNumber(mean) && isFiniteNumber(sd) && sd >= 0 && low <= high)) return invalid;
  if (min !== undefined && !isFiniteNumber(min)) return invalid;
  if (max !== undefined && !isFiniteNumber(max)) return invalid;
  if (sd === 0 || low === high) return low <= mean && mean <= high ? fixed(low === high ? low : mean) : invalid;
  const lowerZ = (low - mean) / sd;
  const upperZ = (high - mean) / sd;
  // An sd vastly wider than [min, max]: the normal density is flat across the interval to within |z|·Δz + Δz², and
  // Φ(b) − Φ(a), a difference of two numbers near the same value, would keep only a few of its digits (an sd 10¹⁴
  // times the width shifted the draws by 7 % of it; 10¹⁶ put them outside). Below 10⁻¹² the uniform on [min, max] is
  // the truncated normal to that relative accuracy, more than the CDF difference gives there.
  const spread = upperZ - lowerZ;
  if (Math.max(Math.abs(lowerZ), Math.abs(upperZ)) * spread + spread * spread < 1e-12) {
    return { kind: distributionKind.uniform, a: low, b: high - low, c: 0, d: 0, e: 0, low, high };
  }
  // Φ(z) for z ≫ 0 is 1 − tiny and loses its digits; when the whole interval lies above the mean, draw the mirror
  // image −X on [−b, −a], where the CDF values are small and exact, and map u to 1 − u to stay increasing in u.
  const reflected = lowerZ > 0;
  const lower = reflected ? normalCdf(-upperZ) : normalCdf(lowerZ);
  const upper = reflected ? normalCdf(-lowerZ) : normalCdf(upperZ);
  const width = upper - lower;
  if (!(width > 0)) return invalid; // interval beyond double precision's reach of the normal tail
  return { kind: distributionKind.normal, a: mean, b: sd, c: lower, d: width, e: reflected ? 1 : 0, low, high };
}

/**
 * Reduces a distribution to its inverse-CDF constants (see {@link CompiledDistribution}); call once per scenario.
 *
 * Domains: fixed (or a bare number) any finite value; normal finite mean, sd ≥ 0, optional finite bounds
 * min ≤ max with positive probability under the normal; lognormal median > 0, σ ≥ 0; uniform min ≤ max;
 * triangular min ≤ mode ≤ max. Degenerate cases (sd = 0, σ = 0, min = max) compile to a fixed value, and a bounded
 * normal whose density is flat across [min, max] to 10⁻¹² (an sd that dwarfs the interval) to the uniform on it.
 * @param distribution - a {@link Distribution} (units are those of the parameter it describes)
 * @returns the compiled form; outside the domain a fixed NaN, so that every draw is NaN (never throws)
 */
export function compileDistribution(distribution: Distribution): CompiledDistribution {
  if (typeof distribution === 'number') return isFiniteNumber(distribution) ? fixed(distribution) : invalid;
  if (typeof distribution !== 'object' || distribution === null) return invalid;
  switch (distribution.dist) {
    case 'fixed':
      return isFiniteNumber(distribution.value) ? fixed(distribution.value) : invalid;
    case 'normal':
      return compileNormal(distribution.mean, distribution.sd, distribution.min, distribution.max);
    case 'lognormal': {
      const { median, sigma } = distribution;
      if (!(isFiniteNumber(median) && median > 0 && isFiniteNumber(sigma) && sigma >= 0)) return invalid;
      if (sigma === 0) return fixed(median);
      return { kind: distributionKind.lognormal, a: median, b: sigma, c: 0, d: 0, e: 0, low: 0, high: Infinity };
    }
    case 'uniform': {
      const { min, max } = distribution;
      if (!(isFiniteNumber(min) && isFiniteNumber(max) && min <= max)) return invalid;
      if (min === max) return fixed(min);
      return { kind: distributionKind.uniform, a: min, b: max - min, c: 0, d: 0, e: 0, low: min, high: max };
    }
    case 'triangular': {
      const { min, mode, max } = distribution;
      if (!(isFiniteNumber(min) && isFiniteNumber(mode) && isFiniteNumber(max) && min <= mode && mode <= max)) return invalid;
      if (min === max) return fixed(min);
      const split = (mode - min) / (max - min);
      return { kind: distributionKind.triangular, a: min, b: max, c: mode, d: split, e: 0, low: min, high: max };
    }
    default:
      return invalid;
  }
}

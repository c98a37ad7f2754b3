import { portableLog } from './portable/portableLog.js';
/** One measured point of a survival curve, the input of {@link fitLq}. */
export interface LqPoint {
  /** Single dose D, Gy (finite, ≥ 0). */
  readonly dose: number;
  /** Surviving fraction SF, normalised to the unirradiated control (0 < SF ≤ 1). */
  readonly survivingFraction: number;
  /** Standard deviation of SF (> 0, finite): weight (SF/sd)², the inverse delta-method variance of ln SF. */
  readonly sd?: number;
  /** Relative weight on −ln SF (> 0, finite), when no `sd` is known. Give `sd` or `weight`, not both. */
  readonly weight?: number;
}

/** Which coefficients the non-negativity constraint holds at 0. */
export type LqBound = 'none' | 'alpha' | 'beta' | 'both';

/** Result of {@link fitLq}. */
export interface LqFit {
  /** α, 1/Gy (≥ 0). */
  readonly alpha: number;
  /** β, 1/Gy² (≥ 0). */
  readonly beta: number;
  /** α/β, Gy (Infinity when β = 0 < α). */
  readonly alphaBeta: number;
  /**
   * [[var α, cov(α, β)], [cov(α, β), var β]] (1/Gy², 1/Gy³, 1/Gy⁴); a coefficient held at 0 has variance 0. NaN when
   * the scale is estimated (not every point gave `sd`) and there are no degrees of freedom left to estimate it.
   */
  readonly covariance: readonly [readonly [number, number], readonly [number, number]];
  /** True when the covariance was scaled by the residual variance (unless every point gave `sd`). */
  readonly covarianceScaled: boolean;
  /** Per point, in input order: observed − fitted −ln SF = −ln SF − αD − βD². */
  readonly residuals: readonly number[];
  /** Weighted residual sum of squares Σ wᵢrᵢ². */
  readonly chiSquare: number;
  /** Weighted sum of squares of the data, Σ wᵢ(ln SFᵢ)² (the χ² of α = β = 0): the scale an exact fit's χ² is judged on. */
  readonly totalSquares: number;
  /**
   * Points minus free coefficients, not counting control rows (dose 0 with SF exactly 1): the model has no intercept,
   * so such a row is fitted exactly by every α, β (no leverage, no residual) and carries no information on the error.
   */
  readonly degreesOfFreedom: number;
  /** χ²/degrees of freedom; NaN when there are no degrees of freedom. */
  readonly residualVariance: number;
  /** Coefficients held at 0 by the constraint. */
  readonly bound: LqBound;
}

function failed(count: number): LqFit {
  const nan = Number.NaN;
  return {
    alpha: nan,
    beta: nan,
    alphaBeta: nan,
    covariance: [
      [nan, nan],
      [nan, nan],
    ],
    covarianceScaled: true,
    residuals: new Array<number>(count).fill(nan),
    chiSquare: nan,
    totalSquares: nan,
    degreesOfFreedom: nan,
    residualVariance: nan,
    bound: 'none',
  };
}

/**
 * Weighted least-squares fit of the linear–quadratic model to surviving fractions, −ln SF = αD + βD², with
 * α, β ≥ 0.
 *
 * Solves the 2 × 2 normal equations (doses scaled by the largest dose for conditioning); when the unconstrained
 * solution has a negative coefficient, the fit is repeated with that coefficient at 0 (and with both at 0), and
 * the feasible candidate with the smallest χ² is returned: this is the exact non-negative least-squares solution
 * of a two-coefficient problem. Covariance = (XᵀWX)⁻¹ over the free coefficients, multiplied by χ²/(n − c − p) unless
 * every point gave `sd` (then the weights are absolute inverse variances). c counts the control rows, dose 0 with SF
 * exactly 1: the normalisation to the unirradiated control, which −ln SF = αD + βD² (no intercept) fits exactly for
 * every α, β, so counting them as degrees of freedom would deflate the residual variance. A dose-0 row with SF ≠ 1 is
 * a noisy observation and counts. With n − c − p ≤ 0 and no `sd`, the covariance is NaN (the error cannot be
 * estimated; α and β are still returned).
 * @param points - doses (Gy), surviving fractions and optional `sd` or `weight`; see {@link LqPoint}
 * @returns the fit; see {@link LqFit}. Bad input (fewer than 3 distinct doses, SF ≤ 0 or > 1, a negative or
 *   non-finite dose, sd or weight, both `sd` and `weight` on a point, NaN) gives NaN estimates, covariance and
 *   residuals (core never throws; file readers report rows and columns).
 * @remarks The model of docs/models.md, "Avatars: fitting patient-derived model data". Delta-method
 *   variance var(ln SF) ≈ (sd/SF)². Lawson CL, Hanson RJ, Solving Least Squares Problems, 1974 (NNLS).
 */
export function fitLq(points: readonly LqPoint[]): LqFit {
  const n = points.length;
  const doses = new Set<number>();
  let scale = 0;
  let absolute = true;
  let controls = 0;
  for (const { dose, survivingFraction, sd, weight } of points) {
    if (!(dose >= 0 && dose < Infinity && survivingFraction > 0 && survivingFraction <= 1)) return failed(n);
    if (sd !== undefined && weight !== undefined) return failed(n);
    if (sd !== undefined && !(sd > 0 && sd < Infinity)) return failed(n);
    if (weight !== undefined && !(weight > 0 && weight < Infinity)) return failed(n);
    if (sd === undefined) absolute = false;
    if (dose === 0 && survivingFraction === 1) controls++;
    doses.add(dose);
    if (dose > scale) scale = dose;
  }
  if (doses.size < 3) return failed(n);
  // Scaled doses x = D/scale keep the normal equations well conditioned; a = α·scale, b = β·scale².
  let sxx = 0;
  let sxxx = 0;
  let sxxxx = 0;
  let sxy = 0;
  let sxxy = 0;
  let syy = 0;
  const weights: number[] = [];
  for (const { dose, survivingFraction, sd, weight } of points) {
    const w = sd !== undefined ? (survivingFraction / sd) ** 2 : (weight ?? 1);
    weights.push(w);
    const x = dose / scale;
    const y = -portableLog(survivingFraction);
    sxx += w * x * x;
    sxxx += w * x * x * x;
    sxxxx += w * x * x * x * x;
    sxy += w * x * y;
    sxxy += w * x * x * y;
    syy += w * y * y;
  }
  const determinant = sxx * sxxxx - sxxx * sxxx;
  const chiSquareOf = (a: number, b: number): number => {
    let sum = 0;
    points.forEach(({ dose, survivingFraction }, i) => {
      const x = dose / scale;
      const r = -portableLog(survivingFraction) - x * (a + b * x);
      sum += weights[i] * r * r;
    });
    return sum;
  };
  const candidates: { a: number; b: number; bound: LqBound }[] = [
    { a: (sxy * sxxxx - sxxy * sxxx) / determinant, b: (sxx * sxxy - sxxx * sxy) / determinant, bound: 'none' },
    { a: 0, b: sxxy / sxxxx, bound: 'alpha' },
    { a: sxy / sxx, b: 0, bound: 'beta' },
    { a: 0, b: 0, bound: 'both' },
  ];
  let best: { a: number; b: number; bound: LqBound } | undefined;
  let bestChiSquare = Infinity;
  for (const candidate of candidates) {
    if (!(candidate.a >= 0 && candidate.b >= 0)) continue;
    const chiSquare = chiSquareOf(candidate.a, candidate.b);
    if (chiSquare < bestChiSquare) {
      best = candidate;
      bestChiSquare = chiSquare;
    }
    if (candidate.bound === 'none') break; // the unconstrained minimum is feasible, so it is the answer
  }
  if (best === undefined) return failed(n);
  const { a, b, bound } = best;
  const free = bound === 'none' ? 2 : bound === 'both' ? 0 : 1;
  const degreesOfFreedom = n - controls - free;
  const residualVariance = degreesOfFreedom > 0 ? bestChiSquare / degreesOfFreedom : Number.NaN;
  const factor = absolute ? 1 : residualVariance;
  // Inverse of the free block of XᵀWX, back in unscaled units (α = a/scale, β = b/scale²).
  let varianceA = 0;
  let varianceB = 0;
  let covarianceAB = 0;
  if (bound === 'none') {
    varianceA = sxxxx / determinant;
    varianceB = sxx / determinant;
    covarianceAB = -sxxx / determinant;
  } else if (bound === 'alpha') {
    varianceB = 1 / sxxxx;
  } else if (bound === 'beta') {
    varianceA = 1 / sxx;
  }
  const s2 = scale * scale;
  const alpha = a / scale;
  const beta = b / s2;
  return {
    alpha,
    beta,
    alphaBeta: alpha / beta,
    covariance: [
      [(factor * varianceA) / s2, (factor * covarianceAB) / (s2 * scale)],
      [(factor * covarianceAB) / (s2 * scale), (factor * varianceB) / (s2 * s2)],
    ],
    covarianceScaled: !absolute,
    residuals: points.map(({ dose, survivingFraction }) => -portableLog(survivingFraction) - dose * (alpha + beta * dose)),
    chiSquare: bestChiSquare,
    totalSquares: syy,
    degreesOfFreedom,
    residualVariance,
    bound,
  };
}

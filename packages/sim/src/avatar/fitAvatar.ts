import { fitLq, fitLqColonies, normalQuantile, portableExp } from '@rtsim/core';
import type { LqBound, LqFit } from '@rtsim/core';
import type { AvatarData } from './parseAvatarCsv.js';
import { studentTQuantile } from './studentTQuantile.js';

/** An interval [lower, upper]; `upper` may be Infinity (α/β when β is not clearly above 0). */
export type AvatarInterval = readonly [number, number];

/**
 * The linear–quadratic fit of one patient's avatar data, with what the schedule comparison needs to propagate its
 * uncertainty.
 */
export interface AvatarFit {
  /** Which data were fitted: surviving fractions (weighted least squares) or colony counts (Poisson likelihood). */
  readonly kind: AvatarData['kind'];
  /**
   * False when the fit failed or was refused (the numbers are NaN). {@link parseAvatarCsv} prevents the inputs that
   * make the core fit fail; data that parse but cannot support intervals are refused with a `problem`.
   */
  readonly ok: boolean;
  /**
   * Why the data cannot support the fit's intervals, for people; present only when refused (then `ok` is false).
   * Surviving fractions only: SF 1 at every dose (no cell kill), or, with the error scale estimated from the
   * residuals, no residual degrees of freedom or an exact fit (its error would be 0 and every interval a point).
   */
  readonly problem?: string;
  /** α, 1/Gy (≥ 0). */
  readonly alpha: number;
  /** β, 1/Gy² (≥ 0). */
  readonly beta: number;
  /** α/β, Gy (Infinity when β = 0 < α). */
  readonly alphaBeta: number;
  /** Covariance of (α, β): [[var α, cov], [cov, var β]], already scaled when `distribution` is `student-t`. */
  readonly covariance: readonly [readonly [number, number], readonly [number, number]];
  /** Standard errors √var α (1/Gy) and √var β (1/Gy²). */
  readonly alphaSe: number;
  readonly betaSe: number;
  /**
   * Sampling distribution of (α̂, β̂) the intervals use: `normal` when the error scale is known (every SF row gave
   * an SD, or colony counts without over-dispersion), `student-t` with `degreesOfFreedom` when it was estimated from
   * the residuals (SF without SD: residual variance; colonies with Pearson dispersion > 1: quasi-Poisson).
   */
  readonly distribution: 'normal' | 'student-t';
  /**
   * Residual degrees of freedom: points minus free coefficients (minus the plating efficiency for colonies); for
   * surviving fractions, control rows (dose 0, SF 1) do not count (core `fitLq`).
   */
  readonly degreesOfFreedom: number;
  /** The two-sided 95% quantile used: 1.96 (normal) or t(0.975, degreesOfFreedom). */
  readonly quantile: number;
  /** 95% intervals: estimate ± quantile·SE, the lower end clipped at 0 (α, β ≥ 0 by the model). */
  readonly alphaCi95: AvatarInterval;
  readonly betaCi95: AvatarInterval;
  /** 95% interval of α/β by Fieller's theorem, within [0, ∞); upper = Infinity when β is not clearly above 0. */
  readonly alphaBetaCi95: AvatarInterval;
  /** Coefficients the constraint α, β ≥ 0 held at 0 (their SE is 0: the interval does not cover that boundary case). */
  readonly bound: LqBound;
  /**
   * Residual dispersion: for SF, χ²/df of the weighted fit (the factor the covariance was scaled by when no SD was
   * given; with SDs a goodness-of-fit check, ≈ 1 when the SDs are right); for colonies, Pearson X²/df (applied to the
   * covariance when it exceeds 1).
   */
  readonly dispersion: number;
  /** Plating efficiency (colonies per seeded cell at 0 Gy) and its SE; colony data only. */
  readonly platingEfficiency?: number;
  readonly platingEfficiencySe?: number;
  /** Number of points (rows) and of distinct dose levels. */
  readonly points: number;
  readonly doseLevels: number;
}

/**
 * Fieller's confidence set for r = α/β: {r ≥ 0 : (α − rβ)² ≤ q²(var α − 2r cov + r² var β)}, as its hull in [0, ∞).
 * The set is the solution of A r² − 2B r + C ≤ 0 with A = β² − q² var β, B = αβ − q² cov, C = α² − q² var α.
 */
function fiellerInterval(alpha: number, beta: number, covariance: AvatarFit['covariance'], q: number): AvatarInterval {
  const [[varianceAlpha, cov], [, varianceBeta]] = covariance;
  if (!(Number.isFinite(alpha) && Number.isFinite(beta))) return [Number.NaN, Number.NaN];
  if (beta === 0 && varianceBeta === 0) return alpha > 0 ? [Infinity, Infinity] : [Number.NaN, Number.NaN];
  const q2 = q * q;
  const a = beta * beta - q2 * varianceBeta;
  const b = alpha * beta - q2 * cov;
  const c = alpha * alpha - q2 * varianceAlpha;
  const discriminant = Math.max(0, b * b - a * c);
  if (a > 0) {
    const root = Math.sqrt(discriminant);
    return [Math.max(0, (b - root) / a), Math.max(0, (b + root) / a)];
  }
  // β is within q standard errors of 0: the set reaches infinity. If it excludes r = 0 (α clearly above 0), it
  // starts at the larger root of the downward parabola.
  if (c > 0 && a < 0) return [Math.max(0, (b - Math.sqrt(discriminant)) / a), Infinity];
  return [0, Infinity];
}

const nanFit = (kind: AvatarData['kind'], points: number, doseLevels: number, problem?: string): AvatarFit => {
  const nan = Number.NaN;
  return {
    kind,
    ok: false,
    ...(problem === undefined ? {} : { problem }),
    alpha: nan,
    beta: nan,
    alphaBeta: nan,
    covariance: [
      [nan, nan],
      [nan, nan],
    ],
    alphaSe: nan,
    betaSe: nan,
    distribution: 'normal',
    degreesOfFreedom: nan,
    quantile: nan,
    alphaCi95: [nan, nan],
    betaCi95: [nan, nan],
    alphaBetaCi95: [nan, nan],
    bound: 'none',
    dispersion: nan,
    points,
    doseLevels,
  };
};

/**
 * χ² at or below this share of Σ w·(−ln SF)² is an exact fit: relative residuals of about 1e−10. Data lying exactly
 * on an LQ curve leave only rounding (about 1e−16 relative in −ln SF), amplified by the conditioning of the normal
 * equations: over 200000 random exact designs (3 to 12 rows, doses on a 0.1 Gy grid up to 100 Gy) the share was at
 * most 1e−23, the worst for three close doses (11.5, 11.6, 11.7 Gy). SF measured and given to six significant digits
 * already gives about 1e−14 (four digits: 1e−9), and real replicate scatter of a few per cent 1e−4 or more.
 */
const exactFitShare = 1e-20;

const remedy = 'add replicate wells or a dose level, or give sd on every row';

/** Why surviving fractions cannot support intervals (see {@link AvatarFit.problem}), or undefined when they can. */
function survivalProblem(data: Extract<AvatarData, { kind: 'survivingFraction' }>, fit: LqFit): string | undefined {
  // α = β = 0 exactly only when −ln SF is 0 at every dose above 0 (held there by the constraint, or solved there).
  if (fit.alpha === 0 && fit.beta === 0) {
    return 'the surviving fraction is 1 at every dose above 0 Gy: the data show no cell kill, so α and β are both 0 and cannot rank schedules';
  }
  if (!fit.covarianceScaled) return undefined; // the SDs give the error scale
  if (!(fit.degreesOfFreedom > 0)) {
    const observed = data.points.flatMap((point, i) => (point.dose === 0 && point.survivingFraction === 1 ? [] : [{ row: data.rows[i], dose: point.dose }]));
    const where = observed.map(({ row, dose }) => `row ${row} at ${dose} Gy`).join(' and ');
    return `two dose levels besides the control (${where}) determine α and β exactly: the fit's error cannot be estimated from the residuals (0 degrees of freedom); ${remedy}`;
  }
  if (fit.chiSquare <= exactFitShare * fit.totalSquares) {
    return `the linear–quadratic curve passes through every row exactly (relative residuals below 1e-10): the fit's error cannot be estimated from the residuals, and every interval would be a point; ${remedy}`;
  }
  return undefined;
}

/**
 * Fits α and β of the linear–quadratic model to one patient's avatar data, with 95% intervals.
 *
 * Surviving fractions: core `fitLq`, weighted least squares of −ln SF = αD + βD² with α, β ≥ 0, weights (SF/sd)² when
 * every row gave an SD (then the covariance is absolute and intervals use the normal quantile 1.96), otherwise equal
 * weights with the covariance scaled by the residual variance and intervals from Student's t with n − c − p degrees
 * of freedom (c control rows, dose 0 with SF 1; exact for normal errors on ln SF). Colony counts: core `fitLqColonies`, Poisson maximum likelihood with
 * the plating efficiency free; the (α, β) block of the inverse information, scaled by the Pearson dispersion
 * X²/df with t intervals when that exceeds 1 (quasi-Poisson: colony counts are often over-dispersed). α/β: Fieller's
 * interval from the same covariance and quantile.
 *
 * Refused (`ok: false` with a `problem`), surviving fractions only: SF 1 at every dose (no cell kill, α = β = 0); and,
 * without SDs, a fit with no residual degrees of freedom (control rows, dose 0 with SF 1, do
 * not count: core `fitLq`) or an exact one (χ² ≤ 1e−20·Σ(−ln SF)²): its estimated error scale would be 0, and every
 * interval a point.
 * @param data - from {@link parseAvatarCsv}
 * @returns the fit; `ok: false` with NaN numbers when the core fit fails or the data are refused
 * @remarks docs/models.md, "Avatars: fitting patient-derived model data". Fieller EC, J R Stat Soc B
 *   1954;16:175. McCullagh P, Nelder JA, Generalized Linear Models, 2nd ed, 1989 (over-dispersion).
 */
export function fitAvatar(data: AvatarData): AvatarFit {
  const doseLevels = new Set(data.points.map((point) => point.dose)).size;
  const n = data.points.length;
  let alpha: number;
  let beta: number;
  let covariance: AvatarFit['covariance'];
  let degreesOfFreedom: number;
  let bound: LqBound;
  let scaled: boolean;
  let dispersion: number;
  let colonyExtras: { platingEfficiency: number; platingEfficiencySe: number } | undefined;
  if (data.kind === 'survivingFraction') {
    const fit = fitLq(data.points);
    if (!Number.isFinite(fit.alpha)) return nanFit(data.kind, n, doseLevels);
    const problem = survivalProblem(data, fit);
    if (problem !== undefined) return nanFit(data.kind, n, doseLevels, problem);
    ({ alpha, beta, covariance, degreesOfFreedom, bound } = fit);
    scaled = fit.covarianceScaled;
    dispersion = fit.residualVariance;
  } else {
    const fit = fitLqColonies(data.points);
    if (!fit.converged) return nanFit(data.kind, n, doseLevels);
    ({ alpha, beta, degreesOfFreedom, bound } = fit);
    const platingEfficiency = fit.platingEfficiency;
    let pearson = 0;
    for (const { dose, cellsSeeded, colonies } of data.points) {
      const expected = cellsSeeded * platingEfficiency * portableExp(-dose * (alpha + beta * dose));
      pearson += expected > 0 ? ((colonies - expected) * (colonies - expected)) / expected : 0;
    }
    const pearsonDispersion = degreesOfFreedom > 0 ? pearson / degreesOfFreedom : Number.NaN;
    scaled = pearsonDispersion > 1;
    dispersion = pearsonDispersion;
    const row = (i: number): readonly number[] => fit.covariance[i];
    const factor = scaled ? pearsonDispersion : 1;
    covariance = [
      [factor * row(0)[0], factor * row(0)[1]],
      [factor * row(1)[0], factor * row(1)[1]],
    ];
    colonyExtras = { platingEfficiency, platingEfficiencySe: Math.sqrt(factor * row(2)[2]) };
  }
  const [[varianceAlpha], [, varianceBeta]] = covariance;
  const alphaSe = Math.sqrt(Math.max(0, varianceAlpha));
  const betaSe = Math.sqrt(Math.max(0, varianceBeta));
  const distribution = scaled ? 'student-t' : 'normal';
  const quantile = scaled ? studentTQuantile(0.975, degreesOfFreedom) : normalQuantile(0.975);
  return {
    kind: data.kind,
    ok: Number.isFinite(quantile) && Number.isFinite(alphaSe) && Number.isFinite(betaSe),
    alpha,
    beta,
    alphaBeta: alpha / beta,
    covariance,
    alphaSe,
    betaSe,
    distribution,
    degreesOfFreedom,
    quantile,
    alphaCi95: [Math.max(0, alpha - quantile * alphaSe), alpha + quantile * alphaSe],
    betaCi95: [Math.max(0, beta - quantile * betaSe), beta + quantile * betaSe],
    alphaBetaCi95: fiellerInterval(alpha, beta, covariance, quantile),
    bound,
    dispersion,
    ...(colonyExtras ?? {}),
    points: n,
    doseLevels,
  };
}

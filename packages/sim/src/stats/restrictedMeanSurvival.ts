import { normalQuantile } from '@rtsim/core';
import type { GroupedSurvival } from './GroupedSurvival.js';
import { isValidGroupedSurvival } from './GroupedSurvival.js';
import { kaplanMeierFromBins } from './kaplanMeierFromBins.js';

/** Result of {@link restrictedMeanSurvival}; all values in days. */
export interface RestrictedMean {
  /** Restricted mean survival time μ_τ = ∫₀^τ S(u) du (days, in [0, τ]). */
  readonly estimate: number;
  /** Standard error of μ_τ (days). */
  readonly standardError: number;
  /** Lower limit of the normal-approximation interval μ_τ − z·se (days; not clamped). */
  readonly lower: number;
  /** Upper limit of the normal-approximation interval μ_τ + z·se (days; not clamped). */
  readonly upper: number;
}

/**
 * Restricted mean survival time up to τ, the area under the binned Kaplan–Meier curve, with its variance
 * (Klein & Moeschberger): with events tied at bin ends t_j = (j + 1)·w,
 *   μ_τ = ∫₀^τ S(u) du = τ − ∫₀^τ (1 − S(u)) du,
 *   Var μ_τ = Σ_{t_j ≤ τ} A_j² d_j / (n_j(n_j − d_j)),  A_j = ∫_{t_j}^τ S(u) du,
 *   interval μ_τ ± z·se, z = Φ⁻¹(1 − (1 − confidence)/2).
 * S is the right-continuous step function of {@link survivalAt}: 1 on [0, w), S_j on [(j + 1)w, (j + 2)w).
 * @param group - grouped counts (see {@link GroupedSurvival})
 * @param binWidthDays - bin width w in days (> 0, finite)
 * @param tauDays - restriction time τ in days, 0 < τ ≤ L·w (L bins: no extrapolation beyond the follow-up)
 * @param confidence - two-sided confidence level in (0, 1), default 0.95
 * @returns estimate, standard error and interval in days; all NaN outside the domain (invalid counts, w or τ);
 *   standard error and interval NaN (not defined) with fewer than 2 patients at the start, where the sum below
 *   would give 0 from a single patient
 * @remarks The area is accumulated as the time lost, ∫(1 − S), and subtracted from τ, so S ≡ 1 gives exactly τ
 *   and a curve near 1 keeps its small deficit at full precision. A_j are suffix sums of non-negative pieces
 *   (no cancellation); a bin where everyone at risk fails has A_j = 0 (S = 0 after it) and is skipped. Without
 *   censoring μ_τ is the sample mean of min(T, τ) and Var μ_τ its variance with divisor n, divided by n.
 *   Events tied at bin ends make μ_τ overstate the continuous-time value by at most w·(1 − S(τ)).
 * @see Klein JP, Moeschberger ML (2003) Survival Analysis, 2nd ed., Springer, §4.5; Royston P, Parmar MKB
 *   (2013) BMC Med Res Methodol 13:152.
 */
export function restrictedMeanSurvival(
  group: GroupedSurvival,
  binWidthDays: number,
  tauDays: number,
  confidence = 0.95,
): RestrictedMean {
  const binCount = group.events.length;
  if (
    !isValidGroupedSurvival(group) ||
    !(binWidthDays > 0 && binWidthDays < Infinity && tauDays > 0 && tauDays <= binCount * binWidthDays) ||
    !(confidence > 0 && confidence < 1)
  ) {
    return { estimate: NaN, standardError: NaN, lower: NaN, upper: NaN };
  }
  const curve = kaplanMeierFromBins(group.events, group.censored, group.atRiskStart);
  // Piece i is [i·w, (i + 1)·w) ∩ [0, τ], where S = 1 for i = 0 and S = curve[i − 1] after.
  const pieces = Math.min(binCount, Math.ceil(tauDays / binWidthDays));
  const area = new Float64Array(pieces);
  let timeLost = 0;
  for (let i = 0; i < pieces; i++) {
    const start = i * binWidthDays;
    // max(0, ·): τ = k·w can round to a hair above k·w, leaving an empty last piece.
    const length = Math.max(0, Math.min(binWidthDays, tauDays - start));
    const survival = i === 0 ? 1 : curve[i - 1];
    area[i] = length * survival;
    timeLost += length * (1 - survival);
  }
  const estimate = tauDays - timeLost;
  let variance = 0;
  let areaAfter = 0;
  let atRisk = group.atRiskStart;
  const atRiskAt = new Float64Array(pieces);
  for (let j = 0; j < pieces; j++) {
    atRiskAt[j] = atRisk;
    atRisk -= group.events[j] + group.censored[j];
  }
  // Bin j's events sit at t_j = (j + 1)·w, the start of piece j + 1: A_j = Σ_{i > j} area[i].
  for (let j = pieces - 1; j >= 0; j--) {
    const d = group.events[j];
    const n = atRiskAt[j];
    if (d > 0 && n > d && areaAfter > 0) variance += (areaAfter * areaAfter * d) / (n * (n - d));
    areaAfter += area[j];
  }
  // One patient: every term is skipped (n = d, or no event) and the plug-in variance is 0, which is no estimate.
  const standardError = group.atRiskStart < 2 ? NaN : Math.sqrt(variance);
  const z = -normalQuantile((1 - confidence) / 2);
  return { estimate, standardError, lower: estimate - z * standardError, upper: estimate + z * standardError };
}

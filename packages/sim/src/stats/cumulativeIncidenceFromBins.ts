import { normalQuantile, portableExp, portableLog } from '@rtsim/core';
import type { CompetingRiskBins } from './CompetingRiskBins.js';
import { competingRiskBinsProblem } from './CompetingRiskBins.js';

/** One cause's cumulative incidence at the end of each bin, from {@link cumulativeIncidenceFromBins}. */
export interface CauseIncidence {
  /** Aalen–Johansen cumulative incidence F_k (probability, in [0, 1], non-decreasing). */
  readonly incidence: Float64Array;
  /** Delta-method (Greenwood-type) standard error of F_k (probability). */
  readonly standardError: Float64Array;
  /** Lower limit of the log(−log)-transformed confidence interval (probability). */
  readonly lower: Float64Array;
  /** Upper limit of the log(−log)-transformed confidence interval (probability). */
  readonly upper: Float64Array;
}

/** Result of {@link cumulativeIncidenceFromBins}: all arrays have one value per bin (at the bin's end). */
export interface CumulativeIncidence {
  /** Kaplan–Meier survival free of every cause, S (probability); equal to {@link kaplanMeierFromBins} on Σ_k d_k. */
  readonly eventFree: Float64Array;
  /** One entry per cause, in the order of `events`. */
  readonly causes: readonly CauseIncidence[];
}

/**
 * Aalen–Johansen cumulative incidence of K competing event types from grouped counts, with the delta-method
 * standard error and a log(−log) confidence interval. With n_j at risk at the start of bin j, d_kj events of
 * cause k, d_j = Σ_k d_kj, event-free survival S_j = Π_{i ≤ j}(1 − d_i/n_i) and
 *   F_k(t) = Σ_{j ≤ t} S_{j−1} d_kj / n_j,
 *   Var F_k(t) = Σ_{j ≤ t} { [F_k(t) − F_k(j)]² d_j/(n_j(n_j − d_j)) + S_{j−1}² d_kj(n_j − d_kj)/n_j³
 *                − 2 [F_k(t) − F_k(j)] S_{j−1} d_kj/n_j² },
 *   interval F^exp(±z·se/(F ln F)), z = Φ⁻¹(1 − (1 − confidence)/2).
 * Σ_k F_k + S = 1 at every bin; without censoring F_k = (cumulative cause-k events)/n₀ (the crude proportion)
 * and Var F_k = F_k(1 − F_k)/n₀; with one cause F = 1 − KM and the variance is Greenwood's.
 * @param bins - counts per cause and bin (see {@link CompetingRiskBins})
 * @param confidence - two-sided confidence level in (0, 1), default 0.95
 * @returns event-free survival and, per cause, incidence, standard error and interval at each bin's end; every
 *   array all NaN when the counts are invalid ({@link competingRiskBinsProblem} says why) or confidence is
 *   outside (0, 1). Once nobody is at risk the last values are carried forward. The interval is [F, F] where
 *   se = 0 (F = 0 before the first event of that cause, or F = 1).
 * @remarks Exact and order-independent in the counts (integers). Within a run of bins without censoring
 *   S_{j−1}/n_j is constant (S telescopes), so F_k is evaluated as F_k(run start) + S_run·(D_k,run/n_run): without
 *   censoring that is D_k/n₀ with one rounding, and S equals kaplanMeierFromBins bit for bit. The variance sums
 *   are updated in O(1) per bin, by recurrences in F_k(t) − F_k(t − 1) ≥ 0 that add only non-negative terms;
 *   the three sums are combined at the end, and a rounding-negative total is taken as 0. A bin where everyone
 *   at risk fails (n_j = d_j) contributes no first term: F is constant after it, so F_k(t) − F_k(j) = 0.
 * @see Aalen OO, Johansen S (1978) Scand J Stat 5:141–150; Marubini E, Valsecchi MG (1995) Analysing Survival
 *   Data from Clinical Trials and Observational Studies, Wiley, §10.2 (delta-method variance); Pintilie M (2006)
 *   Competing Risks: A Practical Perspective, Wiley, §4.2; Choudhury JB (2002) Stat Med 21:1129–1144 (log(−log)
 *   interval).
 */
export function cumulativeIncidenceFromBins(bins: CompetingRiskBins, confidence = 0.95): CumulativeIncidence {
  const causeCount = bins.events.length;
  const binCount = bins.censored.length;
  const eventFree = new Float64Array(binCount);
  const causes = Array.from({ length: causeCount }, () => emptyCause(binCount));
  if (!(confidence > 0 && confidence < 1) || competingRiskBinsProblem(bins) !== undefined) {
    eventFree.fill(NaN);
    for (const cause of causes) for (const values of Object.values(cause)) values.fill(NaN);
    return { eventFree, causes };
  }
  // Upper-tail quantile of the small probability, as in wilsonInterval.
  const z = -normalQuantile((1 - confidence) / 2);
  const { events, censored, atRiskStart } = bins;
  const run = { survival: 1, atRisk: atRiskStart, events: 0 };
  const runEvents = new Float64Array(causeCount);
  const runStartIncidence = new Float64Array(causeCount);
  const sums = Array.from({ length: causeCount }, (): VarianceSums => ({ w: 0, p: 0, q: 0, u: 0, r: 0, v: 0 }));
  let atRisk = atRiskStart;
  let survivalBefore = 1;
  for (let j = 0; j < binCount; j++) {
    let failures = 0;
    for (let k = 0; k < causeCount; k++) failures += events[k][j];
    run.events += failures;
    // Greenwood weight d/(n(n − d)); zero when n = d (see remarks) or nobody fails.
    const weight = failures > 0 && atRisk > failures ? failures / (atRisk * (atRisk - failures)) : 0;
    for (let k = 0; k < causeCount; k++) {
      const d = events[k][j];
      runEvents[k] += d;
      const previous = j > 0 ? causes[k].incidence[j - 1] : 0;
      const incidence = run.atRisk > 0 ? runStartIncidence[k] + run.survival * (runEvents[k] / run.atRisk) : previous;
      causes[k].incidence[j] = incidence;
      const variance = addBinToVariance(sums[k], incidence - previous, weight, survivalBefore, d, atRisk);
      storeInterval(causes[k], j, incidence, Math.sqrt(variance), z);
    }
    const survival = run.atRisk > 0 ? run.survival * ((run.atRisk - run.events) / run.atRisk) : run.survival;
    eventFree[j] = survival;
    survivalBefore = survival;
    atRisk -= failures + censored[j];
    if (censored[j] > 0) {
      // Censoring breaks the telescoping product: start a new run from this bin's values.
      run.survival = survival;
      run.atRisk = atRisk;
      run.events = 0;
      runEvents.fill(0);
      for (let k = 0; k < causeCount; k++) runStartIncidence[k] = causes[k].incidence[j];
    }
  }
  return { eventFree, causes };
}

/**
 * Running sums of the delta-method variance of one cause at the current bin t, over the bins j ≤ t so far:
 * w = Σ ω_j, p = Σ ω_j·x_j, q = Σ ω_j·x_j² with ω_j = d_j/(n_j(n_j − d_j)) and x_j = F(t) − F(j);
 * u = Σ S_{j−1}d_kj/n_j², r = Σ x_j·S_{j−1}d_kj/n_j², v = Σ S_{j−1}²d_kj(n_j − d_kj)/n_j³. Var F(t) = q + v − 2r.
 */
interface VarianceSums { w: number; p: number; q: number; u: number; r: number; v: number }

/**
 * Moves the sums from bin t − 1 to bin t and returns Var F(t). Every x_j grows by step = F(t) − F(t − 1) ≥ 0, so
 * (x + step)² = x² + 2·step·x + step² updates q from p and w, and only non-negative terms are added; bin t's own
 * terms enter with x_t = 0. A rounding-negative total is taken as 0.
 */
function addBinToVariance(sums: VarianceSums, step: number, weight: number, survivalBefore: number, d: number, atRisk: number): number {
  sums.q += step * (2 * sums.p + step * sums.w);
  sums.p += step * sums.w;
  sums.r += step * sums.u;
  if (d > 0) {
    sums.u += (survivalBefore * d) / (atRisk * atRisk);
    sums.v += (survivalBefore * survivalBefore * d * (atRisk - d)) / (atRisk * atRisk * atRisk);
  }
  sums.w += weight;
  return Math.max(0, sums.q + sums.v - 2 * sums.r);
}

function emptyCause(binCount: number): CauseIncidence {
  return {
    incidence: new Float64Array(binCount),
    standardError: new Float64Array(binCount),
    lower: new Float64Array(binCount),
    upper: new Float64Array(binCount),
  };
}

/** Stores se and the log(−log) interval F^exp(±z·se/(F·ln F)) (in (0, 1) for 0 < F < 1), [F, F] when se = 0. */
function storeInterval(cause: CauseIncidence, j: number, incidence: number, standardError: number, z: number): void {
  cause.standardError[j] = standardError;
  if (!(standardError > 0 && incidence > 0 && incidence < 1)) {
    cause.lower[j] = incidence;
    cause.upper[j] = incidence;
    return;
  }
  const logIncidence = portableLog(incidence);
  // se of log(−log F) by the delta method: se/(F·|ln F|); F^c = exp(c·ln F) stays in (0, 1) for any c > 0.
  const spread = (z * standardError) / (incidence * -logIncidence);
  cause.lower[j] = portableExp(logIncidence * portableExp(spread));
  cause.upper[j] = portableExp(logIncidence * portableExp(-spread));
}

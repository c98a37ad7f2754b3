import { portableExp } from '@rtsim/core';
import type { GroupedSurvival } from './GroupedSurvival.js';
import { isValidGroupedSurvival } from './GroupedSurvival.js';
import type { HazardRatio } from './HazardRatio.js';
import { petoHazardRatio } from './petoHazardRatio.js';
import { waldHazardRatio } from './waldHazardRatio.js';

/** Why {@link coxHazardRatio} gives no estimate (all its numbers NaN), or null when it gives one. */
export type HazardRatioNotEstimable =
  /** Invalid counts, unequal bin counts or a confidence outside (0, 1). */
  | 'invalid-input'
  /**
   * No event while both groups are at risk, or every such event in a bin where everyone at risk failed (the log-rank
   * variance is 0): the data say nothing about the HR. Efron's approximation would still give such a bin
   * information; the exact discrete likelihood, and the log-rank test beside the HR, give it none.
   */
  | 'no-events'
  /** No event in group A while B is at risk (but some in B while A is): the MLE is HR = 0, no Wald interval. */
  | 'no-events-in-a'
  /** No event in group B while A is at risk (but some in A while B is): the MLE is HR = ∞, no Wald interval. */
  | 'no-events-in-b'
  /** The safeguarded Newton iteration did not meet its tolerance within its iteration limit (not seen in practice). */
  | 'not-converged';

/** Result of {@link coxHazardRatio}. */
export interface CoxHazardRatio extends HazardRatio {
  /** Why there is no estimate, or null when there is one. */
  readonly notEstimable: HazardRatioNotEstimable | null;
  /** Newton (or bisection) steps taken from the start; 0 when no estimate was attempted. */
  readonly iterations: number;
}

/** Iteration limit: bisection alone halves a bracket 100 times, far beyond double precision. */
const maxIterations = 100;
/** Largest |ln HR| of the start (HR e^±20), far beyond any hazard ratio a trial could estimate. */
const maxStart = 20;
/** Largest first Newton step in ln HR (a factor e⁴ ≈ 55 in HR), against huge steps where the information is tiny. */
const maxStep = 4;
/** Stop when the Newton step is below this, relative to max(1, |ln HR|). */
const tolerance = 1e-13;

/**
 * Cox's maximum partial-likelihood hazard ratio of group A to group B from grouped counts, with one covariate
 * x = 1 in A, 0 in B, and Efron's approximation for the events tied within a bin (Efron 1977). In bin j with
 * n_Aj, n_Bj at risk and d_Aj, d_Bj failures (d_j = d_Aj + d_Bj), for l = 0 … d_j − 1, f = l/d_j,
 * a = n_Aj − f·d_Aj, b = n_Bj − f·d_Bj, m_l = a·e^β/(a·e^β + b):
 *   score U(β) = Σ_j (d_Aj − Σ_l m_l), observed information I(β) = Σ_j Σ_l m_l(1 − m_l),
 * β̂ solves U(β̂) = 0, se = 1/√I(β̂), interval exp(β̂ ± z·se), z = Φ⁻¹(1 − (1 − confidence)/2) (Wald on ln HR).
 * @param groupA - grouped counts of group A (see {@link GroupedSurvival})
 * @param groupB - grouped counts of group B, same number of bins
 * @param confidence - two-sided confidence level in (0, 1), default 0.95
 * @returns hazard ratio, ln HR, its standard error and interval, why there is no estimate (`notEstimable`) and the
 *   steps taken; identical groups give exactly 1. All numbers NaN, with the reason, when the MLE is not finite: no
 *   event while both groups are at risk (no information), or one group has no event while the other is at risk
 *   (the MLE is HR = 0 or ∞ and a Wald interval does not exist; a finite one-step number there would be an artefact)
 * @remarks The log partial likelihood is concave in β (I > 0), so the root is unique. It is found by Newton's method
 *   from Peto's one-step estimate (clamped to |β| ≤ 20), safeguarded: every iterate narrows a bracket
 *   [lo, hi] with U(lo) > 0 > U(hi), a step is capped (at 4, doubling while steps keep hitting the cap) and a
 *   step leaving the bracket is replaced by its midpoint, so it cannot diverge; it usually stops after 3 to 6 steps.
 *   Stopping when the Newton step is below 1e-13 of max(1, |β|), the result is a deterministic function of the counts (same bits on any worker count). m_l is
 *   evaluated with e^{−|β|} ≤ 1 so that no term overflows. The Wald interval is the one Cox software prints; the
 *   log-rank test (the score test at β = 0) is {@link logRankTest}. Efron's approximation treats a bin's events as
 *   if they came one by one in unknown order, which is what weekly bins of continuous times are; Breslow's, which
 *   keeps every tied event's full risk set, biases ln HR towards 0 when ties are many (Hertz-Picciotto & Rockhill
 *   1997). Swapping the groups negates ln HR up to rounding.
 * @see Cox DR (1972) J R Stat Soc B 34:187–220; Efron B (1977) J Am Stat Assoc 72:557–565; Hertz-Picciotto I,
 *   Rockhill B (1997) Biometrics 53:1151–1156; Therneau TM, Grambsch PM (2000) Modeling Survival Data, §3.3.
 */
export function coxHazardRatio(groupA: GroupedSurvival, groupB: GroupedSurvival, confidence = 0.95): CoxHazardRatio {
  const bins = groupA.events.length;
  if (
    groupB.events.length !== bins ||
    !isValidGroupedSurvival(groupA) ||
    !isValidGroupedSurvival(groupB) ||
    !(confidence > 0 && confidence < 1)
  ) {
    return noEstimate('invalid-input');
  }
  const risk = riskSets(groupA, groupB);
  // U(−∞) = events in A while B is at risk, U(+∞) = −(events in B while A is at risk): a finite root needs both.
  if (risk.eventsAWithBAtRisk === 0 && risk.eventsBWithAAtRisk === 0) return noEstimate('no-events');
  if (risk.eventsAWithBAtRisk === 0) return noEstimate('no-events-in-a');
  if (risk.eventsBWithAAtRisk === 0) return noEstimate('no-events-in-b');
  const start = petoHazardRatio(groupA, groupB).logHazardRatio;
  // Peto's estimate is NaN exactly when the log-rank variance is 0 (the counts are valid here).
  if (Number.isNaN(start)) return noEstimate('no-events');
  // Clamped: Peto's one-step can lie hundreds of units out (ln HR ≈ 710), where reaching the root takes dozens of steps.
  let beta = Math.min(maxStart, Math.max(-maxStart, start));
  let lower = -Infinity;
  let upper = Infinity;
  let cap = maxStep;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const { score, information } = scoreAndInformation(risk, beta);
    if (score === 0) return estimate(beta, information, confidence, iteration - 1);
    if (score > 0) lower = beta;
    else upper = beta;
    const newton = score / information;
    // Converged: checked before the bracket, as a last step below one ulp leaves beta on the bracket's end.
    if (Math.abs(newton) <= tolerance * Math.max(1, Math.abs(beta))) {
      const last = beta + newton;
      return estimate(last, scoreAndInformation(risk, last).information, confidence, iteration);
    }
    // A long (or, where the information underflowed to 0 far from the root, infinite) step is capped; the cap doubles
    // while steps keep hitting it, so a start far out (Peto's one-step can give ln HR ≈ 700) comes back in a few steps.
    const capped = !(Math.abs(newton) <= cap);
    const step = capped ? Math.sign(score) * cap : newton;
    cap = capped ? 2 * cap : maxStep;
    let next = beta + step;
    // Beyond the bracket's other end (then finite): bisect instead.
    if (!(next > lower && next < upper)) next = lower / 2 + upper / 2;
    if (next === beta) return estimate(beta, information, confidence, iteration);
    beta = next;
  }
  return noEstimate('not-converged', maxIterations);
}

/** The bins with events, with both groups' numbers at risk and failures: all the partial likelihood needs. */
interface RiskSets {
  readonly atRiskA: readonly number[];
  readonly atRiskB: readonly number[];
  readonly failuresA: readonly number[];
  readonly failuresB: readonly number[];
  readonly eventsAWithBAtRisk: number;
  readonly eventsBWithAAtRisk: number;
}

function riskSets(groupA: GroupedSurvival, groupB: GroupedSurvival): RiskSets {
  const atRiskA: number[] = [];
  const atRiskB: number[] = [];
  const failuresA: number[] = [];
  const failuresB: number[] = [];
  let eventsAWithBAtRisk = 0;
  let eventsBWithAAtRisk = 0;
  let nA = groupA.atRiskStart;
  let nB = groupB.atRiskStart;
  for (let j = 0; j < groupA.events.length; j++) {
    const dA = groupA.events[j];
    const dB = groupB.events[j];
    if (dA + dB > 0) {
      atRiskA.push(nA);
      atRiskB.push(nB);
      failuresA.push(dA);
      failuresB.push(dB);
      if (nB > 0) eventsAWithBAtRisk += dA;
      if (nA > 0) eventsBWithAAtRisk += dB;
    }
    nA -= dA + groupA.censored[j];
    nB -= dB + groupB.censored[j];
  }
  return { atRiskA, atRiskB, failuresA, failuresB, eventsAWithBAtRisk, eventsBWithAAtRisk };
}

/** U(β) and I(β) of the Efron partial likelihood, summed bin by bin in order (a deterministic function of β). */
function scoreAndInformation(risk: RiskSets, beta: number): { score: number; information: number } {
  // With t = e^{−|β|} ≤ 1: m = a/(a + b·t) and 1 − m = b·t/(a + b·t) for β ≥ 0, m = a·t/(a·t + b) otherwise.
  const t = portableExp(-Math.abs(beta));
  const weightA = beta >= 0 ? 1 : t;
  const weightB = beta >= 0 ? t : 1;
  let score = 0;
  let information = 0;
  for (let k = 0; k < risk.failuresA.length; k++) {
    const dA = risk.failuresA[k];
    const dB = risk.failuresB[k];
    const d = dA + dB;
    let expected = 0;
    for (let l = 0; l < d; l++) {
      const a = (risk.atRiskA[k] - (l * dA) / d) * weightA;
      const b = (risk.atRiskB[k] - (l * dB) / d) * weightB;
      const total = a + b;
      expected += a / total;
      information += (a / total) * (b / total);
    }
    score += dA - expected;
  }
  return { score, information };
}

function estimate(logHazardRatio: number, information: number, confidence: number, iterations: number): CoxHazardRatio {
  return { ...waldHazardRatio(logHazardRatio, 1 / Math.sqrt(information), confidence), notEstimable: null, iterations };
}

function noEstimate(reason: HazardRatioNotEstimable, iterations = 0): CoxHazardRatio {
  return { hazardRatio: NaN, logHazardRatio: NaN, standardError: NaN, lower: NaN, upper: NaN, notEstimable: reason, iterations };
}

import type { ArmResult, TrialResults } from '../cohort/TrialResults.js';
import { armEndpointsAtTimes } from '../cohort/armEndpointsAtTimes.js';
import type { EndpointsAtTime } from '../cohort/EndpointsAtTime.js';
import { mapEndpointsAtTime } from '../cohort/mapEndpointsAtTime.js';
import { pairEndpointsAtTimes } from '../cohort/pairEndpointsAtTimes.js';

/** A proportion of one parameter set and its Monte Carlo SE. */
export interface ValueWithSe {
  readonly value: number;
  readonly se: number;
}

/** An arm's endpoints at one `followUp.at` time in one parameter set; null beyond the horizon. */
export type EndpointsAtTimeOutcome = EndpointsAtTime<ValueWithSe>;

/** What a two-level run keeps of one parameter set: per arm and per pair, a value and its Monte Carlo SE. */
export interface DrawOutcome {
  /**
   * Control rate p̂ of each arm and its binomial SE √(p̂(1 − p̂)/n); with `followUp.at`, the arm's endpoints at those
   * times, each a proportion of the arm's patients with the same binomial SE, but DMFS and disease-specific survival,
   * Kaplan–Meier estimates with deaths from other causes censored, with their Greenwood SE (MetastasisAtTime).
   */
  readonly arms: readonly (ValueWithSe & { readonly atTimes?: readonly EndpointsAtTimeOutcome[] })[];
  /**
   * Difference in control rate a − b of each pair, d̂ = (n_a only − n_b only)/n, and its paired SE
   * √(((n_a only + n_b only)/n − d̂²)/n) (each patient contributes −1, 0 or 1); with `followUp.at`, the pair's paired
   * differences of the endpoints at those times (pairEndpointsAtTimes), each with the same paired SE.
   */
  readonly pairs: readonly (ValueWithSe & { readonly atTimes?: readonly EndpointsAtTimeOutcome[] })[];
}

/** A proportion p of n patients with its binomial SE √(p(1 − p)/n). */
const proportion = (value: number, patients: number): ValueWithSe => ({ value, se: Math.sqrt((value * (1 - value)) / patients) });

/** The endpoints whose within-set SE is Greenwood's, read from the results beside the value. */
const greenwoodSe = {
  distantMetastasisFreeSurvival: 'distantMetastasisFreeSurvivalSe',
  diseaseSpecificSurvival: 'diseaseSpecificSurvivalSe',
} as const;

/**
 * An arm's endpoint at its i-th follow-up time with its Monte Carlo SE: Greenwood's for a Kaplan–Meier endpoint, as
 * the results give it, binomial for every other (a proportion of the arm's patients).
 * @throws Error when the results hold a Kaplan–Meier value without its SE (a broken invariant: both come from
 *   metastasisEndpoints), rather than let a NaN into the summary
 */
function armEndpoint(arm: ArmResult, i: number, field: keyof EndpointsAtTime<number>, value: number): ValueWithSe {
  if (field !== 'distantMetastasisFreeSurvival' && field !== 'diseaseSpecificSurvival') return proportion(value, arm.patients);
  const se = arm.competingEvents?.metastasis?.atTimes?.[i]?.[greenwoodSe[field]];
  if (se === undefined || se === null) throw new Error(`arm ${arm.id} reports ${field} at follow-up time ${i + 1} without its standard error`);
  return { value, se };
}

/**
 * A paired difference d of n patients, b and c of them discordant, with its paired SE √(((b + c)/n − d²)/n): each
 * patient contributes −1, 0 or 1, whichever arm the difference favours.
 */
const discordantDifference = (value: number, discordantA: number, discordantB: number, patients: number): ValueWithSe => ({
  value,
  se: Math.sqrt(Math.max(0, (discordantA + discordantB) / patients - value * value) / patients),
});

/**
 * Reduces one parameter set's results to the numbers the two-level summary needs.
 * @param results - summarize of the set
 * @returns control rates, endpoints at the follow-up times and paired differences (of the control rate and of those
 *   endpoints) with their Monte Carlo SEs
 */
export function drawOutcome(results: TrialResults): DrawOutcome {
  const n = results.patients;
  return {
    arms: results.arms.map((arm) => {
      // competingEvents.patients is the arm's n, so the proportions are of the arm's patients.
      const atTimes = armEndpointsAtTimes(arm)?.map((at, i) => mapEndpointsAtTime(at, (value, field) => armEndpoint(arm, i, field, value)));
      return { ...proportion(arm.controlRate, arm.patients), ...(atTimes === undefined ? {} : { atTimes }) };
    }),
    pairs: results.comparisons.map((pair) => {
      const atTimes = pairEndpointsAtTimes(pair)?.map((at) =>
        mapEndpointsAtTime(at, (paired) => discordantDifference(paired.difference ?? Number.NaN, paired.eventInAOnly ?? Number.NaN, paired.eventInBOnly ?? Number.NaN, n)),
      );
      const controlRate = discordantDifference((pair.discordant.aOnly - pair.discordant.bOnly) / n, pair.discordant.aOnly, pair.discordant.bOnly, n);
      return { ...controlRate, ...(atTimes === undefined ? {} : { atTimes }) };
    }),
  };
}

import type { TrialResults } from '../cohort/TrialResults.js';
import type { EndpointsAtTime } from '../cohort/UncertaintyResults.js';

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
   * times, each a proportion of the arm's patients with the same binomial SE.
   */
  readonly arms: readonly (ValueWithSe & { readonly atTimes?: readonly EndpointsAtTimeOutcome[] })[];
  /**
   * Difference in control rate a − b of each pair, d̂ = (n_a only − n_b only)/n, and its paired SE
   * √(((n_a only + n_b only)/n − d̂²)/n) (each patient contributes −1, 0 or 1).
   */
  readonly pairs: readonly ValueWithSe[];
}

/** p and √(p(1 − p)/n), or null where the endpoint is not reported (beyond the horizon). */
function proportion(value: number | null, patients: number): ValueWithSe | null {
  return value === null ? null : { value, se: Math.sqrt((value * (1 - value)) / patients) };
}

/**
 * The endpoints at the follow-up times of one arm. Every patient is followed to the horizon, so local control,
 * the cumulative incidence of metastasis, progression-free and overall survival at a time within it are proportions
 * of the arm's patients (TrialResults.ts); DMFS and disease-specific survival censor deaths from other causes and are
 * not among them. A scenario has `metastasis` (patients without metastases at diagnosis) or `progression`
 * (metastatic patients treated with SBRT), never both.
 */
function endpointsAtTimes(arm: TrialResults['arms'][number]): EndpointsAtTimeOutcome[] | undefined {
  const metastasis = arm.competingEvents?.metastasis?.atTimes;
  const progression = arm.progression?.atTimes;
  return arm.localControlAtTimes?.map((at, i) => {
    // The same `followUp.at` list gives all of them (summarize), so entry i of each is the same time; and
    // competingEvents.patients is the arm's patients (summarize): one denominator for every endpoint.
    const distant = metastasis?.[i];
    const after = progression?.[i];
    return {
      years: at.years,
      localControl: proportion(at.localControl, arm.patients),
      ...(distant === undefined
        ? {}
        : { metastasisIncidence: proportion(distant.metastasisIncidence, arm.patients), overallSurvival: proportion(distant.overallSurvival, arm.patients) }),
      ...(after === undefined
        ? {}
        : { progressionFreeSurvival: proportion(after.progressionFreeSurvival, arm.patients), overallSurvival: proportion(after.overallSurvival, arm.patients) }),
    };
  });
}

/**
 * Reduces one parameter set's results to the numbers the two-level summary needs.
 * @param results - summarize of the set
 * @returns control rates, endpoints at the follow-up times and paired differences with their Monte Carlo SEs
 */
export function drawOutcome(results: TrialResults): DrawOutcome {
  const n = results.patients;
  return {
    arms: results.arms.map((arm) => {
      const atTimes = endpointsAtTimes(arm);
      return {
        value: arm.controlRate,
        se: Math.sqrt((arm.controlRate * (1 - arm.controlRate)) / arm.patients),
        ...(atTimes === undefined ? {} : { atTimes }),
      };
    }),
    pairs: results.comparisons.map((pair) => {
      const d = (pair.discordant.aOnly - pair.discordant.bOnly) / n;
      const secondMoment = (pair.discordant.aOnly + pair.discordant.bOnly) / n;
      return { value: d, se: Math.sqrt(Math.max(0, secondMoment - d * d) / n) };
    }),
  };
}

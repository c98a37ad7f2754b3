import type { Accumulator } from './createAccumulator.js';
import type { EnginePlan } from './EnginePlan.js';
import { pairedSurvivalAtTimes } from './pairedSurvivalAtTimes.js';
import type { CompetingEventsComparison, ProgressionComparison, SurvivalComparison } from './TrialResults.js';

/** The comparison with its paired differences at the `followUp.at` times (unchanged without `at`). */
function timed(comparison: SurvivalComparison, accumulator: Accumulator, plan: EnginePlan, pair: number, endpoint: number): SurvivalComparison {
  if (plan.scenario.followUp.at === undefined) return comparison;
  return { ...comparison, atTimes: pairedSurvivalAtTimes(accumulator, plan, pair, endpoint, accumulator.counts[accumulator.layout.validPatients]) };
}

/**
 * Pair p's competing-event comparison with the paired differences at each `followUp.at` time of the endpoints nobody
 * is censored from: LRFS (paired endpoint 0) and, with `metastasis`, OS (endpoint 1). LC with death censored, DMFS and
 * DSS censor deaths, so their paired differences are not exact from grouped times: none.
 * @param comparison - competingEventsComparison of the pair
 * @param accumulator - totals covering every block of the run
 * @param plan - the run's plan
 * @param pair - the pair's index
 * @returns the comparison, LRFS and OS with `atTimes`
 */
export function withPairedTimes(comparison: CompetingEventsComparison, accumulator: Accumulator, plan: EnginePlan, pair: number): CompetingEventsComparison {
  const overall = comparison.overallSurvival;
  return {
    ...comparison,
    localRecurrenceFreeSurvival: timed(comparison.localRecurrenceFreeSurvival, accumulator, plan, pair, 0),
    ...(overall === undefined ? {} : { overallSurvival: timed(overall, accumulator, plan, pair, 1) }),
  };
}

/**
 * Pair p's progression comparison with PFS's paired differences at each `followUp.at` time (the last paired endpoint).
 * OS after SBRT is the same in every arm (shared times of death): its differences would all be 0, so none.
 * @param comparison - progressionComparison of the pair
 * @param accumulator - totals covering every block of the run
 * @param plan - the run's plan
 * @param pair - the pair's index
 * @returns the comparison, PFS with `atTimes`
 */
export function withPairedProgressionTimes(comparison: ProgressionComparison, accumulator: Accumulator, plan: EnginePlan, pair: number): ProgressionComparison {
  return { ...comparison, progressionFreeSurvival: timed(comparison.progressionFreeSurvival, accumulator, plan, pair, accumulator.layout.pairEndpoints - 1) };
}

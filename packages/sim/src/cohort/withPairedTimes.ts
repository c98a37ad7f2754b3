import type { Accumulator } from './createAccumulator.js';
import type { EnginePlan } from './EnginePlan.js';
import { pairedEndpoint } from './pairedEndpoint.js';
import { pairedSurvivalAtTimes } from './pairedSurvivalAtTimes.js';
import type { CompetingEventsComparison, ProgressionComparison, SurvivalComparison } from './TrialResults.js';

/**
 * The comparison with its paired differences at the `followUp.at` times (unchanged without `at`): of event-free
 * survival as `atTimes`, or of the cause's cumulative incidence as `incidenceAtTimes`.
 */
function timed(comparison: SurvivalComparison, accumulator: Accumulator, plan: EnginePlan, pair: number, endpoint: number, form: 'survival' | 'incidence' = 'survival'): SurvivalComparison {
  if (plan.scenario.followUp.at === undefined) return comparison;
  const differences = pairedSurvivalAtTimes(accumulator, plan, pair, endpoint, accumulator.counts[accumulator.layout.validPatients], form);
  return { ...comparison, [form === 'survival' ? 'atTimes' : 'incidenceAtTimes']: differences };
}

/**
 * Pair p's competing-event comparison with the paired differences at each `followUp.at` time (pairedEndpoint): of
 * event-free survival for the endpoints nobody is censored from, LRFS and, with `metastasis`, OS (`atTimes`); of the
 * cumulative incidence of the event for those that censor death from other causes, LC (local recurrence), DMFS
 * (metastasis) and DSS (death from sarcoma) (`incidenceAtTimes`): their Kaplan–Meier curves' paired difference would
 * need the pairs' joint censoring, while each cause's cumulative incidence is a proportion of the same patients.
 * @param comparison - competingEventsComparison of the pair
 * @param accumulator - totals covering every block of the run
 * @param plan - the run's plan
 * @param pair - the pair's index
 * @returns the comparison, LRFS and OS with `atTimes`, LC, DMFS and DSS with `incidenceAtTimes`
 */
export function withPairedTimes(comparison: CompetingEventsComparison, accumulator: Accumulator, plan: EnginePlan, pair: number): CompetingEventsComparison {
  const { overallSurvival, distantMetastasisFreeSurvival, diseaseSpecificSurvival } = comparison;
  return {
    ...comparison,
    localRecurrenceFreeSurvival: timed(comparison.localRecurrenceFreeSurvival, accumulator, plan, pair, pairedEndpoint.localRecurrenceFreeSurvival),
    localControl: timed(comparison.localControl, accumulator, plan, pair, pairedEndpoint.localRecurrence, 'incidence'),
    ...(distantMetastasisFreeSurvival === undefined
      ? {}
      : { distantMetastasisFreeSurvival: timed(distantMetastasisFreeSurvival, accumulator, plan, pair, pairedEndpoint.metastasis, 'incidence') }),
    ...(diseaseSpecificSurvival === undefined ? {} : { diseaseSpecificSurvival: timed(diseaseSpecificSurvival, accumulator, plan, pair, pairedEndpoint.sarcomaDeath, 'incidence') }),
    ...(overallSurvival === undefined ? {} : { overallSurvival: timed(overallSurvival, accumulator, plan, pair, pairedEndpoint.overallSurvival) }),
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

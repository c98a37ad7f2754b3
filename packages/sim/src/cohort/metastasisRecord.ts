import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { MetastasisPlan } from './MetastasisPlan.js';
import type { TrialResults } from './TrialResults.js';

/**
 * results.json's `metastasis`: the era and the values the metastasis model ran with (the library's, or the scenario's
 * `metastasis.model` overrides, which are recorded too), and each subtype's histology effect when one is not 0.
 * @param metastasis - the compiled model
 * @param scenario - the resolved scenario (its subtypes and `metastasis` section)
 * @returns the record
 */
export function metastasisRecord(metastasis: MetastasisPlan, scenario: ResolvedScenario): NonNullable<TrialResults['metastasis']> {
  const section = scenario.metastasis;
  return {
    era: metastasis.era,
    interceptLogOdds: metastasis.interceptLogOdds,
    logOddsRatio: Array.from(metastasis.logOddsRatio),
    detectionMedianDays: metastasis.detectionMedianDays,
    detectionSigma: metastasis.detectionSigma,
    survivalMedianDays: metastasis.survivalMedianDays,
    survivalSigma: metastasis.survivalSigma,
    recurrenceSeeding: metastasis.seedingProbability,
    ...(section?.histologyLogOddsRatio === undefined
      ? {}
      : { histologyLogOddsRatio: scenario.subtypes.map((subtype, s) => ({ subtype: subtype.id, logOddsRatio: metastasis.subtypeLogOddsRatio[s] ?? 0 })) }),
    ...(section?.model === undefined ? {} : { model: section.model }),
  };
}

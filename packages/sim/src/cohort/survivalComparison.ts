import type { GroupedSurvival } from '../stats/GroupedSurvival.js';
import { logRankTest } from '../stats/logRankTest.js';
import { petoHazardRatio } from '../stats/petoHazardRatio.js';
import { restrictedMeanDifference } from '../stats/restrictedMeanDifference.js';
import { restrictedMeanSurvival } from '../stats/restrictedMeanSurvival.js';
import type { SurvivalComparison } from './TrialResults.js';

/**
 * One endpoint of two arms compared from their grouped counts: the log-rank p, Peto's hazard ratio of a to b with its
 * 95% interval, and the difference of restricted mean event-free time up to τ with its 95% interval for independent
 * arms (competingEventsComparison, progressionComparison).
 * @param a - arm a's events and censored per bin, and its patients at the start
 * @param b - arm b's, same number of bins
 * @param binDays - bin width w (days, > 0)
 * @param tauDays - restriction time τ (days)
 * @returns the comparison; NaN where a statistic is not estimable
 */
export function survivalComparison(a: GroupedSurvival, b: GroupedSurvival, binDays: number, tauDays: number): SurvivalComparison {
  const logRank = logRankTest(a, b);
  const hazard = petoHazardRatio(a, b);
  const difference = restrictedMeanDifference(restrictedMeanSurvival(a, binDays, tauDays), restrictedMeanSurvival(b, binDays, tauDays));
  return {
    logRankP: logRank.pValue,
    hazardRatio: hazard.hazardRatio,
    hazardRatioCi95: [hazard.lower, hazard.upper],
    restrictedMeanDifferenceDays: difference.difference,
    restrictedMeanDifferenceCi95Days: [difference.lower, difference.upper],
  };
}

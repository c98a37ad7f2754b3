import type { SurvivalComparison, TrialResults } from '@rtsim/sim';

/**
 * One endpoint of two arms compared, for a view's test: the given hazard ratio with its interval, log-rank p
 * and trial size, and a restricted-mean difference (10 days [0, 20]) and trial events (600) no view test reads.
 */
export function survivalComparison(hazardRatio: number, hazardRatioCi95: readonly [number, number], logRankP: number, trialPatientsPerArm: number): SurvivalComparison {
  return { logRankP, hazardRatio, hazardRatioCi95, restrictedMeanDifferenceDays: 10, restrictedMeanDifferenceCi95Days: [0, 20], trialEvents: 600, trialPatientsPerArm };
}

/**
 * A run's results with one pair of arms, a against b, compared on the given competing-events endpoints (restricted
 * means to 1 year), for a view's test of the pair's tables.
 */
export function comparedPair(base: TrialResults, endpoints: Record<string, unknown>): TrialResults {
  return { ...base, comparisons: [{ a: 'a', b: 'b', competingEvents: { restrictedMeanYears: 1, ...endpoints } }] } as unknown as TrialResults;
}

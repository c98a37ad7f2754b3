import type { SurvivalComparison } from '../cohort/TrialResults.js';
import { formatSigned } from '../charts/formatSigned.js';
import { formatHazardRatio } from './formatHazardRatio.js';
import { formatPValue } from './formatPValue.js';

/** A signed number of days to one decimal, trailing zero kept (formatSigned), `—` when not estimable. */
const signedDays = (value: number): string => formatSigned(value, 1);

/**
 * The three cells of one endpoint compared between two arms: the Cox hazard ratio of a to b with its 95% interval
 * (formatHazardRatio: two decimals), the log-rank p, and the restricted-mean difference a − b in days with its 95% interval
 * (competingEventsComparisonCells, progressionCells).
 * @param endpoint - one endpoint's comparison
 * @returns [HR [CI], p, ΔRMST [CI]]
 */
export function survivalComparisonCells(endpoint: SurvivalComparison): string[] {
  const [low, high] = endpoint.restrictedMeanDifferenceCi95Days;
  return [
    formatHazardRatio(endpoint.hazardRatio, endpoint.hazardRatioCi95),
    formatPValue(endpoint.logRankP),
    `${signedDays(endpoint.restrictedMeanDifferenceDays)} [${signedDays(low)}, ${signedDays(high)}]`,
  ];
}

import type { SurvivalComparison } from '../cohort/TrialResults.js';
import { svgNumber } from '../charts/svgNumber.js';
import { formatPValue } from './formatPValue.js';
import { formatSignificant } from './formatSignificant.js';

/** A signed number of days to one decimal, `—` when not estimable. */
function signedDays(value: number): string {
  return Number.isFinite(value) ? `${value > 0 ? '+' : ''}${svgNumber(value, 1)}` : '—';
}

/**
 * The three cells of one endpoint compared between two arms: Peto's hazard ratio of a to b with its 95% interval
 * (3 significant digits), the log-rank p, and the restricted-mean difference a − b in days with its 95% interval
 * (competingEventsComparisonCells, progressionCells).
 * @param endpoint - one endpoint's comparison
 * @returns [HR [CI], p, ΔRMST [CI]]
 */
export function survivalComparisonCells(endpoint: SurvivalComparison): string[] {
  const [lower, upper] = endpoint.hazardRatioCi95;
  const [low, high] = endpoint.restrictedMeanDifferenceCi95Days;
  return [
    `${formatSignificant(endpoint.hazardRatio)} [${formatSignificant(lower)}, ${formatSignificant(upper)}]`,
    formatPValue(endpoint.logRankP),
    `${signedDays(endpoint.restrictedMeanDifferenceDays)} [${signedDays(low)}, ${signedDays(high)}]`,
  ];
}

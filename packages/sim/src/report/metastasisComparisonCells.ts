import type { ArmComparison, SurvivalComparison } from '../cohort/TrialResults.js';
import { formatPValue } from './formatPValue.js';
import { formatHazardRatio } from './formatHazardRatio.js';
import { formatTrialPatients } from './formatTrialPatients.js';

/** The endpoints of the metastasis model compared between arms, in the order of their columns. */
const endpoints = [
  ['DMFS', 'distantMetastasisFreeSurvival'],
  ['DSS', 'diseaseSpecificSurvival'],
  ['OS', 'overallSurvival'],
] as const;

/** Headings of {@link metastasisComparisonCells}, for a table of pairs. */
export const metastasisComparisonHeads: readonly string[] = endpoints.flatMap(([label]) => [`${label} HR [95% CI]`, `${label} log-rank p`, `${label} trial patients/arm`]);

/** HR [95% CI], p and the trial's patients per arm of one endpoint; `—` where not estimable or not compared. */
function endpointCells(comparison: SurvivalComparison | undefined): string[] {
  if (comparison === undefined) return ['—', '—', '—'];
  return [
    formatHazardRatio(comparison.hazardRatio, comparison.hazardRatioCi95),
    formatPValue(comparison.logRankP),
    formatTrialPatients(comparison.trialPatientsPerArm),
  ];
}

/**
 * One pair's comparison on the metastasis model's endpoints (results.comparisons[].competingEvents with
 * `metastasis`), in the order of {@link metastasisComparisonHeads}: for DMFS, DSS and OS, the Cox hazard ratio of a to
 * b with its 95% interval (formatHazardRatio: two decimals), the log-rank p, and the patients per arm a real 1:1 trial needs to
 * detect that hazard ratio at τ (SurvivalComparison.trialPatientsPerArm).
 * @param pair - a comparison of results.json
 * @returns the text of each cell
 */
export function metastasisComparisonCells(pair: ArmComparison): string[] {
  return endpoints.flatMap(([, key]) => endpointCells(pair.competingEvents?.[key]));
}

import { portableExp } from './portable/portableExp.js';
/**
 * Median survival after the detection of metastasis for a calendar era and a metastatic subgroup:
 * μ_S = μ_S,ref·e^{β·(year − reference year) + c}.
 * @param referenceMedianDays - μ_S,ref > 0, median survival after metastasis in days at the reference year
 *   (`metastasisDefaults.survivalAfterMetastasis`, reference year `metastasisDefaults.survivalEraReferenceYear`)
 * @param eraLogPerYear - β, change of ln μ_S per calendar year (1/year; `metastasisDefaults.survivalEraLogPerYear`,
 *   fitted to the four periods of Italiano et al. Cancer 2011, outcome-evidence D9)
 * @param yearsFromReference - year − reference year, in years (finite; 0 for the scenario default era)
 * @param covariateLogRatio - c, ln of the median ratio of a metastatic subgroup (0 for all-comers;
 *   `metastasisDefaults.survivalSubgroupLogRatio`: synchronous, after metastasectomy)
 * @returns μ_S in days (> 0); NaN outside the domain or for NaN input
 * @remarks An accelerated-failure-time reading: era and subgroup scale every survival time by the same factor, so
 *   σ_S is unchanged and {@link postMetastasisLogSurvival} takes the result as its median. docs/metastasis-model.md
 *   (revisions 2 and 4).
 */
export function postMetastasisMedianDays(
  referenceMedianDays: number,
  eraLogPerYear: number,
  yearsFromReference: number,
  covariateLogRatio: number,
): number {
  if (!(referenceMedianDays > 0 && referenceMedianDays < Infinity)) return Number.NaN;
  const exponent = eraLogPerYear * yearsFromReference + covariateLogRatio;
  if (!Number.isFinite(exponent)) return Number.NaN; // also rejects NaN
  return referenceMedianDays * portableExp(exponent);
}

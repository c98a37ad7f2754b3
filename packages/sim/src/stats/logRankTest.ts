import { normalCdf } from '@rtsim/core';
import type { GroupedSurvival } from './GroupedSurvival.js';
import { isValidGroupedSurvival } from './GroupedSurvival.js';

/** Result of {@link logRankTest}. */
export interface LogRankResult {
  /** (O_A − E_A)²/V, chi-square on 1 degree of freedom. */
  readonly statistic: number;
  /** Two-sided p-value, P(χ²₁ > statistic). */
  readonly pValue: number;
  /** Failures observed in group A, O_A. */
  readonly observedA: number;
  /** Failures expected in group A under H₀, E_A = Σ d_j n_Aj/n_j. */
  readonly expectedA: number;
  /** Hypergeometric variance of O_A − E_A, V = Σ d_j (n_Aj/n_j)(n_Bj/n_j)(n_j − d_j)/(n_j − 1). */
  readonly variance: number;
}

/**
 * Log-rank (Mantel–Haenszel) test comparing two groups' grouped failure times. In bin j with n_Aj, n_Bj at
 * risk (n_j = n_Aj + n_Bj) and d_Aj, d_Bj failures (d_j, tied at the bin's end):
 * E_A = Σ d_j n_Aj/n_j, V = Σ d_j n_Aj n_Bj (n_j − d_j) / (n_j² (n_j − 1)), χ² = (O_A − E_A)²/V on 1 df,
 * p = 2Φ(−√χ²). Censored patients leave the risk set after their bin's failures.
 * @param groupA - grouped counts of group A (see {@link GroupedSurvival})
 * @param groupB - grouped counts of group B, same number of bins
 * @returns statistic, p-value, O_A, E_A and V; with no informative bin (V = 0: no failure while both groups
 *   are at risk, e.g. no failure at all) statistic and p NaN, as there is no test (O_A, E_A and V = 0 still given);
 *   all NaN outside the domain (invalid counts or unequal bin counts)
 * @remarks Symmetric: swapping the groups leaves statistic and p unchanged (O_B − E_B = −(O_A − E_A)).
 * @see Mantel N (1966) Cancer Chemother Rep 50:163–170; Peto R, Peto J (1972) J R Stat Soc A 135:185–207;
 *   Bland JM, Altman DG (2004) BMJ 328:1073.
 */
export function logRankTest(groupA: GroupedSurvival, groupB: GroupedSurvival): LogRankResult {
  const bins = groupA.events.length;
  if (groupB.events.length !== bins || !isValidGroupedSurvival(groupA) || !isValidGroupedSurvival(groupB)) {
    return { statistic: NaN, pValue: NaN, observedA: NaN, expectedA: NaN, variance: NaN };
  }
  let atRiskA = groupA.atRiskStart;
  let atRiskB = groupB.atRiskStart;
  let observedA = 0;
  let expectedA = 0;
  let difference = 0;
  let variance = 0;
  for (let j = 0; j < bins; j++) {
    const failuresA = groupA.events[j];
    const failuresB = groupB.events[j];
    const atRisk = atRiskA + atRiskB;
    const failures = failuresA + failuresB;
    if (failures > 0) {
      observedA += failuresA;
      expectedA += (failures * atRiskA) / atRisk;
      // d_A − d n_A/n = (d_A n_B − d_B n_A)/n: integer numerators, exact zero for identical groups and an
      // exact sign flip when the groups are swapped (so the statistic is symmetric bit for bit).
      difference += (failuresA * atRiskB - failuresB * atRiskA) / atRisk;
      // One patient at risk (n = 1) contributes no variance: the hypergeometric has a single outcome.
      if (atRisk > 1) {
        variance += (failures * (atRiskA * atRiskB) * (atRisk - failures)) / (atRisk * atRisk * (atRisk - 1));
      }
    }
    atRiskA -= failuresA + groupA.censored[j];
    atRiskB -= failuresB + groupB.censored[j];
  }
  if (!(variance > 0)) return { statistic: NaN, pValue: NaN, observedA, expectedA, variance: 0 };
  const statistic = (difference * difference) / variance;
  const pValue = statistic === 0 ? 1 : Math.min(1, 2 * normalCdf(-Math.sqrt(statistic)));
  return { statistic, pValue, observedA, expectedA, variance };
}

import type { GroupedSurvival } from './GroupedSurvival.js';
import type { HazardRatio } from './HazardRatio.js';
import { logRankTest } from './logRankTest.js';
import { waldHazardRatio } from './waldHazardRatio.js';

/**
 * Peto's one-step hazard ratio of group A to group B from the log-rank statistics of grouped counts:
 * ln HR = (O_A − E_A)/V, se = 1/√V, interval exp(ln HR ± z/√V), z = Φ⁻¹(1 − (1 − confidence)/2), with O_A,
 * E_A and the hypergeometric V of {@link logRankTest}.
 * @param groupA - grouped counts of group A (see {@link GroupedSurvival})
 * @param groupB - grouped counts of group B, same number of bins
 * @param confidence - two-sided confidence level in (0, 1), default 0.95
 * @returns hazard ratio, ln HR, its standard error and interval; identical groups give exactly 1 (O_A = E_A);
 *   all NaN when V = 0 (no bin with failures and both groups at risk: HR is not estimable), for invalid counts,
 *   unequal bin counts, or confidence outside (0, 1)
 * @remarks The one-step estimate is the first Newton step of the Cox partial likelihood from ln HR = 0. It is
 *   close to the Cox estimate for HR between about 1/3 and 3 and balanced groups, and biased beyond, towards 1 or
 *   away from it (Berry et al. 1991), which is why runs report coxHazardRatio. Swapping the groups negates
 *   ln HR up to rounding (O_B − E_B = −(O_A − E_A), same V). With very unequal risk sets V can be tiny against
 *   O_A − E_A (one failure among 2 patients against 1418 without failure gives ln HR ≈ 710): ln HR and se stay
 *   finite, but HR and the limits may overflow to Infinity or underflow to 0, which reads as "not estimable".
 * @see Yusuf S, Peto R, Lewis J, Collins R, Sleight P (1985) Prog Cardiovasc Dis 27:335–371; Parmar MKB,
 *   Torri V, Stewart L (1998) Stat Med 17:2815–2834 (ln HR = (O − E)/V, Var = 1/V); Berry G, Kitchin RM,
 *   Mock PA (1991) Stat Med 10:749–755 (bias of the one-step estimate).
 */
export function petoHazardRatio(groupA: GroupedSurvival, groupB: GroupedSurvival, confidence = 0.95): HazardRatio {
  const { observedA, expectedA, variance } = logRankTest(groupA, groupB);
  if (!(variance > 0 && confidence > 0 && confidence < 1)) {
    return { hazardRatio: NaN, logHazardRatio: NaN, standardError: NaN, lower: NaN, upper: NaN };
  }
  return waldHazardRatio((observedA - expectedA) / variance, 1 / Math.sqrt(variance), confidence);
}

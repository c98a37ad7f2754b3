import { portableExp } from '@rtsim/core';
import type { GroupedSurvival } from './GroupedSurvival.js';
import { kaplanMeierGreenwood } from './kaplanMeierGreenwood.js';
import { wilsonInterval } from './wilsonInterval.js';

/** z = Φ⁻¹(0.975), the two-sided 95% normal quantile. */
const z95 = 1.959963984540054;

/**
 * 95% interval of the grouped Kaplan–Meier survival at the end of bin j ({@link kaplanMeierFromBins}), by
 * Greenwood's variance on the complementary log–log scale: with S = S_j and
 * V = Σ_{i ≤ j} d_i / (n_i (n_i − d_i)) (n_i at risk at the start of bin i, d_i its events),
 * w = z·√V / |ln S| and the interval [S^{exp(w)}, S^{exp(−w)}], which stays inside [0, 1].
 * Without censoring V·S² is the binomial variance S(1 − S)/n₀ (the product telescopes), so the interval is then
 * the log–log transformed Wald interval of a proportion.
 * @param group - grouped counts (events, censored per bin, at risk at time 0)
 * @param bin - j, 0 ≤ j < events.length
 * @returns `[lower, upper]` in [0, 1]; where no event has happened yet (S = 1) the Wilson interval of n_j
 *   event-free of the n_j at risk at the start of bin j ([0, 1] when nobody is); where S = 0, `[0, 0]`; `[NaN, NaN]`
 *   for invalid counts or a bin outside the range
 * @see Greenwood M (1926) Reports on Public Health and Medical Subjects 33; Kalbfleisch JD, Prentice RL (2002)
 *   The Statistical Analysis of Failure Time Data, 2nd ed., §1.4 (the log–log interval); Collett D (2015)
 *   Modelling Survival Data in Medical Research, 3rd ed., §2.2.
 */
export function kaplanMeierLogLogInterval(group: GroupedSurvival, bin: number): [lower: number, upper: number] {
  const sums = kaplanMeierGreenwood(group, bin);
  if (sums === undefined) return [NaN, NaN];
  const { logSurvival, greenwood, atRisk } = sums;
  if (logSurvival === -Infinity) return [0, 0];
  if (logSurvival === 0) return wilsonInterval(atRisk, atRisk);
  const w = (z95 * Math.sqrt(greenwood)) / -logSurvival;
  // S^{e^{±w}} = exp(ln S · e^{±w}): in log space, so a small S keeps its digits.
  return [portableExp(logSurvival * portableExp(w)), portableExp(logSurvival * portableExp(-w))];
}

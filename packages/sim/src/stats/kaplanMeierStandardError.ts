import { portableExp } from '@rtsim/core';
import type { GroupedSurvival } from './GroupedSurvival.js';
import { kaplanMeierGreenwood } from './kaplanMeierGreenwood.js';

/**
 * Standard error of the grouped Kaplan–Meier survival at the end of bin j by Greenwood's formula, S·√V with
 * V = Σ_{i ≤ j} d_i / (n_i (n_i − d_i)) ({@link kaplanMeierGreenwood}). Without censoring it is the binomial
 * √(S(1 − S)/n₀) (the product telescopes); with censoring it is larger, since fewer patients are followed. It is the
 * Monte Carlo SE of a virtual arm's DMFS or disease-specific survival, whose deaths from other causes are censored.
 * @param group - grouped counts (events, censored per bin, at risk at time 0)
 * @param bin - j, 0 ≤ j < events.length
 * @returns the SE, 0 before any event (S = 1) and once everyone at risk has failed (S = 0); NaN for invalid counts or
 *   a bin outside the range
 * @see Greenwood M (1926) Reports on Public Health and Medical Subjects 33; Collett D (2015) Modelling Survival Data
 *   in Medical Research, 3rd ed., §2.2.
 */
export function kaplanMeierStandardError(group: GroupedSurvival, bin: number): number {
  const sums = kaplanMeierGreenwood(group, bin);
  if (sums === undefined) return Number.NaN;
  if (sums.logSurvival === -Infinity) return 0;
  return portableExp(sums.logSurvival) * Math.sqrt(sums.greenwood);
}

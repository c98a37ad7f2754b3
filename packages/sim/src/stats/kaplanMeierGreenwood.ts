import { portableLog } from '@rtsim/core';
import type { GroupedSurvival } from './GroupedSurvival.js';
import { isValidGroupedSurvival } from './GroupedSurvival.js';

/** The sums of a grouped Kaplan–Meier estimate up to one bin ({@link kaplanMeierGreenwood}). */
export interface KaplanMeierGreenwood {
  /** ln S_j = Σ_{i ≤ j} ln(1 − d_i/n_i); −Infinity once a bin's events take everyone at risk (S = 0). */
  readonly logSurvival: number;
  /** Greenwood's V = Σ_{i ≤ j} d_i / (n_i (n_i − d_i)), so that Var Ŝ ≈ S²·V; NaN where S = 0. */
  readonly greenwood: number;
  /** n_j, the patients at risk at the start of bin j. */
  readonly atRisk: number;
}

/**
 * The log survival and Greenwood sum of the grouped Kaplan–Meier estimate at the end of bin j ({@link
 * kaplanMeierFromBins}; n_i at risk at the start of bin i, d_i its events, censored patients leaving after them): what
 * both its log–log interval and its standard error are made of.
 * @param group - grouped counts (events, censored per bin, at risk at time 0)
 * @param bin - j, 0 ≤ j < events.length
 * @returns the sums, or undefined for invalid counts or a bin outside the range
 * @see Greenwood M (1926) Reports on Public Health and Medical Subjects 33; Collett D (2015) Modelling Survival Data
 *   in Medical Research, 3rd ed., §2.2.
 */
export function kaplanMeierGreenwood(group: GroupedSurvival, bin: number): KaplanMeierGreenwood | undefined {
  const { events, censored, atRiskStart } = group;
  if (!(Number.isInteger(bin) && bin >= 0 && bin < events.length) || !isValidGroupedSurvival(group)) return undefined;
  let atRisk = atRiskStart;
  let logSurvival = 0;
  let greenwood = 0;
  for (let i = 0; i <= bin; i++) {
    const d = events[i];
    if (d > 0) {
      if (d === atRisk) return { logSurvival: -Infinity, greenwood: Number.NaN, atRisk };
      logSurvival += portableLog((atRisk - d) / atRisk);
      greenwood += d / (atRisk * (atRisk - d));
    }
    if (i < bin) atRisk -= d + censored[i];
  }
  return { logSurvival, greenwood, atRisk };
}

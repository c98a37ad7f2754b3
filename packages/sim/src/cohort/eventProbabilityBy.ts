import type { GroupedSurvival } from '../stats/GroupedSurvival.js';

/**
 * The crude share of a group with an event in the bins ending by τ: Σ_{(j+1)·w ≤ τ} e_j / n. Without censoring
 * before the horizon this is 1 − S(τ); with a competing event censored (death before a metastasis, say) it is the
 * cumulative incidence of the event, the share of patients in whom a trial would observe it: what a sample size
 * counts (timeToEventSampleSize).
 * @param group - the group's events per bin and its patients n at the start
 * @param binDays - bin width w (days, > 0)
 * @param tauDays - τ (days)
 * @returns the share, 0–1 (NaN for an empty group)
 */
export function eventProbabilityBy(group: GroupedSurvival, binDays: number, tauDays: number): number {
  // Bins whose end (j + 1)·w ≤ τ; the 1e-9 absorbs τ = k·w rounding a hair below k·w.
  const through = Math.min(group.events.length, Math.floor(tauDays / binDays + 1e-9));
  let events = 0;
  for (let j = 0; j < through; j++) events += group.events[j];
  return events / group.atRiskStart;
}

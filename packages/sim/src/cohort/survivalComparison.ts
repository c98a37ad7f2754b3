import type { GroupedSurvival } from '../stats/GroupedSurvival.js';
import { logRankTest } from '../stats/logRankTest.js';
import { coxHazardRatio } from '../stats/coxHazardRatio.js';
import { restrictedMeanDifference } from '../stats/restrictedMeanDifference.js';
import { restrictedMeanSurvival } from '../stats/restrictedMeanSurvival.js';
import { timeToEventSampleSize } from '../stats/timeToEventSampleSize.js';
import { eventProbabilityBy } from './eventProbabilityBy.js';
import type { SurvivalComparison } from './TrialResults.js';

/**
 * One endpoint of two arms compared from their grouped counts: the log-rank p, the Cox (partial-likelihood, Efron ties)
 * hazard ratio of a to b with its Wald 95% interval ({@link coxHazardRatio}; not estimable when an arm has no event, and
 * then why, `hazardRatioNotEstimable`), the difference of restricted mean event-free time up to τ with its 95% interval for independent
 * arms (competingEventsComparison, progressionComparison), and the trial a real 1:1 two-arm trial needs to detect that
 * hazard ratio ψ with a two-sided α = 0.05 log-rank test of power 0.8, everyone followed to τ: D = 4(z₀.₉₇₅ + z₀.₈)²/(ln ψ)²
 * events (Schoenfeld), over the share with the event by τ, P̄ = ½P_a + ½P_b, P the crude share of each arm
 * ({@link eventProbabilityBy}: 1 − S(τ) without censoring, the cumulative incidence with a competing event censored)
 * ({@link timeToEventSampleSize}); with `trialYears`, the same trial analysed at each of those times instead of τ
 * (the hazard ratio of the whole follow-up, proportional hazards assumed, and the share with the event by that time).
 * @param a - arm a's events and censored per bin, and its patients at the start
 * @param b - arm b's, same number of bins
 * @param binDays - bin width w (days, > 0)
 * @param tauDays - restriction time τ (days)
 * @param trialYears - times (years of 52 bins) at which to size the trial too, usually `followUp.at` (default none)
 * @returns the comparison; NaN where a statistic is not estimable, trial size null when ψ = 1 or not estimable
 */
export function survivalComparison(a: GroupedSurvival, b: GroupedSurvival, binDays: number, tauDays: number, trialYears: readonly number[] = []): SurvivalComparison {
  const logRank = logRankTest(a, b);
  const hazard = coxHazardRatio(a, b);
  const difference = restrictedMeanDifference(restrictedMeanSurvival(a, binDays, tauDays), restrictedMeanSurvival(b, binDays, tauDays));
  const trialAt = (days: number): { events: number | null; patientsPerArm: number | null } => {
    const trial = timeToEventSampleSize(hazard.hazardRatio, eventProbabilityBy(a, binDays, days), eventProbabilityBy(b, binDays, days));
    // Not estimable (ψ = 1 gives Infinity; an arm without events by then, or ψ NaN, gives NaN): no trial.
    const known = Number.isFinite(trial.patients);
    return { events: known ? trial.events : null, patientsPerArm: known ? trial.patientsA : null };
  };
  const trial = trialAt(tauDays);
  return {
    logRankP: logRank.pValue,
    hazardRatio: hazard.hazardRatio,
    hazardRatioCi95: [hazard.lower, hazard.upper],
    ...(hazard.notEstimable === null ? {} : { hazardRatioNotEstimable: hazard.notEstimable }),
    restrictedMeanDifferenceDays: difference.difference,
    restrictedMeanDifferenceCi95Days: [difference.lower, difference.upper],
    trialEvents: trial.events,
    trialPatientsPerArm: trial.patientsPerArm,
    ...(trialYears.length === 0 ? {} : { trialAtTimes: trialYears.map((years) => ({ years, ...trialAt(52 * years * binDays) })) }),
  };
}

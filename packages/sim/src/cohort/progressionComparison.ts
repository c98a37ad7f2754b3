import type { ProgressionBins } from './progressionBins.js';
import { survivalComparison } from './survivalComparison.js';
import type { ProgressionComparison } from './TrialResults.js';

/**
 * Compares two arms on progression-free and overall survival after SBRT (docs/models.md, "Competing events: arm
 * comparisons"): for each, the log-rank test, the Cox hazard ratio of a to b and the restricted-mean difference up to
 * τ, with nobody censored before the horizon (every competing event is part of both endpoints).
 * @param a - arm a's counts, and its patients
 * @param b - arm b's counts, same number of bins
 * @param binDays - bin width w (days, > 0)
 * @param tauYears - restriction time τ (years of 52 bins)
 * @param trialYears - times at which each endpoint's trial is sized too (survivalComparison; default none)
 * @returns the two comparisons
 * @remarks The arms are paired (the same virtual patients); the statistics treat them as independent samples, as
 *   competingEventsComparison does, so intervals are conservative for the simulated difference.
 */
export function progressionComparison(
  a: ProgressionBins & { readonly patients: number },
  b: ProgressionBins & { readonly patients: number },
  binDays: number,
  tauYears: number,
  trialYears: readonly number[] = [],
): ProgressionComparison {
  const tauDays = 52 * tauYears * binDays;
  const uncensored = (events: Float64Array, patients: number) => ({ events, censored: new Float64Array(events.length), atRiskStart: patients });
  return {
    restrictedMeanYears: tauYears,
    progressionFreeSurvival: survivalComparison(uncensored(a.progressions, a.patients), uncensored(b.progressions, b.patients), binDays, tauDays, trialYears),
    overallSurvival: survivalComparison(uncensored(a.deaths, a.patients), uncensored(b.deaths, b.patients), binDays, tauDays, trialYears),
  };
}

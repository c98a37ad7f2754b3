import type { GroupedSurvival } from '../stats/GroupedSurvival.js';
import type { CompetingEventsBins, MetastasisBins } from './competingEventsBins.js';
import type { CompetingEventsComparison } from './TrialResults.js';
import { survivalComparison } from './survivalComparison.js';

/** One arm's competing-event counts and its patients n. */
export type CompetingEventsGroup = Pick<CompetingEventsBins, 'recurrences' | 'deaths' | 'metastasis'> & { readonly patients: number };

/**
 * Compares two arms on the competing-event endpoints (docs/models.md, "Competing events: arm comparisons"), from
 * their binned first local recurrences r_j and first deaths from other causes d_j (bins of w days, events tied at
 * the bin's end):
 * - LRFS, the event local recurrence or death (r_j + d_j events, nobody censored before the horizon), and
 * - LC with death censored (r_j events, d_j censored after the bin's recurrences),
 * each by the log-rank test ({@link logRankTest}), the Cox hazard ratio of a to b with its Wald 95% interval
 * ({@link coxHazardRatio}), and the difference in restricted mean time free of the event up to τ,
 * Δμ = μ_a − μ_b = ∫₀^τ (S_a − S_b) du, with its 95% interval for independent arms ({@link restrictedMeanDifference}).
 * Each endpoint also carries the trial a real 1:1 two-arm trial needs to detect its simulated hazard ratio
 * ({@link survivalComparison}); `trialEventsLrfs` and `trialPatientsPerArmLrfs` repeat LRFS's.
 * With the metastasis counts (a scenario with `metastasis`; then d_j are deaths from any cause), the same three
 * statistics also for DMFS (first metastases m_j events, deaths from other causes before them censored),
 * disease-specific survival (sarcoma deaths events, deaths from other causes censored) and overall survival (every
 * death an event, nobody censored before the horizon).
 * @param a - arm a's counts
 * @param b - arm b's counts, same number of bins
 * @param binDays - bin width w (days, > 0)
 * @param tauYears - restriction and sample-size time τ (years of 52 bins, 0 < τ ≤ the horizon)
 * @param trialYears - times at which each endpoint's trial is sized too (survivalComparison; default none)
 * @returns the two endpoint comparisons and the trial size; NaN (null in JSON) where a statistic is not
 *   estimable (no informative bin: HR; τ outside the follow-up: Δμ), trial size null when ψ = 1 or not estimable
 * @remarks The arms are paired (the same virtual patients), so μ_a and μ_b are positively correlated; the binned
 *   marginal counts do not carry that covariance, so the interval of Δμ takes it as 0 and is conservative for the
 *   simulated difference (it is the interval a real two-arm trial of this size would see). The log-rank p and the
 *   HR interval likewise treat the arms as independent samples.
 * @see Peto R et al. (1977) Br J Cancer 35:1–39; Royston P, Parmar MKB (2013) BMC Med Res Methodol 13:152;
 *   Schoenfeld DA (1983) Biometrics 39:499–503.
 */
export function competingEventsComparison(
  a: CompetingEventsGroup,
  b: CompetingEventsGroup,
  binDays: number,
  tauYears: number,
  trialYears: readonly number[] = [],
): CompetingEventsComparison {
  const tauDays = 52 * tauYears * binDays;
  const compare = (x: GroupedSurvival, y: GroupedSurvival) => survivalComparison(x, y, binDays, tauDays, trialYears);
  const lrfsA = eitherEvent(a);
  const lrfsB = eitherEvent(b);
  const localRecurrenceFreeSurvival = compare(lrfsA, lrfsB);
  const localControl = compare({ events: a.recurrences, censored: a.deaths, atRiskStart: a.patients }, { events: b.recurrences, censored: b.deaths, atRiskStart: b.patients });
  const metastasisA = a.metastasis;
  const metastasisB = b.metastasis;
  return {
    restrictedMeanYears: tauYears,
    localRecurrenceFreeSurvival,
    localControl,
    // The LRFS trial size also under the names it had before every endpoint carried one (results format 1).
    trialEventsLrfs: localRecurrenceFreeSurvival.trialEvents,
    trialPatientsPerArmLrfs: localRecurrenceFreeSurvival.trialPatientsPerArm,
    ...(metastasisA === undefined || metastasisB === undefined
      ? {}
      : {
          distantMetastasisFreeSurvival: compare(
            { events: metastasisA.metastases, censored: metastasisA.deathsBeforeMetastasis, atRiskStart: a.patients },
            { events: metastasisB.metastases, censored: metastasisB.deathsBeforeMetastasis, atRiskStart: b.patients },
          ),
          diseaseSpecificSurvival: compare(sarcomaDeathGroup(metastasisA, a.patients), sarcomaDeathGroup(metastasisB, b.patients)),
          overallSurvival: compare(anyDeathGroup(metastasisA, a.patients), anyDeathGroup(metastasisB, b.patients)),
        }),
  };
}

/** Disease-specific survival counts: deaths from sarcoma the event, deaths from other causes censored. */
function sarcomaDeathGroup(bins: MetastasisBins, patients: number): GroupedSurvival {
  const censored = Float64Array.from(bins.deathsBeforeMetastasis, (d, j) => d + bins.deathsAfterMetastasis[j]);
  return { events: bins.sarcomaDeaths, censored, atRiskStart: patients };
}

/** Overall survival counts: every death the event, nobody censored before the horizon. */
function anyDeathGroup(bins: MetastasisBins, patients: number): GroupedSurvival {
  const events = Float64Array.from(bins.sarcomaDeaths, (d, j) => d + bins.deathsBeforeMetastasis[j] + bins.deathsAfterMetastasis[j]);
  return { events, censored: new Float64Array(events.length), atRiskStart: patients };
}

/** LRFS counts: recurrence or death is the event, nobody censored before the horizon. */
function eitherEvent(group: CompetingEventsGroup): GroupedSurvival {
  const events = Float64Array.from(group.recurrences, (r, j) => r + group.deaths[j]);
  return { events, censored: new Float64Array(events.length), atRiskStart: group.patients };
}

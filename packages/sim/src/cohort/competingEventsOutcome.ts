import { cumulativeIncidenceFromBins } from '../stats/cumulativeIncidenceFromBins.js';
import { kaplanMeierFromBins } from '../stats/kaplanMeierFromBins.js';
import { kaplanMeierLogLogInterval } from '../stats/kaplanMeierLogLogInterval.js';
import { wilsonInterval } from '../stats/wilsonInterval.js';
import { competingEventsBins } from './competingEventsBins.js';
import type { Accumulator } from './createAccumulator.js';
import type { EnginePlan } from './EnginePlan.js';
import { followUpBin } from './followUpBin.js';
import { metastasisEndpoints } from './metastasisEndpoints.js';
import type { CompetingEventsAtTime, CompetingEventsCurves, CompetingEventsOutcome } from './TrialResults.js';
import { runningTotals } from '../stats/runningTotals.js';

/**
 * The competing-event endpoints of one event group (an arm, or one of its strata; docs/models.md, "Competing
 * events"), from its counts per time bin of first local recurrences r_i and first deaths from other causes d_i
 * (n patients, nobody censored before the horizon but by the competing event):
 * - local control, Kaplan–Meier with death censored: LC(t) = Π_{i ≤ t} (1 − r_i/n_i), n_i at risk, with Greenwood's
 *   log–log 95% interval ({@link kaplanMeierLogLogInterval});
 * - cumulative incidence of local recurrence as the first event, death a competing risk, by
 *   {@link cumulativeIncidenceFromBins} (Aalen–Johansen), which without censoring is the crude proportion
 *   CIF_LR(t) = Σ_{i ≤ t} r_i / n, and of death before a recurrence CIF_D(t) = Σ_{i ≤ t} d_i / n, each with its
 *   Wilson 95% interval (exact for a proportion of the group);
 * - local-recurrence-free survival LRFS(t) = 1 − CIF_LR(t) − CIF_D(t) (recurrence or death), the event-free
 *   survival of the same Aalen–Johansen call, (n − Σ(r_i + d_i))/n, with its Wilson interval. By construction CIF_LR + CIF_D + LRFS = 1 and LRFS ≤ LC.
 * @param accumulator - complete totals of the run
 * @param plan - the run's plan (with `background`)
 * @param arm - arm index
 * @param group - 0 for the whole arm, 1 + q for stratum q of localControlStrata
 * @param patients - the group's patients n
 * @param withCurves - whether to include the per-bin curves (the arm's own group)
 * With `metastasis` the deaths d_i are from any cause, and `metastasis` holds {@link metastasisEndpoints}.
 * @returns the endpoints at each `followUp.at` time (null beyond the horizon) and the counts of first events
 */
export function competingEventsOutcome(
  accumulator: Accumulator,
  plan: EnginePlan,
  arm: number,
  group: number,
  patients: number,
  withCurves: boolean,
): CompetingEventsOutcome {
  const bins = accumulator.layout.timeBins;
  const { recurrences, deaths, deathsAfterRecurrence, metastasis } = competingEventsBins(accumulator, arm, group);
  // Nobody is censored before the horizon but by the competing event: Aalen–Johansen is then the crude proportion
  // Σ r_i/n with one rounding, and its event-free survival (n − Σ(r_i + d_i))/n, as before this used it.
  const incidence = cumulativeIncidenceFromBins({ events: [recurrences, deaths], censored: new Float64Array(bins), atRiskStart: patients });
  // An empty group has no proportions (Aalen–Johansen would carry 0 and 1 forward): NaN, as n = 0 always gave.
  const empty = patients > 0 ? undefined : new Float64Array(bins).fill(Number.NaN);
  const recurrenceIncidence = empty ?? incidence.causes[0].incidence;
  const deathIncidence = empty ?? incidence.causes[1].incidence;
  const eventFree = empty ?? incidence.eventFree;
  const recurrencesBy = runningTotals(recurrences);
  const deathsBy = runningTotals(deaths);
  const survival = { events: recurrences, censored: deaths, atRiskStart: patients };
  const localControl = kaplanMeierFromBins(recurrences, deaths, patients);
  const atTimes = (plan.scenario.followUp.at ?? []).map((years): CompetingEventsAtTime => {
    const j = followUpBin(plan, years);
    if (Number.isNaN(j)) {
      return {
        years,
        localControl: null,
        localControlCi95: null,
        localRecurrenceIncidence: null,
        localRecurrenceIncidenceCi95: null,
        otherCauseDeathIncidence: null,
        otherCauseDeathIncidenceCi95: null,
        localRecurrenceFreeSurvival: null,
        localRecurrenceFreeSurvivalCi95: null,
      };
    }
    const r = j < 0 ? 0 : recurrencesBy[j];
    const d = j < 0 ? 0 : deathsBy[j];
    return {
      years,
      localControl: j < 0 ? 1 : localControl[j],
      localControlCi95: j < 0 ? wilsonInterval(patients, patients) : kaplanMeierLogLogInterval(survival, j),
      localRecurrenceIncidence: j < 0 ? 0 : recurrenceIncidence[j],
      localRecurrenceIncidenceCi95: wilsonInterval(r, patients),
      otherCauseDeathIncidence: j < 0 ? 0 : deathIncidence[j],
      otherCauseDeathIncidenceCi95: wilsonInterval(d, patients),
      // (n − r − d)/n: one rounding, so LRFS + the two incidences is 1 up to that rounding.
      localRecurrenceFreeSurvival: j < 0 ? 1 : eventFree[j],
      localRecurrenceFreeSurvivalCi95: wilsonInterval(patients - r - d, patients),
    };
  });
  const curves: CompetingEventsCurves = {
    localControl: Array.from(localControl),
    localRecurrenceIncidence: Array.from(recurrenceIncidence),
    otherCauseDeathIncidence: Array.from(deathIncidence),
    localRecurrenceFreeSurvival: Array.from(eventFree),
  };
  return {
    patients,
    localRecurrencesFirst: bins > 0 ? recurrencesBy[bins - 1] : 0,
    otherCauseDeathsFirst: bins > 0 ? deathsBy[bins - 1] : 0,
    otherCauseDeathsAfterLocalRecurrence: deathsAfterRecurrence.reduce((total, count) => total + count, 0),
    ...(plan.scenario.followUp.at === undefined ? {} : { atTimes }),
    ...(withCurves ? { curves } : {}),
    ...(metastasis === undefined ? {} : { metastasis: metastasisEndpoints(metastasis, plan, patients, withCurves) }),
  };
}

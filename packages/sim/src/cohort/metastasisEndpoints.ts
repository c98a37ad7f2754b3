import { kaplanMeierFromBins } from '../stats/kaplanMeierFromBins.js';
import { kaplanMeierLogLogInterval } from '../stats/kaplanMeierLogLogInterval.js';
import { kaplanMeierStandardError } from '../stats/kaplanMeierStandardError.js';
import { wilsonInterval } from '../stats/wilsonInterval.js';
import type { MetastasisBins } from './competingEventsBins.js';
import type { EnginePlan } from './EnginePlan.js';
import { followUpBin } from './followUpBin.js';
import type { MetastasisAtTime, MetastasisCurves, MetastasisEndpoints } from './TrialResults.js';
import { runningTotals } from '../stats/runningTotals.js';

const nullAt = (years: number): MetastasisAtTime => ({
  years,
  distantMetastasisFreeSurvival: null,
  distantMetastasisFreeSurvivalCi95: null,
  distantMetastasisFreeSurvivalSe: null,
  metastasisIncidence: null,
  metastasisIncidenceCi95: null,
  diseaseSpecificSurvival: null,
  diseaseSpecificSurvivalCi95: null,
  diseaseSpecificSurvivalSe: null,
  sarcomaDeathIncidence: null,
  sarcomaDeathIncidenceCi95: null,
  overallSurvival: null,
  overallSurvivalCi95: null,
});

/**
 * The metastasis and death endpoints of one event group (docs/metastasis-model.md, "Engine wiring"), from its counts
 * per time bin of first metastases m_i, deaths from other causes before a metastasis d_i, deaths from sarcoma s_i and
 * deaths from other causes after a metastasis o_i (n patients, nobody censored before the horizon but by a competing
 * event; events tied at the bin's end):
 * - DMFS(t) = Π_{i ≤ t} (1 − m_i/n_i), Kaplan–Meier with d_i censored, Greenwood log–log 95% interval and
 *   Greenwood SE;
 * - metastasis cumulative incidence, death from other causes competing: without censoring the crude proportion
 *   CIF_M(t) = Σ_{i ≤ t} m_i / n, Wilson 95% interval;
 * - DSS(t) = Π_{i ≤ t} (1 − s_i/n'_i), Kaplan–Meier with every death from other causes (d_i + o_i) censored, the
 *   same interval and SE;
 * - death-from-sarcoma cumulative incidence, death from other causes competing: CIF_S(t) = Σ_{i ≤ t} s_i / n, Wilson
 *   95% interval (what the paired differences of DSS compare: pairedSurvivalAtTimes);
 * - OS(t) = (n − Σ_{i ≤ t}(s_i + d_i + o_i))/n, Wilson 95% interval. OS ≤ DSS at every t: each factor of OS,
 *   1 − (s_i + d_i + o_i)/n'_i, is at most DSS's 1 − s_i/n'_i on the same risk set n'_i.
 * @param bins - the group's counts (competingEventsBins(…).metastasis)
 * @param plan - the run's plan (follow-up times, bins)
 * @param patients - the group's patients n
 * @param withCurves - whether to include the per-bin curves (the arm's own group)
 * @returns the counts, the endpoints at each `followUp.at` time (null beyond the horizon) and the curves if asked
 */
export function metastasisEndpoints(bins: MetastasisBins, plan: EnginePlan, patients: number, withCurves: boolean): MetastasisEndpoints {
  const { metastases, deathsBeforeMetastasis, sarcomaDeaths, deathsAfterMetastasis } = bins;
  const count = metastases.length;
  const otherDeaths = Float64Array.from(deathsBeforeMetastasis, (d, j) => d + deathsAfterMetastasis[j]);
  const allDeaths = Float64Array.from(otherDeaths, (d, j) => d + sarcomaDeaths[j]);
  const metastasisGroup = { events: metastases, censored: deathsBeforeMetastasis, atRiskStart: patients };
  const sarcomaGroup = { events: sarcomaDeaths, censored: otherDeaths, atRiskStart: patients };
  const dmfs = kaplanMeierFromBins(metastases, deathsBeforeMetastasis, patients);
  const dss = kaplanMeierFromBins(sarcomaDeaths, otherDeaths, patients);
  const metastasesBy = runningTotals(metastases);
  const sarcomaDeathsBy = runningTotals(sarcomaDeaths);
  const deathsBy = runningTotals(allDeaths);
  // An empty group has no proportions: NaN, as competingEventsOutcome gives.
  const incidence = Array.from(metastasesBy, (m) => (patients > 0 ? m / patients : Number.NaN));
  const sarcomaIncidence = Array.from(sarcomaDeathsBy, (s) => (patients > 0 ? s / patients : Number.NaN));
  const overall = Array.from(deathsBy, (d) => (patients > 0 ? (patients - d) / patients : Number.NaN));
  const atTimes = (plan.scenario.followUp.at ?? []).map((years): MetastasisAtTime => {
    const j = followUpBin(plan, years);
    if (Number.isNaN(j)) return nullAt(years);
    const m = j < 0 ? 0 : metastasesBy[j];
    const d = j < 0 ? 0 : deathsBy[j];
    const s = j < 0 ? 0 : sarcomaDeathsBy[j];
    const all = wilsonInterval(patients, patients);
    return {
      years,
      distantMetastasisFreeSurvival: j < 0 ? 1 : dmfs[j],
      distantMetastasisFreeSurvivalCi95: j < 0 ? all : kaplanMeierLogLogInterval(metastasisGroup, j),
      distantMetastasisFreeSurvivalSe: j < 0 ? 0 : kaplanMeierStandardError(metastasisGroup, j),
      metastasisIncidence: j < 0 ? 0 : incidence[j],
      metastasisIncidenceCi95: wilsonInterval(m, patients),
      diseaseSpecificSurvival: j < 0 ? 1 : dss[j],
      diseaseSpecificSurvivalCi95: j < 0 ? all : kaplanMeierLogLogInterval(sarcomaGroup, j),
      diseaseSpecificSurvivalSe: j < 0 ? 0 : kaplanMeierStandardError(sarcomaGroup, j),
      sarcomaDeathIncidence: j < 0 ? 0 : sarcomaIncidence[j],
      sarcomaDeathIncidenceCi95: wilsonInterval(s, patients),
      overallSurvival: j < 0 ? 1 : overall[j],
      overallSurvivalCi95: wilsonInterval(patients - d, patients),
    };
  });
  const curves: MetastasisCurves = {
    distantMetastasisFreeSurvival: Array.from(dmfs),
    metastasisIncidence: incidence,
    diseaseSpecificSurvival: Array.from(dss),
    overallSurvival: overall,
  };
  const last = count - 1;
  return {
    metastasesFirst: last < 0 ? 0 : metastasesBy[last],
    sarcomaDeaths: sarcomaDeaths.reduce((total, value) => total + value, 0),
    otherCauseDeaths: otherDeaths.reduce((total, value) => total + value, 0),
    ...(plan.scenario.followUp.at === undefined ? {} : { atTimes }),
    ...(withCurves ? { curves } : {}),
  };
}

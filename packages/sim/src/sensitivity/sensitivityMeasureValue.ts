import type { ArmResult } from '../cohort/TrialResults.js';
import type { SensitivityMeasure } from './SensitivityResults.js';
import type { SensitivityMeasureAt } from './sensitivityMeasureEndpoint.js';
import { sensitivityMeasureEndpoint } from './sensitivityMeasureEndpoint.js';

/** The arm's endpoint at the time, from whichever model reports it; undefined when none does. */
function endpointValue(arm: ArmResult, at: SensitivityMeasureAt): number | null | undefined {
  const find = <T extends { readonly years: number }>(times: readonly T[] | undefined): T | undefined => times?.find((entry) => entry.years === at.years);
  const distant = find(arm.competingEvents?.metastasis?.atTimes);
  const progression = find(arm.progression?.atTimes);
  switch (at.endpoint) {
    case 'local-control':
      return find(arm.localControlAtTimes)?.localControl;
    case 'metastasis':
      return distant?.metastasisIncidence;
    case 'progression-free-survival':
      return progression?.progressionFreeSurvival;
    case 'overall-survival':
      return distant?.overallSurvival ?? progression?.overallSurvival;
  }
}

/**
 * One arm's value of a measure in one evaluation's results: its control rate, its mean TCP, or its endpoint at a
 * follow-up time (local control, the cumulative incidence of metastasis, progression-free or overall survival;
 * TrialResults.ts).
 * @param arm - the arm's results (summarize)
 * @param measure - the measure, one the scenario reports (sensitivityMeasureProblem)
 * @returns the value (NaN when the arm has no valid patient, as its results then hold)
 * @throws Error when the results do not report the endpoint at that time: the measure was not checked against the
 *   scenario, and a NaN would pass into the indices unseen
 */
export function sensitivityMeasureValue(arm: ArmResult, measure: SensitivityMeasure): number {
  const at = sensitivityMeasureEndpoint(measure);
  if (at === undefined) return measure === 'mean-tcp' ? arm.meanTcp : arm.controlRate;
  const value = endpointValue(arm, at);
  if (value === undefined || value === null) throw new Error(`arm ${arm.id} reports no ${measure} (sensitivityMeasureProblem)`);
  return value;
}

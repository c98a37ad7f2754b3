import type { ArmResult } from '../cohort/TrialResults.js';
import type { SensitivityMeasure } from './SensitivityResults.js';
import { sensitivityMeasureEndpoint } from './sensitivityMeasureEndpoint.js';

/**
 * One arm's value of a measure in one evaluation's results: its control rate, its mean TCP, or its endpoint at a
 * follow-up time (local control, the cumulative incidence of metastasis, overall survival; TrialResults.ts).
 * @param arm - the arm's results (summarize)
 * @param measure - the measure, one the scenario reports (sensitivityMeasureProblem)
 * @returns the value (NaN when the arm has no valid patient, as its results then hold)
 * @throws Error when the results do not report the endpoint at that time: the measure was not checked against the
 *   scenario, and a NaN would pass into the indices unseen
 */
export function sensitivityMeasureValue(arm: ArmResult, measure: SensitivityMeasure): number {
  const at = sensitivityMeasureEndpoint(measure);
  if (at === undefined) return measure === 'mean-tcp' ? arm.meanTcp : arm.controlRate;
  const value = at.endpoint === 'local-control'
    ? arm.localControlAtTimes?.find((times) => times.years === at.years)?.localControl
    : arm.competingEvents?.metastasis?.atTimes?.find((times) => times.years === at.years)?.[at.endpoint === 'metastasis' ? 'metastasisIncidence' : 'overallSurvival'];
  if (value === undefined || value === null) throw new Error(`arm ${arm.id} reports no ${measure} (sensitivityMeasureProblem)`);
  return value;
}

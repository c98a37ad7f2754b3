import { armEndpointsAtTimes } from '../cohort/armEndpointsAtTimes.js';
import type { EndpointsAtTime } from '../cohort/EndpointsAtTime.js';
import type { ArmResult } from '../cohort/TrialResults.js';
import type { SensitivityMeasure } from './SensitivityResults.js';
import type { SensitivityMeasureAt } from './sensitivityMeasureEndpoint.js';
import { sensitivityMeasureEndpoint } from './sensitivityMeasureEndpoint.js';

/** The field of EndpointsAtTime each endpoint of a measure reads. */
const endpointField = {
  'local-control': 'localControl',
  'distant-metastasis-free-survival': 'distantMetastasisFreeSurvival',
  metastasis: 'metastasisIncidence',
  'disease-specific-survival': 'diseaseSpecificSurvival',
  'progression-free-survival': 'progressionFreeSurvival',
  'overall-survival': 'overallSurvival',
} as const satisfies Record<SensitivityMeasureAt['endpoint'], keyof EndpointsAtTime<number>>;

/**
 * One arm's value of a measure in one evaluation's results: its control rate, its mean TCP, or its endpoint at a
 * follow-up time (local control, DMFS, the cumulative incidence of metastasis, disease-specific, progression-free or
 * overall survival;
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
  const value = armEndpointsAtTimes(arm)?.find((times) => times.years === at.years)?.[endpointField[at.endpoint]];
  if (value === undefined || value === null) throw new Error(`arm ${arm.id} reports no ${measure} (sensitivityMeasureProblem)`);
  return value;
}

import type { ArmResult } from '../cohort/TrialResults.js';
import type { SensitivityMeasure } from './SensitivityResults.js';

/**
 * One arm's value of a measure in one evaluation's results: its control rate, its mean TCP, or its endpoint at a
 * follow-up time (local control, the cumulative incidence of metastasis, overall survival; TrialResults.ts).
 * @param arm - the arm's results (summarize)
 * @param measure - the measure, one the scenario reports (sensitivityMeasureProblem)
 * @returns the value; NaN when the arm has no valid patient or does not report the endpoint at that time
 */
export function sensitivityMeasureValue(arm: ArmResult | undefined, measure: SensitivityMeasure): number {
  if (arm === undefined) return Number.NaN;
  if (measure === 'control-rate') return arm.controlRate;
  if (measure === 'mean-tcp') return arm.meanTcp;
  const [endpoint, time] = measure.split('@');
  const years = Number(time);
  if (endpoint === 'local-control') return arm.localControlAtTimes?.find((at) => at.years === years)?.localControl ?? Number.NaN;
  const at = arm.competingEvents?.metastasis?.atTimes?.find((times) => times.years === years);
  return (endpoint === 'metastasis' ? at?.metastasisIncidence : at?.overallSurvival) ?? Number.NaN;
}

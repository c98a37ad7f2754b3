import { wilsonInterval } from '../stats/wilsonInterval.js';
import type { Accumulator } from './createAccumulator.js';
import type { EnginePlan } from './EnginePlan.js';
import type { ArmComplications, ComplicationRate } from './TrialResults.js';

/**
 * The complications of arm a from the complications section of a complete accumulator (PartialLayout): each
 * scored endpoint's events among the arm's valid patients, and complication-free local control, each with its
 * Wilson 95% interval (the events are a proportion of every patient: nobody is censored).
 * @param accumulator - complete totals of the run
 * @param plan - the run's plan (with `complications`)
 * @param a - arm index
 * @returns the arm's complications, or undefined for an arm without a complication model
 */
export function armComplications(accumulator: Accumulator, plan: EnginePlan, a: number): ArmComplications | undefined {
  const arm = plan.complications?.arms[a];
  if (plan.complications === undefined || arm === undefined) return undefined;
  const { layout, counts } = accumulator;
  const patients = counts[layout.validPatients];
  const row = layout.complicationCounts + a * layout.complicationStride;
  const rate = (endpoint: ComplicationRate['endpoint'], events: number): ComplicationRate => ({
    endpoint,
    patients,
    events,
    rate: patients > 0 ? events / patients : Number.NaN,
    rateCi95: wilsonInterval(events, patients),
  });
  return {
    timing: arm.timing,
    eqd2WoundGy: arm.eqd2WoundGy,
    eqd2LateGy: arm.eqd2LateGy,
    endpoints: plan.complications.endpoints.map((endpoint, e) => rate(endpoint, counts[row + e])),
    complicationFreeControl: rate('complicationFreeControl', counts[row + layout.complications]),
  };
}

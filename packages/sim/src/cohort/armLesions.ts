import { kaplanMeierFromBins } from '../stats/kaplanMeierFromBins.js';
import { wilsonInterval } from '../stats/wilsonInterval.js';
import type { Accumulator } from './createAccumulator.js';
import type { EnginePlan } from './EnginePlan.js';
import { localControlAt } from './localControlAt.js';
import { localControlAtTimes } from './localControlAtTimes.js';
import type { ArmLesions } from './TrialResults.js';

/**
 * The per-lesion outcome of arm a from the accumulator's lesion section (PartialLayout): lesions, controlled lesions
 * with a Wilson interval, and Kaplan–Meier local control over lesions (failures binned by detection day, every
 * lesion not failed within the horizon censored at its end) at 1, 2 and 5 years, per bin and at each `followUp.at`.
 * @param accumulator - totals covering every block of the run (layout.lesions = 1)
 * @param plan - the run's plan
 * @param arm - index of an arm with `target: lesions`
 * @returns the arm's {@link ArmLesions}
 */
export function armLesions(accumulator: Accumulator, plan: EnginePlan, arm: number): ArmLesions {
  const { layout, counts } = accumulator;
  const at = layout.lesionCounts + arm * layout.lesionStride;
  const lesions = counts[at];
  const controlled = counts[at + 1];
  const failures = Array.from({ length: layout.timeBins }, (_, t) => counts[at + 2 + t]);
  const curve = kaplanMeierFromBins(failures, new Array<number>(failures.length).fill(0), lesions);
  return {
    lesions,
    meanPerPatient: lesions / counts[layout.validPatients],
    controlled,
    controlRate: controlled / lesions,
    controlCi95: wilsonInterval(controlled, lesions),
    localControl: localControlAt(curve, plan.binDays),
    localControlCurve: Array.from(curve),
    ...localControlAtTimes(curve, lesions, plan),
  };
}

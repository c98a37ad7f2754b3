import { survivalAt } from '../stats/survivalAt.js';
import { wilsonInterval } from '../stats/wilsonInterval.js';
import type { EnginePlan } from './EnginePlan.js';
import type { LocalControlAtTime } from './TrialResults.js';

/**
 * Kaplan–Meier local control at each `followUp.at` time of a group (an arm, a subtype, a stratum, or an arm's
 * lesions), with LR = 1 − LC and the Wilson 95% interval of LC; nothing when the scenario has no `followUp.at`.
 * @param curve - the group's Kaplan–Meier curve, one value per time bin
 * @param patients - the group's size (patients, or lesions)
 * @param plan - the run's plan (bin width, follow-up times)
 * @returns `{ localControlAtTimes }`, or `{}` without follow-up times
 */
export function localControlAtTimes(curve: Float64Array, patients: number, plan: EnginePlan): { localControlAtTimes?: LocalControlAtTime[] } {
  const times = plan.scenario.followUp.at;
  if (times === undefined) return {};
  return {
    localControlAtTimes: times.map((years) => {
      // As localControlAt: bin edges as k·w, 52 bins a year.
      const value = survivalAt(curve, plan.binDays, 52 * years * plan.binDays);
      if (Number.isNaN(value)) return { years, localControl: null, localRecurrence: null, localControlCi95: null };
      // No censoring before the horizon: LC(t) = (n − failures by t)/n, so rounding LC·n recovers the patients free of recurrence.
      return { years, localControl: value, localRecurrence: 1 - value, localControlCi95: wilsonInterval(Math.round(value * patients), patients) };
    }),
  };
}

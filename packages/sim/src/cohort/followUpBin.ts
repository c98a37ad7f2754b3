import type { EnginePlan } from './EnginePlan.js';

/**
 * The time bin whose end is `years` of follow-up (52 bins a year, as localControlAt).
 * @param plan - the run's plan (bin width and count)
 * @param years - follow-up time (years, ≥ 0)
 * @returns the bin index; −1 before the first bin's end; NaN beyond the horizon
 */
export function followUpBin(plan: EnginePlan, years: number): number {
  const day = 52 * years * plan.binDays;
  if (!(day >= 0 && day <= plan.timeBins * plan.binDays)) return Number.NaN;
  return Math.min(Math.floor(day / plan.binDays) - 1, plan.timeBins - 1);
}

import type { LocalControlAt } from '../cohort/TrialResults.js';

/** A fixed follow-up time (years) at which every group's local control is reported (`LocalControlAt`). */
export type FixedYear = 1 | 2 | 5;

/**
 * The fixed follow-up times a table shows when the scenario gives no `followUp.at`: those of `preferred` that lie
 * within the follow-up horizon, so that no column is blank in every row (a 2-year follow-up has no LC at 5 years);
 * when none does, 1 year if the horizon reaches it; else none (the control rate is still shown).
 * @param horizonYears - the follow-up horizon, `followUp.years` (years)
 * @param preferred - the times the table shows when the horizon allows, ascending
 * @returns the times to show, ascending
 */
export function fixedYearsShown(horizonYears: number, preferred: readonly FixedYear[]): FixedYear[] {
  const within = preferred.filter((years) => years <= horizonYears);
  if (within.length > 0) return within;
  return horizonYears >= 1 ? [1] : [];
}

/**
 * A group's Kaplan–Meier local control at a fixed time.
 * @param localControl - the group's local control at 1, 2 and 5 years
 * @param years - the time
 * @returns the value (a probability), or null beyond the horizon or for a group without patients
 */
export function localControlAtYear(localControl: LocalControlAt, years: FixedYear): number | null {
  return years === 1 ? localControl.year1 : years === 2 ? localControl.year2 : localControl.year5;
}

import type { LocalControlAt } from '../cohort/TrialResults.js';

/** A fixed follow-up time (years) at which every group's local control is reported (`LocalControlAt`). */
export type FixedYear = 1 | 2 | 5;

/**
 * A group's Kaplan–Meier local control at a fixed time.
 * @param localControl - the group's local control at 1, 2 and 5 years
 * @param years - the time
 * @returns the value (a probability), or null beyond the horizon or for a group without patients
 */
export function localControlAtYear(localControl: LocalControlAt, years: FixedYear): number | null {
  return years === 1 ? localControl.year1 : years === 2 ? localControl.year2 : localControl.year5;
}

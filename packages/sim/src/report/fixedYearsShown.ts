import type { LocalControlAt } from '../cohort/TrialResults.js';
import type { FixedYear } from './localControlAtYear.js';
import { localControlAtYear } from './localControlAtYear.js';

/**
 * The fixed follow-up times a table shows when the scenario gives no `followUp.at`: those of `preferred` at which
 * the arms' local control has a value, so that no column is blank in every row (a 2-year follow-up has no LC at
 * 5 years; the rule that makes a value null is the results', survivalAt's, read here from the data rather than
 * restated); when none has, 1 year if it has a value; else none (the control rate is still shown).
 * @param arms - the arms of the results (each over every patient, so a time without a value is beyond the horizon)
 * @param preferred - the times the table shows when the follow-up reaches them, ascending
 * @returns the times to show, ascending
 */
export function fixedYearsShown(arms: readonly { readonly localControl: LocalControlAt }[], preferred: readonly FixedYear[]): FixedYear[] {
  const reached = (years: FixedYear): boolean => arms.some((arm) => localControlAtYear(arm.localControl, years) !== null);
  const within = preferred.filter(reached);
  if (within.length > 0) return within;
  return reached(1) ? [1] : [];
}

import { daysPerYear } from '@rtsim/core';
/**
 * The follow-up horizon in days: `followUp.years` × 365.25, counted from each patient's first treatment event (the
 * first fraction, or surgery or a modifier's kill when it comes first). The engine censors every event at or after
 * it (compilePlan), and validation keeps each arm's treatment and first visit before it (treatmentHorizonProblems),
 * so both must use this one conversion.
 * @param years - followUp.years (> 0)
 * @returns the horizon in days
 */
export function followUpHorizonDays(years: number): number {
  return years * daysPerYear;
}

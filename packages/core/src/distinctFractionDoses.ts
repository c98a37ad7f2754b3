import type { Schedule } from './schedule.js';

/**
 * The distinct doses per fraction of a schedule with how many fractions have each, in order of first appearance: a
 * sum over fractions of a function of the dose alone (ln S without repair terms) then costs one call per dose.
 * @param schedule - the fractions (dose in Gy)
 * @returns `doses` (Gy) and `counts` (fractions), of equal length
 */
export function distinctFractionDoses(schedule: Schedule): { readonly doses: readonly number[]; readonly counts: readonly number[] } {
  const doses: number[] = [];
  const counts: number[] = [];
  for (const { dose } of schedule) {
    const index = doses.indexOf(dose);
    if (index < 0) {
      doses.push(dose);
      counts.push(1);
    } else {
      counts[index] = counts[index] + 1;
    }
  }
  return { doses, counts };
}

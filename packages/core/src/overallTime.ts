import type { Schedule } from './schedule.js';

/**
 * Overall treatment time, T = day(last) − day(first), in days.
 * @param s - a schedule (days in days)
 * @returns T ≥ 0 in days (the latest minus the earliest fraction day, so an unsorted hand-built list is also
 *   handled); 0 for the empty schedule or a single fraction; NaN when any day is not finite (including the
 *   invalid-schedule sentinel).
 * @remarks Convention of docs/models.md ("Schedules"): 25 × 2 Gy five a week gives T = 32 d.
 */
export function overallTime(s: Schedule): number {
  let first = Infinity;
  let last = -Infinity;
  for (const { day } of s) {
    if (!Number.isFinite(day)) return Number.NaN;
    if (day < first) first = day;
    if (day > last) last = day;
  }
  return s.length === 0 ? 0 : last - first;
}

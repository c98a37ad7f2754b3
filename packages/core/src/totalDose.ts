import type { Schedule } from './schedule.js';

/**
 * Total physical dose, D = Σ dᵢ, in Gy.
 * @param s - a schedule (doses in Gy, each finite and ≥ 0)
 * @returns D in Gy; 0 for the empty schedule; NaN when any dose is negative, infinite or NaN (including the
 *   invalid-schedule sentinel).
 */
export function totalDose(s: Schedule): number {
  let sum = 0;
  for (const { dose } of s) {
    if (!(dose >= 0 && dose < Infinity)) return Number.NaN;
    sum += dose;
  }
  return sum;
}

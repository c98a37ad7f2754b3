import { normalQuantile } from '@rtsim/core';
import type { Interval } from './Interval.js';

const z975 = -normalQuantile(0.025);

/**
 * Difference of two paired proportions from the discordant pairs: (b − c)/n with the paired Wald 95% interval
 * ± z·√(b + c − (b − c)²/n)/n (Fleiss, Levin, Paik 2003, §13.1), clipped to [−1, 1].
 * @param aOnly - b, pairs with the event in a only (≥ 0)
 * @param bOnly - c, pairs with the event in b only (≥ 0)
 * @param n - pairs (> 0)
 * @returns the difference p_a − p_b and its interval; NaN when n ≤ 0
 * @remarks A large-sample interval: at small n it can reach beyond the possible differences (b = 9, c = 0, n = 10:
 *   0.9 ± 0.186), and those ends are clipped to ±1, which keeps it a set of possible values but not its coverage.
 *   Tango's score interval (Stat Med 1998;17:891), which needs only b, c and n, behaves better at small n; it is not
 *   adopted yet because it changes every paired interval of every run (at large n the two agree closely).
 */
export function pairedProportionDifference(aOnly: number, bOnly: number, n: number): { difference: number; ci95: Interval } {
  const difference = n > 0 ? (aOnly - bOnly) / n : Number.NaN;
  const half = n > 0 ? (z975 * Math.sqrt(Math.max(0, aOnly + bOnly - ((aOnly - bOnly) * (aOnly - bOnly)) / n))) / n : Number.NaN;
  return { difference, ci95: [Math.max(-1, difference - half), Math.min(1, difference + half)] };
}

import { normalQuantile } from '@rtsim/core';

/**
 * Wilson score interval for a binomial proportion: the p with (p̂ − p)² = z² p(1 − p)/n, i.e.
 * (p̂ + z²/2n ± z√(p̂q̂/n + z²/4n²)) / (1 + z²/n), z = Φ⁻¹(1 − (1 − confidence)/2).
 * @param successes - number of successes x (0 ≤ x ≤ trials; normally an integer, the formula is continuous)
 * @param trials - number of trials n (≥ 0)
 * @param confidence - two-sided confidence level in (0, 1), default 0.95
 * @returns `[lower, upper]` within [0, 1]; `[0, 1]` when trials = 0 (the limit of the formula as n → 0: no
 *   information); `[NaN, NaN]` outside the domain (also for NaN input)
 * @remarks The lower limit is taken from the product of the roots, lower·upper = p̂²/(1 + z²/n), so it keeps
 *   full relative precision for x ≪ n instead of cancelling in centre − half. x = 0 gives lower = 0 and x = n
 *   gives upper = 1 exactly.
 * @see Wilson EB (1927) J Am Stat Assoc 22:209–212; Newcombe RG (1998) Stat Med 17:857–872, method 3.
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  confidence = 0.95,
): [lower: number, upper: number] {
  if (!(successes >= 0 && successes <= trials && trials < Infinity && confidence > 0 && confidence < 1)) {
    return [NaN, NaN];
  }
  if (trials === 0) return [0, 1];
  // Upper-tail quantile of the small probability: 1 − (1 − c)/2 would round away digits for c near 1.
  const z = -normalQuantile((1 - confidence) / 2);
  const n = trials;
  const z2n = (z * z) / n;
  const p = successes / n;
  const denominator = 1 + z2n;
  const centre = (p + z2n / 2) / denominator;
  const half = (z * Math.sqrt(p * (1 - p) / n + z2n / (4 * n))) / denominator;
  const upper = successes === trials ? 1 : Math.min(1, centre + half);
  const lower = successes === 0 ? 0 : Math.max(0, Math.min(p, (p * p) / (denominator * upper)));
  return [lower, upper];
}

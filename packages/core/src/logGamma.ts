import { portableLog } from './portable/portableLog.js';
// Internal (not in the barrel).

/**
 * ln Γ(x) for x > 0: the recurrence Γ(x) = Γ(x + k)/(x(x+1)…(x+k−1)) lifts x to ≥ 10, where Stirling's series
 * with terms up to x⁻¹¹ is accurate to ~1e−15 relative. NaN for x ≤ 0 or NaN.
 */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x === Infinity) return Infinity;
  let shift = 0;
  let product = 1;
  while (x < 10) {
    product *= x;
    x += 1;
    shift += 1;
  }
  const inverse = 1 / x;
  const inverse2 = inverse * inverse;
  const series =
    inverse *
    (1 / 12 - inverse2 * (1 / 360 - inverse2 * (1 / 1260 - inverse2 * (1 / 1680 - inverse2 * (1 / 1188 - inverse2 * (691 / 360360))))));
  const stirling = (x - 0.5) * portableLog(x) - x + 0.5 * portableLog(2 * Math.PI) + series;
  return shift === 0 ? stirling : stirling - portableLog(product);
}

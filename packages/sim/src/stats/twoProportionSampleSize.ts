import { normalQuantile } from '@rtsim/core';

/**
 * Patients per arm for a two-sided comparison of two independent proportions (normal approximation,
 * equal arms): n = [z_{1−α/2}√(2p̄q̄) + z_{1−β}√(p₁q₁ + p₂q₂)]² / (p₁ − p₂)², p̄ = (p₁ + p₂)/2, rounded up.
 * With `continuityCorrection`, Fleiss–Tytun–Ury: n' = (n/4)[1 + √(1 + 4/(n|p₁ − p₂|))]² (n unrounded).
 * @param p1 - proportion in arm 1, in [0, 1]
 * @param p2 - proportion in arm 2, in [0, 1]
 * @param options - `alpha`: two-sided significance level in (0, 1), default 0.05; `power`: 1 − β in [0.5, 1),
 *   default 0.8; `continuityCorrection`: default false
 * @returns patients per arm, an integer ≥ 1; Infinity when p1 = p2 (or when n exceeds the double range, for
 *   |p1 − p2| below ~1e-154); NaN outside the domain
 * @remarks Rounded up as ⌈n(1 − 10⁻¹²)⌉, so a value that is an integer up to rounding error is not bumped to
 *   the next one. Example: p₁ = 0.6, p₂ = 0.8 gives 82 per arm (91 continuity-corrected).
 * @see Fleiss JL, Levin B, Paik MC (2003) Statistical Methods for Rates and Proportions, 3rd ed., §4.2;
 *   Fleiss JL, Tytun A, Ury HK (1980) Biometrics 36:343–346.
 */
export function twoProportionSampleSize(
  p1: number,
  p2: number,
  options: { readonly alpha?: number; readonly power?: number; readonly continuityCorrection?: boolean } = {},
): number {
  const { alpha = 0.05, power = 0.8, continuityCorrection = false } = options;
  if (!(p1 >= 0 && p1 <= 1 && p2 >= 0 && p2 <= 1 && alpha > 0 && alpha < 1 && power >= 0.5 && power < 1)) {
    return NaN;
  }
  const difference = Math.abs(p1 - p2);
  if (difference === 0) return Infinity;
  // Upper-tail quantiles of the small probabilities, accurate for α or β near 0.
  const zAlpha = -normalQuantile(alpha / 2);
  const zBeta = -normalQuantile(1 - power);
  const q1 = 1 - p1;
  const q2 = 1 - p2;
  // q̄ from q₁ and q₂, not 1 − p̄: near p = 1, p̄ rounds and 1 − p̄ can cancel to 0 (p₁ = 1, p₂ one ulp below).
  const root = zAlpha * Math.sqrt(2 * ((p1 + p2) / 2) * ((q1 + q2) / 2)) + zBeta * Math.sqrt(p1 * q1 + p2 * q2);
  const n = (root / difference) ** 2;
  const perArm = continuityCorrection ? (n / 4) * (1 + Math.sqrt(1 + 4 / (n * difference))) ** 2 : n;
  return Math.max(1, Math.ceil(perArm * (1 - 1e-12)));
}

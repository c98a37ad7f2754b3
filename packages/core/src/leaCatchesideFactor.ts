import { portableExpm1 } from './portable/portableExpm1.js';
/**
 * Lea–Catcheside dose-protraction factor for constant-rate delivery, G(x) = 2(x − 1 + e^{−x})/x², x = μτ.
 *
 * A fraction delivered over τ at constant rate has its β term multiplied by G (μ = ln 2/T½ the repair rate).
 * G(0.5) = 0.8522, G(1) = 0.7358, G(2) = 0.5677, G(5) = 0.3205, G(10) = 0.1800.
 * @param muTau - x = μτ, dimensionless (repair rate × delivery time in consistent units), ≥ 0
 * @returns G ∈ (0, 1], decreasing in x, G(0) = 1, G(∞) = 0; NaN for negative or NaN x
 * @remarks For x < 0.5 the formula loses digits to cancellation (x − 1 + e^{−x} ≈ x²/2), so the series
 *   G = 2 Σₖ (−x)ᵏ/(k + 2)! is summed instead (14 terms: truncation < 1e−15). Reference: Lea & Catcheside,
 *   J Genet 1942;44:216; Sachs, Hahnfeldt & Brenner, Int J Radiat Biol 1997;72:351.
 */
export function leaCatchesideFactor(muTau: number): number {
  const x = muTau;
  if (!(x >= 0)) return Number.NaN;
  if (x === Infinity) return 0;
  if (x < 0.5) {
    let term = 1 / 2; // (−x)^0 / 2!
    let sum = term;
    for (let k = 1; k < 14; k++) {
      term *= -x / (k + 2);
      sum += term;
    }
    return 2 * sum;
  }
  return (2 * (x + portableExpm1(-x))) / (x * x);
}

import { portableExp } from './portable/portableExp.js';
import { portableLog } from './portable/portableLog.js';

/**
 * Diameter after Gompertz growth: ln(d(t)/D_∞) = ln(d₀/D_∞) · e^{−βt}.
 * @param diameterCm - d₀, diameter at the start of the interval, cm (0 < d₀ ≤ D_∞)
 * @param plateauDiameterCm - D_∞, plateau diameter, cm (finite; `pathwayDefaults.plateauDiameter`, assumption)
 * @param ratePerDay - β, Gompertz rate, 1/day (≥ 0; {@link gompertzRateFromDoublingTime})
 * @param days - t, length of the interval, days (≥ 0)
 * @returns d(t) in cm, d₀ ≤ d(t) ≤ D_∞ (d₀ at t = 0 or β = 0); NaN outside the domain or for NaN input
 * @remarks The volume form ln(V/K) = ln(V₀/K)e^{−βt} with V ∝ d³ is the same law in diameter, since the factor 3
 *   cancels. Growth over t₁ then t₂ equals growth over t₁ + t₂ (the exponents multiply), so splitting an interval
 *   never changes the result beyond rounding (Laird, Br J Cancer 1964;18:490).
 */
export function gompertzGrowthDiameter(diameterCm: number, plateauDiameterCm: number, ratePerDay: number, days: number): number {
  if (!(diameterCm > 0 && plateauDiameterCm >= diameterCm && plateauDiameterCm < Number.POSITIVE_INFINITY && ratePerDay >= 0 && days >= 0)) return Number.NaN;
  if (days === 0 || ratePerDay === 0) return diameterCm;
  const grown = plateauDiameterCm * portableExp(portableLog(diameterCm / plateauDiameterCm) * portableExp(-ratePerDay * days));
  // exp∘log may round a hair below d₀ for tiny βt; growth never shrinks a tumour
  return grown > diameterCm ? grown : diameterCm;
}

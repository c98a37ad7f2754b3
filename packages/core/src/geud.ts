import type { DoseVolumeBin } from './doseVolumeBin.js';
import { portableExp } from './portable/portableExp.js';
import { portableExpm1 } from './portable/portableExpm1.js';
import { portableLog } from './portable/portableLog.js';
import { portableLog1p } from './portable/portableLog1p.js';

/**
 * Generalised equivalent uniform dose, gEUD = (Σ_k v_k D_k^a)^{1/a} with relative volumes v_k = V_k/ΣV.
 * @param bins - differential DVH: dose D_k in Gy and volume V_k (any unit: normalised here) per bin; see
 *   {@link DoseVolumeBin}
 * @param a - volume-effect exponent (any non-NaN number: a = 1 mean dose, a → ∞ maximum dose, a < 0 for tumours
 *   where cold spots dominate, a = 0 the geometric mean, the limit a → 0; ±Infinity give the maximum/minimum dose)
 * @returns gEUD in Gy, between the minimum and maximum bin dose (of bins with volume > 0); equal to D for a uniform
 *   dose D; 0 when a ≤ 0 and some volume gets no dose; NaN for NaN or out-of-domain input (no volume, a negative
 *   or infinite dose or volume)
 * @remarks Doses are scaled by the maximum (a > 0) or minimum (a < 0) bin dose before the power, so a = 100 does
 *   not overflow, and the power mean is formed with log1p/expm1, so it tends smoothly to the geometric mean as
 *   a → 0. Niemierko A. Med Phys 1997;24:103 and Med Phys 1999;26:1100 (generalised EUD).
 */
export function geud(bins: readonly DoseVolumeBin[], a: number): number {
  if (Number.isNaN(a)) return Number.NaN;
  let totalVolume = 0;
  let minimum = Infinity;
  let maximum = 0;
  for (const { dose, volume } of bins) {
    if (!(dose >= 0 && dose < Infinity && volume >= 0 && volume < Infinity)) return Number.NaN;
    if (volume === 0) continue;
    totalVolume += volume;
    if (dose < minimum) minimum = dose;
    if (dose > maximum) maximum = dose;
  }
  if (!(totalVolume > 0)) return Number.NaN;
  if (a > 0 ? maximum === 0 : minimum === 0) return 0;
  if (a === Infinity) return maximum;
  if (a === -Infinity) return minimum;
  if (Math.abs(a) < 1e-100) {
    // The a → 0 limit, the geometric mean (the error is of order a·var(ln D)).
    let logMean = 0;
    for (const { dose, volume } of bins) if (volume > 0) logMean += (volume / totalVolume) * portableLog(dose);
    return portableExp(logMean);
  }
  // gEUD = r·exp(ln(Σ vₖ(Dₖ/r)^a)/a) with r the maximum (a > 0) or minimum (a < 0) dose, so (D/r)^a ≤ 1 never
  // overflows, and ln Σ vₖ(Dₖ/r)^a = log1p(Σ vₖ expm1(a ln(Dₖ/r))) keeps its digits as a → 0.
  const reference = a > 0 ? maximum : minimum;
  let sum = 0;
  for (const { dose, volume } of bins) if (volume > 0) sum += (volume / totalVolume) * portableExpm1(a * portableLog(dose / reference));
  return Math.min(maximum, Math.max(minimum, reference * portableExp(portableLog1p(sum) / a)));
}

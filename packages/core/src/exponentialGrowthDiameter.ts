import { portableExp } from './portable/portableExp.js';

/**
 * Diameter after exponential volume growth: d(t) = d₀ · 2^{t/(3 T_d)} (the volume doubles every T_d, so the
 * diameter every 3 T_d).
 * @param diameterCm - d₀, diameter at the start of the interval, cm (≥ 0)
 * @param doublingTimeDays - T_d, volume doubling time, days (> 0; `pathwayDefaults.doublingTime`)
 * @param days - t, length of the interval, days (≥ 0)
 * @returns d(t) in cm (≥ d₀; d₀ at t = 0); NaN outside the domain or for NaN input
 * @remarks The unlimited growth law of the early tumour (Collins, Loeffler and Tivey, Am J Roentgenol 1956;76:988,
 *   volume doubling time); far below the plateau it agrees with {@link gompertzGrowthDiameter}. Evaluated as
 *   d₀·exp(t ln 2 / (3 T_d)).
 */
export function exponentialGrowthDiameter(diameterCm: number, doublingTimeDays: number, days: number): number {
  if (!(diameterCm >= 0 && doublingTimeDays > 0 && days >= 0)) return Number.NaN;
  if (days === 0 || diameterCm === 0) return diameterCm; // exactly unchanged, also for t/T_d overflowing
  return diameterCm * portableExp((days * Math.LN2) / (3 * doublingTimeDays));
}

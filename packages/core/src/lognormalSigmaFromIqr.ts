import { portableLog } from './portable/portableLog.js';

/** Φ⁻¹(0.75), the upper quartile of the standard normal (Abramowitz and Stegun table 26.5). */
const upperQuartileZ = 0.6744897501960817;

/**
 * Log-scale SD of a lognormal from its interquartile range: σ = ln(Q₃/Q₁) / (2 Φ⁻¹(0.75)).
 * @param lowerQuartile - Q₁, the 25th percentile, in the interval's unit (> 0), e.g. days
 * @param upperQuartile - Q₃, the 75th percentile, same unit (≥ Q₁)
 * @returns σ (≥ 0, dimensionless); NaN outside the domain or for NaN input
 * @remarks ln X is normal, so its quartiles are μ ± 0.6745σ: the IQR fixes σ whatever the median, and the median
 *   gives μ = ln(median). A published median with its IQR therefore fixes a lognormal interval law
 *   (docs/pathway-model.md, "Intervals"); with only a median, σ must come from elsewhere.
 */
export function lognormalSigmaFromIqr(lowerQuartile: number, upperQuartile: number): number {
  if (!(lowerQuartile > 0 && upperQuartile >= lowerQuartile && upperQuartile < Number.POSITIVE_INFINITY)) return Number.NaN;
  return portableLog(upperQuartile / lowerQuartile) / (2 * upperQuartileZ);
}

import type { Schedule } from './schedule.js';

/**
 * Genomic-adjusted radiation dose, GARD = Σ dᵢ(α + β dᵢ) = −ln S of the course without repopulation (LQ).
 * @param s - schedule (doses Gy, each finite and ≥ 0)
 * @param alpha - α, 1/Gy (finite; usually {@link alphaFromRsi}, which may be negative for RSI > 0.82)
 * @param beta - β, 1/Gy² (finite, ≥ 0; 0.05 in Scott et al.)
 * @returns GARD, dimensionless (a log cell kill); 0 for the empty schedule; NaN for NaN or out-of-domain input
 *   (including the invalid-schedule sentinel)
 * @remarks Scott JG et al. Lancet Oncol 2017;18:202–211. Check (RxRSI rectal threshold): RSI 0.31, 25 × 2 Gy →
 *   GARD 29.28. docs/models.md, "Biomarker-guided radiosensitivity".
 */
export function gard(s: Schedule, alpha: number, beta: number): number {
  if (!(Number.isFinite(alpha) && beta >= 0 && beta < Infinity)) return Number.NaN;
  let sum = 0;
  for (const { dose } of s) {
    if (!(dose >= 0 && dose < Infinity)) return Number.NaN;
    sum += dose * (alpha + beta * dose);
  }
  return sum;
}

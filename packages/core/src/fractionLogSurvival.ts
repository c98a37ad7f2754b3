import type { SurvivalModel } from './survivalModel.js';
import { uscQuasiThresholdDose } from './uscQuasiThresholdDose.js';

/**
 * Log surviving fraction after one instantaneous, fully repaired fraction of dose d.
 * - LQ: ln S = −(αd + βd²).
 * - LQ-L (Astrahan 2008): LQ for d ≤ D_T, else ln S = −[αD_T + βD_T² + (α + 2βD_T)(d − D_T)].
 * - USC (Park et al. 2008): LQ for d ≤ D_T = 2D_q/(1 − αD₀), else ln S = −(d − D_q)/D₀, with
 *   D_q = (1 − αD₀)²/(4βD₀) (smooth join).
 *
 * This is the survival-curve kernel: {@link logSurvival} applies dose-modifying factor and OER by scaling d, and
 * the Lea–Catcheside factor by scaling β, before calling it.
 * @param dose - d, Gy (finite, ≥ 0)
 * @param cell - α in 1/Gy and β in 1/Gy² (finite, ≥ 0)
 * @param model - survival curve (default LQ); D_T ≥ 0 Gy for LQ-L, D₀ > 0 Gy with αD₀ < 1 for USC
 * @returns ln S ≤ 0; NaN for NaN or out-of-domain input
 * @remarks Astrahan M. Med Phys 2008;35:4161–4172. Park C et al. Int J Radiat Oncol Biol Phys 2008;70:847–852.
 */
export function fractionLogSurvival(
  dose: number,
  cell: { readonly alpha: number; readonly beta: number },
  model: SurvivalModel = { model: 'lq' },
): number {
  const { alpha, beta } = cell;
  if (!(dose >= 0 && dose < Infinity && alpha >= 0 && alpha < Infinity && beta >= 0 && beta < Infinity)) return Number.NaN;
  switch (model.model) {
    case 'lq':
      return -(alpha * dose + beta * dose * dose);
    case 'lq-l': {
      const t = model.transitionDose;
      if (!(t >= 0)) return Number.NaN;
      if (dose <= t) return -(alpha * dose + beta * dose * dose);
      // α d + β(2 D_T d − D_T²) is the tangent line at D_T written without the cancelling (d − D_T) difference.
      return -(alpha * dose + beta * t * (2 * dose - t));
    }
    case 'usc': {
      const d0 = model.d0;
      const quasiThreshold = uscQuasiThresholdDose(alpha, beta, d0);
      if (Number.isNaN(quasiThreshold)) return Number.NaN;
      const transition = (2 * quasiThreshold) / (1 - alpha * d0);
      if (dose <= transition) return -(alpha * dose + beta * dose * dose);
      return -(dose - quasiThreshold) / d0;
    }
    default:
      return Number.NaN;
  }
}

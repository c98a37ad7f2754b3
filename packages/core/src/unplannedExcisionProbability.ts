import { logisticProbability } from './logisticProbability.js';

/**
 * Probability that a sarcoma is excised as a presumed benign lump before diagnosis (an unplanned excision),
 * logistic in the tumour's covariates where the first operation is not at a reference centre:
 * p = [not reference] / (1 + e^{−(θ + Σ c_k x_k)}).
 * @param interceptLogOdds - θ, log odds for a deep tumour ≥ 5 cm, calibrated (`pathwayDefaults.unplannedExcision`)
 * @param covariateLogOdds - Σ c_k x_k, the summed log odds ratios of a superficial tumour and of one < 5 cm
 *   (assumptions, `pathwayDefaults.unplannedExcision`); 0 for a deep tumour ≥ 5 cm
 * @param referenceCentre - true when the patient is referred to a sarcoma reference centre before any operation
 *   (a fast-track pathway): the first operation is then planned, p = 0
 * @returns p in [0, 1]; NaN for NaN input
 * @remarks Unplanned excisions are of smaller and more superficial tumours (Arai et al. Clin Orthop Relat Res
 *   2010;468:3028; Liang et al. Front Oncol 2021;10:617590), hence the signs of c_k. Evaluated by
 *   {@link logisticProbability}, which keeps a very negative z's relative accuracy.
 */
export function unplannedExcisionProbability(interceptLogOdds: number, covariateLogOdds: number, referenceCentre: boolean): number {
  const z = interceptLogOdds + covariateLogOdds;
  // A NaN log odds stays NaN at a reference centre too, never a silent 0.
  return referenceCentre && z === z ? 0 : logisticProbability(z);
}

import { logisticProbability } from './logisticProbability.js';

/**
 * Probability that a patient non-metastatic at diagnosis (M0) already carries subclinical distant metastasis, a
 * logistic model in the tumour's covariates: p = 1/(1 + e^{−(θ + Σ c_k x_k + h_s)}).
 * @param interceptLogOdds - θ, log odds for the reference patient (FNCLCC G1, superficial, < 5 cm), fitted
 *   (`metastasisDefaults.interceptLogOdds`; docs/metastasis-model.md)
 * @param covariateLogOdds - Σ c_k x_k + h_s, the summed log odds ratios of grade (fitted), size band and depth (cited,
 *   Kattan nomogram) and presentation (assumption), `metastasisDefaults.covariateLogOddsRatio`, and the subtype's
 *   histology h_s (`metastasisDefaults.histologyLogOddsRatio`, or the scenario's); 0 for the reference
 * @returns p in [0, 1]; NaN for NaN input
 * @remarks The seeding happened before diagnosis, so the treatment of the primary does not enter: a better local
 *   treatment cannot change p (only the seeding by a local recurrence, {@link recurrenceSeedingProbability}, comes
 *   later). Evaluated by {@link logisticProbability}, which keeps a very negative z's relative accuracy.
 */
export function subclinicalMetastasisProbability(interceptLogOdds: number, covariateLogOdds: number): number {
  return logisticProbability(interceptLogOdds + covariateLogOdds);
}

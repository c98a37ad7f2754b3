import { logisticProbability } from './logisticProbability.js';

/**
 * Probability that a resection leaves clonogenic residual disease, a logistic model in the margin class and the
 * patient's covariates: π = 1/(1 + e^{−(θ_m + Σ b_k x_k)}).
 * @param marginLogOdds - θ_m, log odds of residual disease for the margin class (R0 wide … R1 unplanned),
 *   calibrated (docs/local-control-model.md; `localControlDefaults.marginLogOdds`)
 * @param covariateLogOdds - Σ b_k x_k, the summed log odds ratios of grade, depth, size, site, presentation and
 *   age (`localControlDefaults.covariateLogOddsRatio`); 0 for the reference patient
 * @returns π in [0, 1]; NaN for NaN input
 * @remarks Local recurrence is rare enough that the cited hazard ratios are used as odds ratios. Evaluated by
 *   {@link logisticProbability}, which keeps a very negative z's relative accuracy. docs/models-extensions.md,
 *   "Local control over time".
 */
export function residualDiseaseProbability(marginLogOdds: number, covariateLogOdds: number): number {
  return logisticProbability(marginLogOdds + covariateLogOdds);
}

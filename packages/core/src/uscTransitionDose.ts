import { uscQuasiThresholdDose } from './uscQuasiThresholdDose.js';

/**
 * Transition dose of the universal survival curve, D_T = 2D_q/(1 − αD₀) = (1 − αD₀)/(2βD₀), in Gy.
 *
 * Below D_T survival is LQ, above it the multi-target line −ln S = (d − D_q)/D₀; at D_T value and slope match
 * (α + 2βD_T = 1/D₀). Park's H460 parameters (α = 0.33 /Gy, β = 0.0384 /Gy², D₀ = 1.25 Gy) give D_T = 6.12 Gy
 * (the paper quotes 6.2 Gy from unrounded parameters).
 * @param alpha - α, 1/Gy (≥ 0)
 * @param beta - β, 1/Gy² (≥ 0; β = 0 gives Infinity)
 * @param d0 - D₀, Gy (> 0, finite)
 * @returns D_T in Gy; NaN when αD₀ ≥ 1 or for NaN/out-of-domain input
 * @remarks Park C et al. Int J Radiat Oncol Biol Phys 2008;70:847–852.
 */
export function uscTransitionDose(alpha: number, beta: number, d0: number): number {
  return (2 * uscQuasiThresholdDose(alpha, beta, d0)) / (1 - alpha * d0);
}

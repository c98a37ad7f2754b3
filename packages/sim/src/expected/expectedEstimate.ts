import { studentTQuantile } from '../avatar/studentTQuantile.js';
import type { ExpectedEstimate } from './ExpectedResults.js';

/**
 * The randomised-QMC estimate from R independent replicate estimates (one per scrambling): their mean, the standard
 * error sd/√R (sd with R − 1 in the denominator) and the 95 % interval mean ± t_{0.975, R−1}·SE. Each replicate is
 * an unbiased estimate and the replicates are independent (independent scramblings), so this is the usual t
 * interval (P. L'Ecuyer and C. Lemieux, "Recent advances in randomized quasi-Monte Carlo methods", 2002: randomised
 * point sets give unbiased estimators and error estimates from independent replications).
 * @param replicates - R ≥ 2 replicate estimates
 * @returns the estimate; NaN fields when a replicate is NaN
 */
export function expectedEstimate(replicates: Float64Array): ExpectedEstimate {
  const r = replicates.length;
  let sum = 0;
  for (const value of replicates) sum += value;
  const mean = sum / r;
  let squares = 0;
  for (const value of replicates) squares += (value - mean) * (value - mean);
  const standardError = Math.sqrt(squares / (r - 1) / r);
  const half = studentTQuantile(0.975, r - 1) * standardError;
  return { mean, standardError, interval: [mean - half, mean + half] };
}

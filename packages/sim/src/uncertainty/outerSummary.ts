import { mixtureQuantile } from '../stats/mixtureQuantile.js';
import { sampleQuantile } from '../stats/sampleQuantile.js';
import type { OuterSummary } from '../cohort/UncertaintyResults.js';

/**
 * Summarises a quantity over the K draws of a two-level run (see {@link OuterSummary}):
 * - parameter interval: 2.5 % and 97.5 % quantiles (type 7) of the draws' values x_k;
 * - Monte Carlo SE: √(mean_k se_k²), the root mean square of the within-draw standard errors;
 * - combined interval: 2.5 % and 97.5 % quantiles of (1/K) Σ_k N(x_k, se_k²) (mixtureQuantile);
 * - parameter share: V/(V + SE²) with V the variance of the x_k (denominator K − 1; 0 when K = 1).
 * @param nominal - the value at the nominal parameter set
 * @param values - x_k, the value at each draw
 * @param standardErrors - se_k, its Monte Carlo standard error at each draw (≥ 0)
 * @returns the summary; NaN fields where the values are not finite or K = 0, share NaN when V + SE² = 0
 */
export function outerSummary(nominal: number, values: readonly number[], standardErrors: readonly number[]): OuterSummary {
  const k = values.length;
  const sorted = Float64Array.from(values).sort();
  let mean = 0;
  for (const x of values) mean += x / k;
  let variance = 0;
  if (k > 1) for (const x of values) variance += (x - mean) ** 2 / (k - 1);
  let squares = 0;
  for (const se of standardErrors) squares += se * se;
  const monteCarloSe = Math.sqrt(squares / k);
  const total = variance + monteCarloSe ** 2;
  return {
    nominal,
    median: sampleQuantile(sorted, 0.5),
    parameterInterval: [sampleQuantile(sorted, 0.025), sampleQuantile(sorted, 0.975)],
    monteCarloSe,
    combinedInterval: [mixtureQuantile(values, standardErrors, 0.025), mixtureQuantile(values, standardErrors, 0.975)],
    parameterShare: total > 0 ? variance / total : Number.NaN,
    draws: values.slice(),
  };
}

import { formatPercent } from '../charts/formatPercent.js';
import { wilsonInterval } from '../stats/wilsonInterval.js';

/**
 * P(a beats b) of a two-level run as the terminal and the report print it: the share of the K parameter sets in which
 * a − b > 0 (ties count one half), in %, with its Wilson 95% interval over the K sets (`3 [1, 8]`). Not ± the
 * binomial SE √(P(1 − P)/K), which reads `0 ± 0` when no set of 100 favours a although the true share may be up to
 * about 3.7 % (Wilson's upper end for 0 of 100; the rule of three gives 3/K).
 * @param probability - the share of sets, in [0, 1] (results.json's probabilityABetter)
 * @param draws - K, the number of parameter sets
 * @returns the text, whole percentages; `— [—, —]` for NaN (no sets)
 */
export function formatProbabilityBetter(probability: number, draws: number): string {
  const [lower, upper] = wilsonInterval(probability * draws, draws);
  return `${formatPercent(probability, 0)} [${formatPercent(lower, 0)}, ${formatPercent(upper, 0)}]`;
}

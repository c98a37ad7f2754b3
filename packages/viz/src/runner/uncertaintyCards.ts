import { correlationSummary } from '@rtsim/sim';
import { uncertaintyIntervalChart } from '@rtsim/sim/charts';
import type { TrialResults } from '@rtsim/sim';
import { svgFromString } from '../charts/svgFromString.js';
import { chartCard } from '../ui/chartCard.js';

/**
 * The cards of a two-level run: each arm's control rate over the parameter sets, and with comparisons the
 * differences with P(A beats B); none for a plain run.
 * @param results - a finished run
 * @returns the cards, in page order
 */
export function uncertaintyCards(results: TrialResults): HTMLElement[] {
  const uncertainty = results.uncertainty;
  if (uncertainty === undefined) return [];
  const explanation = `${uncertainty.draws} parameter sets drawn from the scenario's uncertainty section, each run on the same virtual patients. ` +
    'Thick: the range over the sets (parameter uncertainty, 2.5–97.5 %); thin: the combined 95% interval with the Monte Carlo error; circle: the nominal set.';
  // The correlations change what the intervals mean (another belief about the parameters), so name them where
  // the intervals are; chartCard sets every paragraph as text, so labels from the file cannot become markup.
  const correlated = correlationSummary(uncertainty.correlations);
  const arms = chartCard('uncertainty-arms', 'Control rate under parameter uncertainty', correlated === undefined ? [explanation] : [explanation, `${correlated}.`]);
  arms.setChart(svgFromString(uncertaintyIntervalChart(
    uncertainty.arms.map((arm) => ({ label: arm.id, ...arm.controlRate })),
    { width: 560, title: 'Control rate over the parameter sets', xLabel: 'Control rate (%)' },
  )));
  if (uncertainty.comparisons.length === 0) return [arms.element];
  const odds = uncertainty.comparisons.map((pair) => `P(${pair.a} beats ${pair.b}) = ${Math.round(100 * pair.probabilityABetter)}%`).join('; ');
  const pairs = chartCard('uncertainty-differences', 'Differences under parameter uncertainty', [`${odds}: the share of parameter sets in which the first arm controls more tumours.`]);
  pairs.setChart(svgFromString(uncertaintyIntervalChart(
    uncertainty.comparisons.map((pair) => ({ label: `${pair.a} − ${pair.b}`, ...pair.controlRateDifference })),
    { width: 560, title: 'Difference in control rate over the parameter sets', xLabel: 'Difference (percentage points)', zeroLine: true },
  )));
  return [arms.element, pairs.element];
}

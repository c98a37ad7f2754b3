import { correlationSummary, uncertainEndpointRows } from '@rtsim/sim';
import { uncertaintyIntervalChart } from '@rtsim/sim/charts';
import type { TrialResults } from '@rtsim/sim';
import { svgFromString } from '../charts/svgFromString.js';
import { chartCard } from '../ui/chartCard.js';
import { resultsCopy } from './resultsCopy.js';

/**
 * The cards of a two-level run: each arm's control rate over the parameter sets, with `followUp.at` its endpoints at
 * those times (uncertainEndpointRows), and with comparisons the differences with P(A beats B) and, with `followUp.at`,
 * the pairs' paired differences at those times; none for a plain run.
 * @param results - a finished run
 * @returns the cards, in page order
 */
export function uncertaintyCards(results: TrialResults): HTMLElement[] {
  const uncertainty = results.uncertainty;
  if (uncertainty === undefined) return [];
  const copy = resultsCopy.uncertainty;
  const explanation = copy.explanation(uncertainty.draws);
  // The correlations change what the intervals mean (another belief about the parameters), so name them where
  // the intervals are; chartCard sets every paragraph as text, so labels from the file cannot become markup.
  const correlated = correlationSummary(uncertainty.correlations);
  const arms = chartCard('uncertainty-arms', copy.armsHeading, correlated === undefined ? [explanation] : [explanation, `${correlated}.`]);
  arms.setChart(svgFromString(uncertaintyIntervalChart(
    uncertainty.arms.map((arm) => ({ label: arm.id, ...arm.controlRate })),
    { width: 560, title: copy.armsTitle, xLabel: copy.armsAxis },
  )));
  const cards = [arms.element];
  const endpoints = uncertainEndpointRows(uncertainty);
  if (endpoints.length > 0) {
    const card = chartCard('uncertainty-endpoints', copy.endpointsHeading, [copy.endpointsExplanation]);
    card.setChart(svgFromString(uncertaintyIntervalChart(
      endpoints.map((row) => ({ label: row.label, ...row.summary })),
      { width: 560, title: copy.endpointsTitle, xLabel: copy.endpointsAxis },
    )));
    cards.push(card.element);
  }
  if (uncertainty.comparisons.length === 0) return cards;
  const odds = uncertainty.comparisons.map((pair) => copy.odds(pair.a, pair.b, pair.probabilityABetter)).join('; ');
  const pairs = chartCard('uncertainty-differences', copy.differencesHeading, [copy.oddsExplanation(odds)]);
  pairs.setChart(svgFromString(uncertaintyIntervalChart(
    uncertainty.comparisons.map((pair) => ({ label: resultsCopy.comparisons.pairLabel(pair.a, pair.b), ...pair.controlRateDifference })),
    { width: 560, title: copy.differencesTitle, xLabel: copy.differencesAxis, zeroLine: true, decimals: 2, signed: true },
  )));
  cards.push(pairs.element);
  const differences = uncertainEndpointRows(uncertainty, 'differences');
  if (differences.length > 0) {
    const card = chartCard('uncertainty-timed-differences', copy.timedDifferencesHeading, [copy.timedDifferencesExplanation]);
    card.setChart(svgFromString(uncertaintyIntervalChart(
      differences.map((row) => ({ label: row.label, ...row.summary })),
      { width: 560, title: copy.timedDifferencesTitle, xLabel: copy.differencesAxis, zeroLine: true, decimals: 2, signed: true },
    )));
    cards.push(card.element);
  }
  return cards;
}

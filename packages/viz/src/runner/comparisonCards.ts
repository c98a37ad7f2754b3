import { forestPlot } from '@rtsim/sim/charts';
import type { TrialResults } from '@rtsim/sim';
import { svgFromString } from '../charts/svgFromString.js';
import { chartCard } from '../ui/chartCard.js';
import { element } from '../ui/element.js';
import { resultsCopy } from './resultsCopy.js';
import { comparisonsTable, localControlDifferencesTable } from './resultsTables.js';

/**
 * The paired comparisons: their table (with `followUp.at` a second one, of the paired differences in local control at
 * those times) and the forest plot of the differences in mean TCP; none when the scenario compares no arms.
 * @param results - a finished run
 * @returns the cards, in page order
 */
export function comparisonCards(results: TrialResults): HTMLElement[] {
  if (results.comparisons.length === 0) return [];
  const table = element('section', 'card');
  table.append(comparisonsTable(results));
  const atTimes = localControlDifferencesTable(results);
  if (atTimes !== undefined) table.append(atTimes);
  const forest = chartCard('forest-plot', resultsCopy.comparisons.heading, [resultsCopy.comparisons.explanation]);
  forest.setChart(svgFromString(forestPlot(results.comparisons.map((c) => ({
    label: resultsCopy.comparisons.pairLabel(c.a, c.b),
    estimate: c.meanTcpDifference,
    lower: c.meanTcpDifferenceCi95[0],
    upper: c.meanTcpDifferenceCi95[1],
  })), { width: 560 })));
  return [table, forest.element];
}

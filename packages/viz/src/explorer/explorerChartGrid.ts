import { courseSurvivalChart } from '../charts/courseSurvivalChart.js';
import { isoeffectChart } from '../charts/isoeffectChart.js';
import { localControlTimeChart } from '../charts/localControlTimeChart.js';
import { populationTcpChart } from '../charts/populationTcpChart.js';
import { repopulationChart } from '../charts/repopulationChart.js';
import { survivalCurveChart } from '../charts/survivalCurveChart.js';
import { tcpDoseChart } from '../charts/tcpDoseChart.js';
import { chartCard } from '../ui/chartCard.js';
import type { ChartCard } from '../ui/chartCard.js';
import { element } from '../ui/element.js';
import { explorerChartCopy } from './explorerChartCopy.js';
import type { ExplorerChartName } from './explorerChartCopy.js';
import type { ExplorerFastViews, ExplorerSlowViews } from './explorerModel.js';
import { localControlReadouts } from './localControlReadouts.js';
import type { ExplorerState } from './explorerState.js';
import { pathwayChart } from '../charts/pathwayChart.js';
import { pathwayPanel } from './pathway/pathwayPanel.js';
import { pathwayTimeline } from './pathway/pathwayTimeline.js';

/** The explorer's eight chart cards in their grid. */
export interface ExplorerChartGrid {
  readonly element: HTMLElement;
  /** The card of each chart, e.g. to put the schedule editor in the TCP card. */
  readonly cards: Readonly<Record<ExplorerChartName, ChartCard>>;
  /** Redraws the four charts computed in the page on every change. */
  drawFast(views: ExplorerFastViews): void;
  /** Redraws the two charts the worker computes (they arrive later). */
  drawSlow(views: ExplorerSlowViews): void;
  /** Redraws the pathway timeline and its read-outs, and asks for a cohort run when its inputs changed. */
  drawPathway(state: ExplorerState): void;
}

/**
 * Builds the chart grid from {@link explorerChartCopy}: one card per chart, empty until drawn.
 * @returns the grid and its drawing functions
 */
export function explorerChartGrid(): ExplorerChartGrid {
  const grid = element('div', 'chart-grid');
  const cards = {} as Record<ExplorerChartName, ChartCard>;
  for (const copy of explorerChartCopy) {
    cards[copy.name] = chartCard(copy.id, copy.title, copy.explanation);
    grid.append(cards[copy.name].element);
  }
  const lcReadouts = localControlReadouts();
  cards.localControl.extra.append(lcReadouts.element);
  const pathway = pathwayPanel();
  cards.pathway.extra.append(pathway.element);
  return {
    element: grid,
    cards,
    drawFast(views) {
      cards.survival.setChart(survivalCurveChart(views.survivalCurve));
      cards.course.setChart(courseSurvivalChart(views.course));
      cards.tcp.setChart(tcpDoseChart(views.tcpDose));
      cards.repopulation.setChart(repopulationChart(views.repopulation));
    },
    drawSlow(views) {
      cards.isoeffect.setChart(isoeffectChart(views.isoeffect));
      cards.population.setChart(populationTcpChart(views.population));
      cards.localControl.setChart(localControlTimeChart(views.localControl));
      lcReadouts.show(views.localControl);
    },
    drawPathway(state) {
      const timeline = pathwayTimeline(state);
      cards.pathway.setChart(pathwayChart(timeline));
      pathway.show(timeline, state);
    },
  };
}

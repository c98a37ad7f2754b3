import { element } from '../ui/element.js';
import { frameScheduler } from '../ui/frameScheduler.js';
import { controlPanel } from './controls/controlPanel.js';
import { dvhCard } from './dvh/dvhCard.js';
import { explorerChartGrid } from './explorerChartGrid.js';
import { explorerFastViews } from './explorerModel.js';
import { lessonPanel } from './lessons/lessonPanel.js';
import type { ExplorerState } from './explorerState.js';
import { maxSchedules } from './explorerState.js';
import { readoutsCard } from './readoutsCard.js';
import { scheduleEditor } from './scheduleEditor.js';
import { slowViewsClient } from './slowViewsClient.js';
import type { LessonPosition } from './urlState.js';

/** The mounted explorer. */
export interface ExplorerView {
  /** Replaces the whole state (preset, URL) and redraws on the next frame. */
  setState(state: ExplorerState): void;
  getState(): ExplorerState;
  /** Shows the page's current address in the share box. */
  setShareLink(url: string): void;
  /** The open guided lesson and its step (for the link), or undefined. */
  lessonPosition(): LessonPosition | undefined;
}

/** Name of the performance measure taken around each synchronous update (compute + redraw of the fast views), in ms. */
export const updateMeasureName: string = 'rtsim:explorer-update';

/**
 * Mounts the teaching explorer: linked sliders and number fields on the left (controls/controlPanel.ts), read-outs,
 * the DVH card (dvh/dvhCard.ts: a plan's TCP and NTCP, recomputed with the state) and the charts on the right. The state lives here; updates are coalesced to one per animation frame: read-outs
 * and four charts are computed synchronously (a few ms), the iso-effect and population charts in a worker (latest
 * state wins).
 * @param container - the element to fill (its children are replaced)
 * @param initial - the starting state (from the URL)
 * @param onStateChange - called after each change of the state or of the lesson's step, e.g. to write the URL
 * @param initialLesson - a lesson to open at a step (from the URL); its step's state is `initial` or the link's own
 */
export function mountExplorer(container: HTMLElement, initial: ExplorerState, onStateChange: (state: ExplorerState) => void, initialLesson?: LessonPosition): ExplorerView {
  let state = initial;
  const frame = frameScheduler(render);
  const panel = controlPanel({
    state: () => state,
    update: (next) => {
      state = next;
      frame.request();
    },
    replace: setState,
  });
  const readouts = readoutsCard();
  const charts = explorerChartGrid();
  const editor = scheduleEditor(maxSchedules - 1, (compare) => {
    state = { ...state, compare };
    frame.request();
  }, () => state.reference);
  charts.cards.tcp.extra.append(editor.element);
  const slow = slowViewsClient((views) => charts.drawSlow(views));

  const lessons = lessonPanel({
    replace: setState,
    chartCard: (name) => charts.cards[name].element,
    changed: () => onStateChange(state),
  });

  const dvh = dvhCard(() => state);
  const views = element('div', 'views');
  views.append(lessons.card, readouts.element, dvh.element, charts.element);
  const layout = element('div', 'explorer-layout');
  layout.append(panel.element, views);
  container.replaceChildren(lessons.bar, layout);

  function render(): void {
    const start = performance.now();
    slow.request(state);
    const result = explorerFastViews(state);
    readouts.show(result.readouts, result.warnings, state);
    panel.show(state, result.readouts);
    charts.drawFast(result);
    charts.drawPathway(state);
    dvh.show(state);
    performance.measure(updateMeasureName, { start, end: performance.now() });
    onStateChange(state);
  }

  /** Shows a state set from outside in every control, then redraws. */
  function setState(next: ExplorerState): void {
    state = next;
    panel.sync(state);
    editor.set(state.compare);
    frame.request();
  }

  setState(initial);
  if (initialLesson) lessons.open(initialLesson, false);
  return {
    setState,
    getState: () => state,
    setShareLink: panel.setShareLink,
    lessonPosition: lessons.position,
  };
}

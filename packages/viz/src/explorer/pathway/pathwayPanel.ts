import { dataTable } from '../../ui/dataTable.js';
import { element } from '../../ui/element.js';
import type { ExplorerState } from '../explorerState.js';
import { pathwayCohortRows } from './pathwayCohortRows.js';
import { pathwayCopy } from './pathwayCopy.js';
import { pathwayMilestoneLabels } from './pathwayMilestoneLabels.js';
import { pathwayReadoutRows } from './pathwayReadoutRows.js';
import type { PathwayTimeline } from './pathwayTimeline.js';

/** The read-outs and the cohort table under the pathway chart. */
export interface PathwayPanel {
  readonly element: HTMLElement;
  /** Writes the one-patient read-outs now and asks for a cohort run of the state's pathway (debounced). */
  show(timeline: PathwayTimeline, state: ExplorerState): void;
}

/** Wait after the last slider change before the cohort runs, ms: a drag starts one run, not one per pixel. */
export const pathwayCohortDebounceMs: number = 400;

/** The fields of the state the cohort run depends on: a change elsewhere does not run it again. */
const cohortKey = (s: ExplorerState): string =>
  [s.tumourDiameter, s.depth, s.primaryCareDays, s.secondaryCareDays, s.sarcomaCentreDays, s.treatmentDays, s.referral, s.reviewShare, s.patientIntervalShare].join('|');

/**
 * Builds the pathway card's panel: a definition list of the one-patient read-outs (`data-readout` names of
 * pathwayReadoutRows), the numbered milestones of the chart (day and diameter), then the cohort table of current
 * care against the sliders' pathway. The cohort runs in a Web Worker (runPathwayCohort, loaded on first use) 400 ms
 * after the last change of its inputs, and only once the card has come on screen; a newer change aborts the run in
 * flight, so the page never waits on it and the table always ends on the newest sliders.
 * @returns the panel
 */
export function pathwayPanel(): PathwayPanel {
  const root = element('div', 'pathway-panel');
  const list = element('dl', 'readout-list pathway-readouts');
  const cells = pathwayReadoutRows.map((row) => {
    const item = element('div', 'readout');
    const dd = element('dd');
    dd.dataset['readout'] = row.key;
    item.append(element('dt', undefined, row.label), dd);
    list.append(item);
    return { row, dd };
  });
  const milestones = element('ol', 'pathway-milestones');
  milestones.setAttribute('aria-label', pathwayCopy.milestonesLabel);
  const status = element('p', 'control-help pathway-status');
  status.setAttribute('role', 'status');
  const table = element('div', 'pathway-cohort');
  root.append(list, milestones, element('h4', undefined, pathwayCopy.cohortHeading), element('p', 'control-help', pathwayCopy.cohortNote), status, table);

  let lastKey: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: AbortController | undefined;
  /** The status line of the newest run (running, done or failed), restored when a waiting change is undone. */
  let statusOfLast = pathwayCopy.waiting;
  const say = (text: string): void => {
    statusOfLast = text;
    status.textContent = text;
  };

  function runCohort(state: ExplorerState): void {
    running?.abort();
    const controller = new AbortController();
    running = controller;
    say(pathwayCopy.running);
    import('./runPathwayCohort.js')
      .then(({ runPathwayCohort }) => runPathwayCohort(state, controller.signal))
      .then((results) => {
        if (controller.signal.aborted) return;
        const rows = pathwayCohortRows(results);
        table.replaceChildren(dataTable(pathwayCopy.tableCaption, pathwayCopy.tableHead, rows.map((r) => r.cells), 'pathway-table', rows.map((r) => r.readout)));
        say(pathwayCopy.done);
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        say(pathwayCopy.failed(error instanceof Error ? error.message : String(error)));
      });
  }

  // The cohort runs only while the panel is on screen: a change made off screen waits there (the newest one), so a
  // class that never scrolls to the card pays nothing for it.
  let onScreen = typeof IntersectionObserver === 'undefined';
  let pending: ExplorerState | undefined;
  if (!onScreen) {
    new IntersectionObserver((entries) => {
      onScreen = entries.some((entry) => entry.isIntersecting);
      if (onScreen && pending) schedule(pending);
    }).observe(root);
  }

  function schedule(state: ExplorerState): void {
    const key = cohortKey(state);
    if (!onScreen) {
      // Back to the inputs already run (or running): nothing waits.
      pending = key === lastKey ? undefined : state;
      status.textContent = pending ? pathwayCopy.waiting : statusOfLast;
      return;
    }
    pending = undefined;
    if (key === lastKey) return;
    clearTimeout(timer);
    status.textContent = pathwayCopy.waiting;
    lastKey = key;
    timer = setTimeout(() => runCohort(state), pathwayCohortDebounceMs);
  }

  return {
    element: root,
    show(timeline, state) {
      for (const { row, dd } of cells) dd.textContent = row.value(timeline);
      milestones.replaceChildren(...timeline.milestones.map((m) => element('li', undefined, pathwayCopy.milestone(pathwayMilestoneLabels[m.name], m.day, m.diameterCm))));
      schedule(state);
    },
  };
}

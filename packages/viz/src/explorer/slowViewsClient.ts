import { wrap } from 'comlink';
import type { Remote } from 'comlink';
import { explorerSlowViews } from './explorerModel.js';
import type { ExplorerSlowViews } from './explorerModel.js';
import type { ExplorerState } from './explorerState.js';

type SlowApi = { explorerSlowViews: typeof explorerSlowViews };

/** Computes the explorer's slow views off the main thread, latest request wins. */
export interface SlowViewsClient {
  /** Asks for the views of `state`; while a computation runs, only the newest request is kept. */
  request(state: ExplorerState): void;
}

/** Name of the performance measure from a request to its charts being drawn, in ms. */
export const slowUpdateMeasureName: string = 'rtsim:explorer-slow-update';

/**
 * Starts a module worker for {@link explorerSlowViews} and returns a client that never queues more than one
 * request: while the worker is busy, a newer state replaces the waiting one, so a dragged slider costs one
 * computation per result drawn, never a backlog. Without workers (or if the worker fails) it computes in
 * the page instead.
 * @param onResult - draws the views; called with the state they belong to
 */
export function slowViewsClient(onResult: (views: ExplorerSlowViews, state: ExplorerState) => void): SlowViewsClient {
  let remote: Remote<SlowApi> | undefined;
  try {
    const worker = new Worker(new URL('./explorer.worker.ts', import.meta.url), { type: 'module', name: 'rtsim-explorer' });
    worker.addEventListener('error', () => {
      remote = undefined;
      worker.terminate();
    });
    remote = wrap<SlowApi>(worker);
  } catch {
    remote = undefined;
  }
  let busy = false;
  let waiting: ExplorerState | undefined;

  async function run(state: ExplorerState): Promise<void> {
    busy = true;
    const start = performance.now();
    let views: ExplorerSlowViews;
    try {
      views = remote ? await remote.explorerSlowViews(state) : explorerSlowViews(state);
    } catch {
      remote = undefined;
      views = explorerSlowViews(state);
    }
    // Drawn even if a newer state is waiting: during a drag the charts then trail by one computation
    // instead of freezing until the drag stops.
    onResult(views, state);
    performance.measure(slowUpdateMeasureName, { start, end: performance.now() });
    busy = false;
    const next = waiting;
    waiting = undefined;
    if (next !== undefined) void run(next);
  }

  return {
    request(state) {
      if (busy) waiting = state;
      else void run(state);
    },
  };
}

// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the adapter's types (see the .d.ts) must reach projects that compile this file from source
/// <reference path="./comlinkNodeAdapter.d.ts" />
import { Worker } from 'node:worker_threads';
import type { Endpoint } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { PoolWorker } from './PoolWorker.js';

type Listener = Parameters<Endpoint['addEventListener']>[1];

/** Young-generation size of each cohort worker's V8 heap, MiB (see nodeSpawn). */
const workerYoungGenerationMb = 1;

/** A failure as nodeSpawn dispatches it: `exitCode` only for an exit before `terminate()`. */
interface FailureEvent {
  readonly type: string;
  readonly message: string;
  readonly error?: unknown;
  readonly exitCode?: number;
}

function deliver(listener: Listener, event: FailureEvent): void {
  if (typeof listener === 'function') listener(event);
  else listener.handleEvent(event);
}

/**
 * Starts one cohort worker thread (`worker_threads`, running the built `cohortWorker.node.js` next to this module)
 * and presents it as a {@link PoolWorker}: messages through comlink's Node adapter; an uncaught exception in the
 * thread, or an exit before `terminate()`, is dispatched as an `error` event whose `message` says what happened
 * (an exit's event also carries its `exitCode`; an out-of-memory thread reports its error, then exits with code 1).
 * Errors that happen before the pool listens are kept and delivered when it does, so none is lost.
 * @param workerUrl - the worker script; default the cohort worker. Another script must expose the same API over
 *   comlink's Node adapter (tests use one that crashes on purpose).
 * @returns the worker (pass `nodeSpawn` as `runPool`'s `spawn`)
 * @remarks Node only. The worker file must be compiled JavaScript (`dist/pool/cohortWorker.node.js`).
 */
export function nodeSpawn(workerUrl: URL = new URL('./cohortWorker.node.js', import.meta.url)): PoolWorker {
  // A small young generation keeps each worker's memory, and so the run's peak resident memory, from growing with the
  // run's length (benchmark B3, docs/performance.md). A worker allocates little on its JavaScript heap but typed
  // arrays for every block, freed only when a scavenge finds them dead; V8 schedules scavenges by the young
  // generation's filling, so its size sets how much dead typed-array memory waits (10⁸ patients, 2 workers, with
  // in-place batches: peak 112–114 MiB at 4 MiB, 100–105 MiB at 1 MiB, same speed; 7 December 2026).
  const worker = new Worker(workerUrl, { resourceLimits: { maxYoungGenerationSizeMb: workerYoungGenerationMb } });
  const messages = nodeEndpoint(worker);
  const errorListeners = new Set<Listener>();
  const missed: FailureEvent[] = [];
  let terminated = false;
  const fail = (event: FailureEvent): void => {
    if (errorListeners.size === 0) missed.push(event);
    for (const listener of errorListeners) deliver(listener, event);
  };
  worker.on('error', (error: unknown) => {
    fail({ type: 'error', message: error instanceof Error ? error.message : String(error), error });
  });
  worker.on('messageerror', (error: unknown) => {
    fail({ type: 'error', message: `a message from the worker could not be read (${String(error)})`, error });
  });
  worker.on('exit', (code: number) => {
    if (!terminated) fail({ type: 'error', message: `the worker thread exited unexpectedly (exit code ${code})`, exitCode: code });
  });
  return {
    postMessage: (message: unknown, transfer?: Parameters<Endpoint['postMessage']>[1]): void => messages.postMessage(message, transfer),
    addEventListener(type: string, listener: Listener): void {
      if (type === 'message') {
        messages.addEventListener(type, listener);
        return;
      }
      if (type !== 'error' && type !== 'messageerror') return;
      errorListeners.add(listener);
      for (const event of missed.splice(0)) deliver(listener, event);
    },
    removeEventListener(type: string, listener: Listener): void {
      if (type === 'message') messages.removeEventListener(type, listener);
      else errorListeners.delete(listener);
    },
    terminate(): void {
      terminated = true;
      void worker.terminate();
    },
  };
}

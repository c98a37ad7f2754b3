import type { Endpoint } from 'comlink';

/**
 * A worker as the pool sees it: a comlink {@link Endpoint} (a Web Worker, or a `worker_threads` Worker behind
 * comlink's Node adapter, see `nodeSpawn`) that can be terminated.
 *
 * Besides `message`, the pool listens for `error` and `messageerror` events: a Web Worker dispatches them when its
 * script fails or throws outside a call; `nodeSpawn` dispatches `error` for an uncaught exception and for an
 * unexpected exit of the thread. The event's `message` (or `error.message`) is quoted in the failure. An exit's
 * event carries the thread's `exitCode`: with code 0 the worker ended cleanly, which is no failure once it has
 * answered every call the pool made (a crash, or an exit with calls unanswered, always fails the run).
 */
export interface PoolWorker extends Endpoint {
  /** Stops the worker at once; pending calls never settle (the pool has rejected them already). */
  terminate(): void;
}

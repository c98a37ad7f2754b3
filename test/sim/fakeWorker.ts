import { MessageChannel } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { createCohortWorkerApi } from '../../packages/sim/src/pool/createCohortWorkerApi.js';
import type { CohortWorkerApi } from '../../packages/sim/src/pool/createCohortWorkerApi.js';
import { exposeCohortWorker } from '../../packages/sim/src/pool/exposeCohortWorker.js';
import type { PoolWorker } from '../../packages/sim/src/pool/PoolWorker.js';

const open: MessagePort[] = [];

/** Closes the ports of every {@link fakeWorker} made so far; register it with `afterEach`. */
export function closeFakeWorkers(): void {
  for (const port of open.splice(0)) port.close();
}

/**
 * A comlink "worker" on one end of a MessageChannel: the real protocol (structured clone, transfer), no thread.
 * @param api - the worker's API (default: the cohort worker's)
 * @returns a PoolWorker for runPool's `spawn`
 */
export function fakeWorker(api: CohortWorkerApi = createCohortWorkerApi()): PoolWorker {
  const { port1, port2 } = new MessageChannel();
  open.push(port1, port2);
  exposeCohortWorker(port2 as never, api);
  return {
    postMessage: (message: unknown, transfer?: readonly unknown[]) => port1.postMessage(message, transfer as never),
    addEventListener: (type: string, listener: unknown) => {
      if (type === 'message') port1.addEventListener('message', listener as never);
    },
    removeEventListener: (type: string, listener: unknown) => {
      if (type === 'message') port1.removeEventListener('message', listener as never);
    },
    start: () => port1.start(),
    terminate: () => {
      port1.close();
      port2.close();
    },
  };
}

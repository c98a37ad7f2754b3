import { expose } from 'comlink';
import type { Endpoint } from 'comlink';
import type { CohortWorkerApi } from './createCohortWorkerApi.js';
import { createCohortWorkerApi } from './createCohortWorkerApi.js';

/**
 * Serves a cohort worker API over comlink on an endpoint: what a worker file does, and what tests do on one end
 * of a MessageChannel to run the pool without threads.
 * @param endpoint - where to listen (default the global scope: `self` in a Web Worker)
 * @param api - the API to serve (default a fresh {@link createCohortWorkerApi})
 * @returns nothing; the endpoint answers calls until it is closed or the worker terminated
 */
export function exposeCohortWorker(endpoint?: Endpoint, api: CohortWorkerApi = createCohortWorkerApi()): void {
  expose(api, endpoint);
}

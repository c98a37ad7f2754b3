import type { PoolWorker } from '@rtsim/sim';

/**
 * Starts one module Web Worker running the sim's cohort worker API: the `spawn` of the sim's pool in the page,
 * shared by trial, two-level and sensitivity runs.
 * @returns the worker (the pool terminates it when the run ends or is cancelled)
 */
export function spawnBrowserWorker(): PoolWorker {
  return new Worker(new URL('./cohort.worker.ts', import.meta.url), { type: 'module', name: 'rtsim-cohort' });
}

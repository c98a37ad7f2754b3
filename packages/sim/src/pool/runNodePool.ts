import type { Accumulator } from '../cohort/createAccumulator.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { defaultWorkerCount } from './defaultWorkerCount.js';
import { nodeSpawn } from './nodeSpawn.js';
import type { PoolProgress } from './PoolProgress.js';
import { runBlocks } from './runBlocks.js';

/** Options of {@link runNodePool}. */
export interface RunNodePoolOptions {
  readonly scenario: ResolvedScenario;
  /** Blocks to simulate (default all). */
  readonly blocks?: readonly number[];
  /** Worker threads (default `defaultWorkerCount()`); 0 runs every block in the calling thread (`runInThread`). */
  readonly workers?: number;
  readonly onProgress?: (progress: PoolProgress) => void;
  readonly signal?: AbortSignal;
}

/**
 * Runs blocks of a scenario in Node: on `workers` worker threads (`runPool` with `nodeSpawn`), or in the calling
 * thread when `workers` is 0. Both give the identical accumulator.
 * @param options - scenario, blocks, worker count, progress callback, abort signal
 * @returns (a promise of) the accumulator of the requested blocks
 * @throws (rejects) as runPool: RangeError for bad arguments, Error naming the block when a worker fails,
 *   AbortError when aborted
 */
export async function runNodePool(options: RunNodePoolOptions): Promise<Accumulator> {
  const { scenario, blocks, onProgress, signal } = options;
  return runBlocks({
    scenario,
    workers: options.workers ?? defaultWorkerCount(),
    spawn: () => nodeSpawn(),
    ...(blocks === undefined ? {} : { blocks }),
    ...(onProgress === undefined ? {} : { onProgress }),
    ...(signal === undefined ? {} : { signal }),
  });
}

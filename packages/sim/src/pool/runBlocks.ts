import type { Accumulator } from '../cohort/createAccumulator.js';
import { blockCount } from '../cohort/blockCount.js';
import { blockSize } from '../cohort/blockSize.js';
import { runInThread } from '../cohort/runInThread.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { PoolWorker } from './PoolWorker.js';
import type { PoolProgress } from './PoolProgress.js';
import { runPool } from './runPool.js';

/** Options of {@link runBlocks}. */
export interface RunBlocksOptions {
  readonly scenario: ResolvedScenario;
  /** Blocks to simulate (default all). */
  readonly blocks?: readonly number[];
  /** Workers, a whole number ≥ 0; 0 runs every block in the calling thread (`runInThread`). */
  readonly workers: number;
  /** Starts one worker running the cohort worker API (`nodeSpawn` in Node, a Web Worker in a page); unused for 0 workers. */
  readonly spawn: () => PoolWorker;
  readonly onProgress?: (progress: PoolProgress) => void;
  readonly signal?: AbortSignal;
}

/**
 * Runs blocks of one scenario on `workers` workers (`runPool`), or in the calling thread when `workers` is 0, with
 * the same progress reports either way. Both give the identical accumulator.
 * @param options - scenario, blocks, worker count and spawn, progress callback, abort signal
 * @returns (a promise of) the accumulator of the requested blocks
 * @throws (rejects) as runPool: RangeError for bad arguments, Error naming the block when a worker fails,
 *   AbortError when aborted
 */
export async function runBlocks(options: RunBlocksOptions): Promise<Accumulator> {
  const { scenario, blocks, workers, spawn, onProgress, signal } = options;
  if (workers !== 0) {
    return runPool({ scenario, workers, spawn, ...(blocks === undefined ? {} : { blocks }), ...(onProgress === undefined ? {} : { onProgress }), ...(signal === undefined ? {} : { signal }) });
  }
  const patients = scenario.patients;
  const all = blocks ?? Array.from({ length: blockCount(patients) }, (_, k) => k);
  const patientsIn = (k: number): number => Math.max(0, Math.min(blockSize, patients - blockSize * k));
  const patientsTotal = all.reduce((sum, k) => sum + patientsIn(k), 0);
  let patientsDone = 0;
  return runInThread(scenario, {
    blocks: all,
    ...(signal === undefined ? {} : { signal }),
    onProgress: (done, total) => {
      patientsDone += patientsIn(all[done - 1]);
      onProgress?.({ blocksDone: done, blocksTotal: total, patientsDone, patientsTotal });
    },
  });
}

import { addAccumulator } from '../cohort/addAccumulator.js';
import { compilePlan } from '../cohort/compilePlan.js';
import type { Accumulator } from '../cohort/createAccumulator.js';
import { createAccumulator } from '../cohort/createAccumulator.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { abortError } from './abortError.js';
import { drivePool } from './drivePool.js';
import type { PoolProgress } from './PoolProgress.js';
import type { PoolWorker } from './PoolWorker.js';

/** Options of {@link runPool}. */
export interface RunPoolOptions {
  /** A validated scenario; every worker compiles the same plan from it. */
  readonly scenario: ResolvedScenario;
  /** Blocks to simulate (a shard, see shardBlocks); default every block of the run. Each index at most once. */
  readonly blocks?: readonly number[];
  /** Workers to start, a whole number ≥ 1 (no more are started than there are blocks). */
  readonly workers: number;
  /** Starts one worker running the cohort worker API (`nodeSpawn` in Node, `() => new Worker(…)` in a browser). */
  readonly spawn: () => PoolWorker;
  /** Called after each batch of blocks is added. */
  readonly onProgress?: (progress: PoolProgress) => void;
  /** Aborting terminates the workers and rejects the run with an AbortError. */
  readonly signal?: AbortSignal;
}

/**
 * Runs blocks of a scenario on a pool of comlink workers and returns their exact totals.
 *
 * The workers are driven by {@link drivePool}: blocks are handed out dynamically in small batches, each worker
 * pulling the next batch as soon as it has finished one, so fast and slow workers stay busy to the end. Each batch
 * comes back as the worker's own accumulator and is added with `addAccumulator`, which is exact and
 * order-independent, so the result is identical to `runInThread` whatever the worker count or timing.
 *
 * Failure is never silent and never partial: a worker that throws inside `computeBlocks`, reports an `error` or
 * `messageerror` event, or exits rejects the whole run with a message naming the worker and the blocks it was on;
 * every worker is terminated first. Aborting the signal terminates the workers and rejects with an AbortError.
 * Workers are always terminated when the run settles.
 * @param options - scenario, blocks, worker count, spawn function, progress callback, abort signal
 * @returns (a promise of) the accumulator of the requested blocks; summarise it with `summarize`, or serialise it
 *   for a shard file
 * @throws (rejects) RangeError for a worker count that is not a whole number ≥ 1 or a block outside the run; Error
 *   naming the block when a worker fails; AbortError when aborted
 */
export async function runPool(options: RunPoolOptions): Promise<Accumulator> {
  const { scenario, workers, spawn, onProgress, signal } = options;
  if (!(Number.isInteger(workers) && workers >= 1)) throw new RangeError(`workers must be a whole number ≥ 1, got ${workers}`);
  if (signal?.aborted === true) throw abortError(signal);
  const plan = compilePlan(scenario);
  const accumulator = createAccumulator(plan);
  const blocks = options.blocks ?? Array.from({ length: plan.blockCount }, (_, k) => k);
  const seen = new Set<number>();
  for (const k of blocks) {
    if (!(Number.isInteger(k) && k >= 0 && k < plan.blockCount)) {
      throw new RangeError(`block ${k} is not part of this run (blocks 0…${plan.blockCount - 1})`);
    }
    if (seen.has(k)) throw new RangeError(`block ${k} is requested twice`);
    seen.add(k);
  }
  await drivePool({
    scenarios: [scenario],
    units: blocks.map((k) => [0, k] as const),
    workers,
    spawn,
    describe: (_, text) => `block ${text}`,
    // In place: a new accumulator per batch was garbage that the main thread kept until its next collection (B3).
    onBatch: (_, __, part) => addAccumulator(accumulator, part),
    ...(onProgress === undefined ? {} : { onProgress }),
    ...(signal === undefined ? {} : { signal }),
  });
  return accumulator;
}

import { wrap } from 'comlink';
import type { Remote } from 'comlink';
import { blockSize } from '../cohort/blockSize.js';
import { compilePlan } from '../cohort/compilePlan.js';
import { mergeAccumulators } from '../cohort/mergeAccumulators.js';
import type { Accumulator } from '../cohort/createAccumulator.js';
import { createAccumulator } from '../cohort/createAccumulator.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { CohortWorkerApi } from './createCohortWorkerApi.js';
import type { PoolWorker } from './PoolWorker.js';

/** Progress of a pool run, reported after each batch of blocks. */
export interface PoolProgress {
  /** Blocks added to the accumulator so far, and blocks requested. */
  readonly blocksDone: number;
  readonly blocksTotal: number;
  /** Virtual patients in the blocks done, and in all blocks requested. */
  readonly patientsDone: number;
  readonly patientsTotal: number;
}

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
 * Blocks a worker takes per request: about eight requests per worker over what remains (so progress stays fine
 * and the last batches balance the load), at most 32 blocks (131,072 patients) and at least one.
 */
function batchSize(remaining: number, workers: number): number {
  return Math.max(1, Math.min(32, Math.floor(remaining / (8 * Math.max(1, workers)))));
}

function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  return new DOMException('the run was cancelled', 'AbortError');
}

function eventMessage(event: unknown): string {
  const { message, error } = (event ?? {}) as { message?: unknown; error?: unknown };
  if (typeof message === 'string' && message !== '') return message;
  if (error instanceof Error) return error.message;
  return 'the worker failed without a message (its script may not have loaded)';
}

/**
 * Runs blocks of a scenario on a pool of comlink workers and returns their exact totals.
 *
 * Blocks are handed out dynamically in small batches: each worker pulls the next batch as soon as it has finished one, so
 * fast and slow workers stay busy to the end. Every partial is added to one accumulator with `addBlock`, which is
 * exact and order-independent, so the result is identical to `runInThread` whatever the worker count or timing.
 *
 * Failure is never silent and never partial: a worker that throws inside `computeBlock`, reports an `error` or
 * `messageerror` event, or exits rejects the whole run with a message naming the worker and the block it was on;
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
  let accumulator = createAccumulator(plan);
  const blocks = options.blocks ?? Array.from({ length: plan.blockCount }, (_, k) => k);
  const seen = new Set<number>();
  for (const k of blocks) {
    if (!(Number.isInteger(k) && k >= 0 && k < plan.blockCount)) {
      throw new RangeError(`block ${k} is not part of this run (blocks 0…${plan.blockCount - 1})`);
    }
    if (seen.has(k)) throw new RangeError(`block ${k} is requested twice`);
    seen.add(k);
  }
  const patientsIn = (k: number): number => Math.min(blockSize, plan.patients - k * blockSize);
  const patientsTotal = blocks.reduce((sum, k) => sum + patientsIn(k), 0);
  if (blocks.length === 0) return accumulator;

  const started: PoolWorker[] = [];
  let settled = false;
  let rejectRun: (error: unknown) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => {
    rejectRun = reject;
  });
  failure.catch(() => undefined); // observed by the race below; this stops an early failure from going unhandled
  const stop = (error?: unknown): void => {
    if (settled) return;
    settled = true;
    for (const worker of started) worker.terminate();
    if (error !== undefined) rejectRun(error);
  };
  const onAbort = (): void => stop(signal === undefined ? new DOMException('the run was cancelled', 'AbortError') : abortError(signal));
  signal?.addEventListener('abort', onAbort, { once: true });

  let next = 0;
  let blocksDone = 0;
  let patientsDone = 0;
  const drive = async (index: number, worker: PoolWorker, remote: Remote<CohortWorkerApi>): Promise<void> => {
    let current: string | undefined;
    const onError = (event: unknown): void => {
      const where = current === undefined ? 'while starting' : `while computing block ${current}`;
      stop(new Error(`worker ${index + 1} of ${started.length} crashed ${where}: ${eventMessage(event)}`));
    };
    worker.addEventListener('error', onError);
    worker.addEventListener('messageerror', onError);
    try {
      await remote.init(scenario);
    } catch (error) {
      throw new Error(`worker ${index + 1} failed to start: ${(error as Error).message ?? String(error)}`, { cause: error });
    }
    while (!settled && next < blocks.length) {
      const batch = blocks.slice(next, next + batchSize(blocks.length - next, started.length));
      next += batch.length;
      current = batch.length === 1 ? `${batch[0]}` : `${batch[0]}…${batch[batch.length - 1]}`;
      let part;
      try {
        part = await remote.computeBlocks(batch);
      } catch (error) {
        throw new Error(`block ${current} failed in worker ${index + 1}: ${(error as Error).message ?? String(error)}`, { cause: error });
      }
      if (settled) return;
      if (!batch.every((k) => part.covered[k] === 1)) throw new Error(`worker ${index + 1} did not return blocks ${current}`);
      accumulator = mergeAccumulators([accumulator, part]);
      blocksDone += batch.length;
      patientsDone += batch.reduce((sum, k) => sum + patientsIn(k), 0);
      onProgress?.({ blocksDone, blocksTotal: blocks.length, patientsDone, patientsTotal });
    }
    current = undefined;
  };

  try {
    const count = Math.min(workers, blocks.length);
    const runs: Promise<void>[] = [];
    for (let i = 0; i < count && !settled; i++) {
      const worker = spawn();
      started.push(worker);
      runs.push(drive(i, worker, wrap<CohortWorkerApi>(worker)));
    }
    // The first failure (a rejected drive, a crash event or the abort) wins; the others are ignored.
    await Promise.race([Promise.all(runs), failure]);
    if (blocksDone !== blocks.length) throw new Error(`the pool stopped after ${blocksDone} of ${blocks.length} blocks`);
    return accumulator;
  } catch (error) {
    stop(error);
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    stop();
  }
}

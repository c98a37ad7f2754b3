import { wrap } from 'comlink';
import type { Remote } from 'comlink';
import { blockSize } from '../cohort/blockSize.js';
import type { Accumulator } from '../cohort/createAccumulator.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { abortError } from './abortError.js';
import type { CohortWorkerApi } from './createCohortWorkerApi.js';
import type { PoolWorker } from './PoolWorker.js';
import type { PoolProgress } from './PoolProgress.js';

/** Options of {@link drivePool}. */
export interface DrivePoolOptions {
  /** The validated scenarios the units refer to (one for runPool, the parameter sets for runScenarioSets). */
  readonly scenarios: readonly ResolvedScenario[];
  /**
   * Work units, (scenario index, block index), each valid and at most once (the caller checks); handed out in this
   * order, in batches of consecutive units of the same scenario.
   */
  readonly units: readonly (readonly [scenario: number, block: number])[];
  /** Workers to start, a whole number ≥ 1 (no more are started than there are units). */
  readonly workers: number;
  /** Starts one worker running the cohort worker API. */
  readonly spawn: () => PoolWorker;
  /**
   * Names a batch in failure messages, e.g. `block 3`, `block 0…7` or `block 4 of set 2`.
   * @param scenario - the batch's scenario index
   * @param blocks - the text of its blocks: `3` for one block, `0…7` for several
   */
  readonly describe: (scenario: number, blocks: string) => string;
  /** Names a scenario when there are several (`set 2`): failures while loading one then say which. */
  readonly scenarioName?: (scenario: number) => string;
  /** Receives each batch's exact accumulator (covering exactly `blocks`), in completion order, before progress. */
  readonly onBatch: (scenario: number, blocks: readonly number[], accumulator: Accumulator) => void;
  /** Called after each batch. */
  readonly onProgress?: (progress: PoolProgress) => void;
  /** Aborting terminates the workers and rejects with an AbortError. */
  readonly signal?: AbortSignal;
}

/**
 * Most blocks in one batch: 128 blocks (524,288 patients, ≈ 0.5 s of one worker on R1). Each batch's accumulator
 * arrives in the main thread as new buffers that stay until its next garbage collection, which in a long run comes
 * every 10–40 s; at 32 blocks those buffers were the main thread's largest transient (benchmark B3,
 * docs/performance.md, "B3 on 7 December").
 */
const maxBatchBlocks = 128;

/**
 * Blocks a worker takes per request: about eight requests per worker over what remains (so progress stays fine
 * and the last batches balance the load), at most {@link maxBatchBlocks} and at least one.
 */
function batchSize(remaining: number, workers: number): number {
  return Math.max(1, Math.min(maxBatchBlocks, Math.floor(remaining / (8 * Math.max(1, workers)))));
}

function eventMessage(event: unknown): string {
  const { message, error } = (event ?? {}) as { message?: unknown; error?: unknown };
  if (typeof message === 'string' && message !== '') return message;
  if (error instanceof Error) return error.message;
  return 'the worker failed without a message (its script may not have loaded)';
}

/** True for an event that reports a worker's exit with code 0 (see PoolWorker): it ended, it did not crash. */
function isCleanExit(event: unknown): boolean {
  return (event as { exitCode?: unknown } | null | undefined)?.exitCode === 0;
}

function errorMessage(error: unknown): string {
  return (error as Error | undefined)?.message ?? String(error);
}

/**
 * Drives a pool of comlink cohort workers over a list of (scenario, block) units: the one mechanism under runPool
 * (the blocks of one scenario) and runScenarioSets (the blocks of many).
 *
 * Units are handed out dynamically in batches of consecutive units of one scenario (`computeBlocks`, so a worker
 * returns one exact accumulator per batch and the main thread's heap stays flat): each worker pulls the next batch
 * as soon as it has finished one, and `init`s its plan only when that batch belongs to another scenario than the
 * last (in scenario-by-scenario order about once per scenario and worker).
 *
 * Failure is never silent and never partial: a worker that throws in `init` or `computeBlocks`, reports an `error`
 * or `messageerror` event, exits, or returns other blocks than asked rejects the whole run with a message naming
 * the worker and the batch (or scenario) it was on; every worker is terminated first. The one exit that is not a
 * failure is a clean one (exit code 0) of a worker that has finished its last batch: its results are all in.
 * Aborting the signal terminates the workers and rejects with an AbortError. Workers are always terminated when the
 * run settles.
 *
 * Each worker's comlink proxy is kept until the run settles: comlink releases the worker's end when the proxy is
 * garbage-collected, and a Node worker whose port is released exits, which a busy pool used to report as a crash.
 * @param options - scenarios, units, worker count and spawn, names for messages, batch and progress callbacks,
 *   abort signal
 * @returns (a promise that resolves) once every unit has been handed to `onBatch`; at once for no units
 * @throws (rejects) Error naming the batch when a worker fails, or what `onBatch` throws; AbortError when aborted
 */
export async function drivePool(options: DrivePoolOptions): Promise<void> {
  const { scenarios, units, workers, spawn, describe, scenarioName, onBatch, onProgress, signal } = options;
  if (signal?.aborted === true) throw abortError(signal);
  if (units.length === 0) return;
  const patientsIn = ([scenario, block]: readonly [number, number]): number =>
    Math.min(blockSize, scenarios[scenario].patients - block * blockSize);
  const patientsTotal = units.reduce((sum, unit) => sum + patientsIn(unit), 0);

  // The remotes are held here until the run settles, beside their workers (see the remark on proxies above).
  const started: { readonly worker: PoolWorker; readonly remote: Remote<CohortWorkerApi> }[] = [];
  let settled = false;
  let rejectRun: (error: unknown) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => {
    rejectRun = reject;
  });
  failure.catch(() => undefined); // observed by the race below; this stops an early failure from going unhandled
  const stop = (error?: unknown): void => {
    if (settled) return;
    settled = true;
    for (const { worker } of started) worker.terminate();
    if (error !== undefined) rejectRun(error);
  };
  const onAbort = (): void => stop(abortError(signal));
  signal?.addEventListener('abort', onAbort, { once: true });

  const count = Math.min(workers, units.length);
  let next = 0;
  let blocksDone = 0;
  let patientsDone = 0;
  /** The next batch: up to batchSize consecutive units, all of the first one's scenario. */
  const take = (): { scenario: number; blocks: number[]; patients: number } => {
    const [scenario] = units[next];
    const end = Math.min(units.length, next + batchSize(units.length - next, count));
    const blocks: number[] = [];
    let patients = 0;
    for (; next < end && units[next][0] === scenario; next++) {
      const unit = units[next];
      blocks.push(unit[1]);
      patients += patientsIn(unit);
    }
    return { scenario, blocks, patients };
  };
  const drive = async (index: number, worker: PoolWorker, remote: Remote<CohortWorkerApi>): Promise<void> => {
    let doing = 'while starting';
    let finished = false;
    const onError = (event: unknown): void => {
      const clean = isCleanExit(event);
      if (clean && finished) return; // every batch it took is in: ending now loses nothing
      const what = clean ? 'exited' : 'crashed';
      stop(new Error(`worker ${index + 1} of ${started.length} ${what} ${doing}: ${eventMessage(event)}`));
    };
    worker.addEventListener('error', onError);
    worker.addEventListener('messageerror', onError);
    let loaded = -1;
    while (!settled && next < units.length) {
      const { scenario, blocks, patients } = take();
      if (scenario !== loaded) {
        if (scenarioName !== undefined) doing = `while loading ${scenarioName(scenario)}`;
        try {
          await remote.init(scenarios[scenario]);
        } catch (error) {
          const what = scenarioName === undefined ? 'failed to start' : `could not load ${scenarioName(scenario)}`;
          throw new Error(`worker ${index + 1} ${what}: ${errorMessage(error)}`, { cause: error });
        }
        loaded = scenario;
        if (settled) return;
      }
      const name = describe(scenario, blocks.length === 1 ? `${blocks[0]}` : `${blocks[0]}…${blocks[blocks.length - 1]}`);
      doing = `while computing ${name}`;
      let part;
      try {
        part = await remote.computeBlocks(blocks);
      } catch (error) {
        throw new Error(`${name} failed in worker ${index + 1}: ${errorMessage(error)}`, { cause: error });
      }
      if (settled) return;
      if (!blocks.every((k) => part.covered[k] === 1)) throw new Error(`worker ${index + 1} did not return ${name}`);
      onBatch(scenario, blocks, part);
      blocksDone += blocks.length;
      patientsDone += patients;
      onProgress?.({ blocksDone, blocksTotal: units.length, patientsDone, patientsTotal });
    }
    doing = 'after its last batch';
    finished = true;
  };

  try {
    const runs: Promise<void>[] = [];
    for (let i = 0; i < count && !settled; i++) {
      const worker = spawn();
      const remote = wrap<CohortWorkerApi>(worker);
      started.push({ worker, remote });
      runs.push(drive(i, worker, remote));
    }
    // The first failure (a rejected drive, a crash event or the abort) wins; the others are ignored.
    await Promise.race([Promise.all(runs), failure]);
    if (blocksDone !== units.length) throw new Error(`the pool stopped after ${blocksDone} of ${units.length} blocks`);
  } catch (error) {
    stop(error);
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    stop();
  }
}

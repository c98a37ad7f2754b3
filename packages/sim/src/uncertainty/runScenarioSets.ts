import { wrap } from 'comlink';
import type { Remote } from 'comlink';
import { addBlock } from '../cohort/addBlock.js';
import { blockCount } from '../cohort/blockCount.js';
import { blockSize } from '../cohort/blockSize.js';
import { compilePlan } from '../cohort/compilePlan.js';
import type { Accumulator } from '../cohort/createAccumulator.js';
import { createAccumulator } from '../cohort/createAccumulator.js';
import type { EnginePlan } from '../cohort/EnginePlan.js';
import { simulateBlock } from '../cohort/simulateBlock.js';
import type { CohortWorkerApi } from '../pool/createCohortWorkerApi.js';
import type { PoolWorker } from '../pool/PoolWorker.js';
import type { PoolProgress } from '../pool/runPool.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';

/** A work unit of a run over several scenarios: block `block` of scenario `set`. */
export type SetBlock = readonly [set: number, block: number];

/** Options of {@link runScenarioSets}. */
export interface RunScenarioSetsOptions {
  /** The scenarios (parameter sets), each validated; a set's blocks follow its own patient count. */
  readonly scenarios: readonly ResolvedScenario[];
  /** Units to simulate (a shard, see shardBlocks over the flattened units); default every block of every set, set by set. */
  readonly units?: readonly SetBlock[];
  /** Worker count; 0 (or no `spawn`) runs every unit in the calling thread. */
  readonly workers: number;
  /** Starts a worker running the cohort worker API (nodeSpawn in Node, a Web Worker in a browser). */
  readonly spawn?: () => PoolWorker;
  readonly onProgress?: (progress: PoolProgress) => void;
  /**
   * Called once a set's requested units are all added, with its accumulator and plan, in completion order. When
   * given, the set's accumulator is handed over and not kept (its entry in the result is undefined), so memory
   * stays bounded by the sets in progress.
   */
  readonly onSetDone?: (set: number, accumulator: Accumulator, plan: EnginePlan) => void;
  /** Aborting stops the workers; the run then rejects with an AbortError. */
  readonly signal?: AbortSignal;
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

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Runs blocks of several scenarios (the parameter sets of a two-level run, or the points of a sensitivity design)
 * on one pool of cohort workers, and returns one exact accumulator per set.
 *
 * Work units are (set, block) pairs, handed out in order to whichever worker is free; a worker re-initialises its
 * plan (`init`, the same cohort worker API runPool uses) only when its next unit belongs to another set, which
 * in set-by-set order happens about once per set and worker. Each unit is simulateBlock of its set's plan and
 * is added with addBlock, exact and order-independent: the accumulators are identical for every worker count,
 * timing and shard split, and identical to running each set alone (`runInThread`).
 * @param options - scenarios, units, worker count and spawn, progress and set-done callbacks, abort signal
 * @returns one accumulator per scenario (empty for a set with no unit requested; undefined for a set handed to
 *   onSetDone)
 * @throws (rejects) RangeError for a unit outside its set or requested twice, or a bad worker count; Error naming
 *   the unit when a worker fails; AbortError when aborted
 */
export async function runScenarioSets(options: RunScenarioSetsOptions): Promise<(Accumulator | undefined)[]> {
  const { scenarios, workers, spawn, onProgress, onSetDone, signal } = options;
  if (!(Number.isInteger(workers) && workers >= 0)) throw new RangeError(`workers must be a whole number ≥ 0, got ${workers}`);
  if (signal?.aborted === true) throw abortError(signal);
  const blocksOf = scenarios.map((scenario) => blockCount(scenario.patients));
  const units: readonly SetBlock[] = options.units ?? scenarios.flatMap((_, set) => Array.from({ length: blocksOf[set] as number }, (_, block): SetBlock => [set, block]));
  const remaining = new Array<number>(scenarios.length).fill(0);
  const seen = new Set<number>();
  const offsets: number[] = [];
  let offset = 0;
  for (const count of blocksOf) {
    offsets.push(offset);
    offset += count;
  }
  for (const [set, block] of units) {
    const count = blocksOf[set];
    if (count === undefined || !Number.isInteger(set)) throw new RangeError(`set ${set} is not part of this run (sets 0…${scenarios.length - 1})`);
    if (!(Number.isInteger(block) && block >= 0 && block < count)) throw new RangeError(`block ${block} is not part of set ${set} (blocks 0…${count - 1})`);
    const key = (offsets[set] as number) + block;
    if (seen.has(key)) throw new RangeError(`block ${block} of set ${set} is requested twice`);
    seen.add(key);
    remaining[set]++;
  }
  const plans = new Array<EnginePlan | undefined>(scenarios.length);
  const accumulators = new Array<Accumulator | undefined>(scenarios.length);
  const planOf = (set: number): EnginePlan => (plans[set] ??= compilePlan(scenarios[set] as ResolvedScenario));
  for (let set = 0; set < scenarios.length; set++) {
    if (remaining[set] === 0) accumulators[set] = createAccumulator(planOf(set));
  }
  const patientsIn = ([set, block]: SetBlock): number => Math.min(blockSize, (scenarios[set] as ResolvedScenario).patients - block * blockSize);
  const patientsTotal = units.reduce((sum, unit) => sum + patientsIn(unit), 0);
  let blocksDone = 0;
  let patientsDone = 0;
  const add = (set: number, partial: Parameters<typeof addBlock>[1]): void => {
    const plan = planOf(set);
    const accumulator = (accumulators[set] ??= createAccumulator(plan));
    addBlock(accumulator, partial);
    blocksDone++;
    patientsDone += partial.patients;
    if (--(remaining[set] as number) === 0) {
      if (onSetDone !== undefined) {
        accumulators[set] = undefined;
        plans[set] = undefined;
        onSetDone(set, accumulator, plan);
      }
    }
    onProgress?.({ blocksDone, blocksTotal: units.length, patientsDone, patientsTotal });
  };

  if (workers === 0 || spawn === undefined) {
    let lastYield = Date.now();
    for (const [set, block] of units) {
      signal?.throwIfAborted();
      add(set, simulateBlock(planOf(set), block));
      // Hand the event loop back now and then, so that a page stays responsive and an abort can arrive.
      if (Date.now() - lastYield >= 50) {
        await nextTask();
        lastYield = Date.now();
      }
    }
    signal?.throwIfAborted();
    return accumulators;
  }
  if (units.length === 0) return accumulators;

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
  const drive = async (index: number, worker: PoolWorker, remote: Remote<CohortWorkerApi>): Promise<void> => {
    let current: SetBlock | undefined;
    let loaded = -1;
    const onError = (event: unknown): void => {
      const where = current === undefined ? 'while starting' : `while computing block ${current[1]} of set ${current[0]}`;
      stop(new Error(`worker ${index + 1} of ${started.length} crashed ${where}: ${eventMessage(event)}`));
    };
    worker.addEventListener('error', onError);
    worker.addEventListener('messageerror', onError);
    while (!settled && next < units.length) {
      current = units[next++] as SetBlock;
      const [set, block] = current;
      if (set !== loaded) {
        try {
          await remote.init(scenarios[set] as ResolvedScenario);
        } catch (error) {
          throw new Error(`worker ${index + 1} could not load set ${set}: ${(error as Error).message ?? String(error)}`, { cause: error });
        }
        loaded = set;
        if (settled) return;
      }
      let partial;
      try {
        partial = await remote.computeBlock(block);
      } catch (error) {
        throw new Error(`block ${block} of set ${set} failed in worker ${index + 1}: ${(error as Error).message ?? String(error)}`, { cause: error });
      }
      if (settled) return;
      if (partial.blockIndex !== block) throw new Error(`worker ${index + 1} returned block ${partial.blockIndex} when asked for block ${block}`);
      add(set, partial);
    }
    current = undefined;
  };

  try {
    const count = Math.min(workers, units.length);
    const runs: Promise<void>[] = [];
    for (let i = 0; i < count && !settled; i++) {
      const worker = spawn();
      started.push(worker);
      runs.push(drive(i, worker, wrap<CohortWorkerApi>(worker)));
    }
    await Promise.race([Promise.all(runs), failure]);
    if (blocksDone !== units.length) throw new Error(`the pool stopped after ${blocksDone} of ${units.length} blocks`);
    return accumulators;
  } catch (error) {
    stop(error);
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    stop();
  }
}

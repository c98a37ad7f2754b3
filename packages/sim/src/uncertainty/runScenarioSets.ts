import { addBlock } from '../cohort/addBlock.js';
import { blockCount } from '../cohort/blockCount.js';
import { blockSize } from '../cohort/blockSize.js';
import { compilePlan } from '../cohort/compilePlan.js';
import type { Accumulator } from '../cohort/createAccumulator.js';
import { createAccumulator } from '../cohort/createAccumulator.js';
import type { EnginePlan } from '../cohort/EnginePlan.js';
import { addAccumulator } from '../cohort/addAccumulator.js';
import { simulateBlock } from '../cohort/simulateBlock.js';
import { abortError } from '../pool/abortError.js';
import { drivePool } from '../pool/drivePool.js';
import type { PoolWorker } from '../pool/PoolWorker.js';
import type { PoolProgress } from '../pool/PoolProgress.js';
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

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Runs blocks of several scenarios (the parameter sets of a two-level run, or the points of a sensitivity design)
 * on one pool of cohort workers, and returns one exact accumulator per set.
 *
 * Work units are (set, block) pairs. On workers they are driven by {@link drivePool}, the mechanism under runPool:
 * handed out in order, in batches of consecutive blocks of one set, to whichever worker is free; a worker
 * re-initialises its plan (`init`) only when its next batch belongs to another set, which in set-by-set order
 * happens about once per set and worker. A batch comes back as the worker's exact accumulator and is merged into
 * its set's with addAccumulator (in place); in the calling thread each unit is simulateBlock of its set's plan, added with
 * addBlock. Both are exact and order-independent: the accumulators are identical for every worker count, timing,
 * batching and shard split, and identical to running each set alone (`runInThread`).
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
  const units: readonly SetBlock[] = options.units ?? scenarios.flatMap((_, set) => Array.from({ length: blocksOf[set] }, (_, block): SetBlock => [set, block]));
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
    const key = offsets[set] + block;
    if (seen.has(key)) throw new RangeError(`block ${block} of set ${set} is requested twice`);
    seen.add(key);
    remaining[set]++;
  }
  const plans = new Array<EnginePlan | undefined>(scenarios.length);
  const accumulators = new Array<Accumulator | undefined>(scenarios.length);
  const planOf = (set: number): EnginePlan => (plans[set] ??= compilePlan(scenarios[set]));
  for (let set = 0; set < scenarios.length; set++) {
    if (remaining[set] === 0) accumulators[set] = createAccumulator(planOf(set));
  }
  /** Called once a set's requested units are all in: hands it to onSetDone, which then owns it. */
  const handOver = (set: number, accumulator: Accumulator, plan: EnginePlan): void => {
    if (onSetDone === undefined) return;
    accumulators[set] = undefined;
    plans[set] = undefined;
    onSetDone(set, accumulator, plan);
  };

  if (workers === 0 || spawn === undefined) {
    const patientsTotal = units.reduce((sum, [set, block]) => sum + Math.min(blockSize, scenarios[set].patients - block * blockSize), 0);
    let patientsDone = 0;
    let lastYield = Date.now();
    for (const [index, [set, block]] of units.entries()) {
      signal?.throwIfAborted();
      const plan = planOf(set);
      const accumulator = (accumulators[set] ??= createAccumulator(plan));
      const partial = simulateBlock(plan, block);
      addBlock(accumulator, partial);
      patientsDone += partial.patients;
      if (--remaining[set] === 0) handOver(set, accumulator, plan);
      onProgress?.({ blocksDone: index + 1, blocksTotal: units.length, patientsDone, patientsTotal });
      // Hand the event loop back now and then, so that a page stays responsive and an abort can arrive.
      if (Date.now() - lastYield >= 50) {
        await nextTask();
        lastYield = Date.now();
      }
    }
    signal?.throwIfAborted();
    return accumulators;
  }

  await drivePool({
    scenarios,
    units,
    workers,
    spawn,
    describe: (set, blocks) => `block ${blocks} of set ${set}`,
    scenarioName: (set) => `set ${set}`,
    onBatch: (set, blocks, part) => {
      const plan = planOf(set);
      const accumulator = (accumulators[set] ??= createAccumulator(plan));
      addAccumulator(accumulator, part); // in place: a new accumulator per batch was garbage (B3)
      remaining[set] = remaining[set] - blocks.length;
      if (remaining[set] === 0) handOver(set, accumulator, plan);
    },
    ...(onProgress === undefined ? {} : { onProgress }),
    ...(signal === undefined ? {} : { signal }),
  });
  return accumulators;
}

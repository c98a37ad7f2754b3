import { transfer } from 'comlink';
import { addBlock } from '../cohort/addBlock.js';
import type { BlockPartial } from '../cohort/BlockPartial.js';
import { compilePlan } from '../cohort/compilePlan.js';
import type { Accumulator } from '../cohort/createAccumulator.js';
import { createAccumulator } from '../cohort/createAccumulator.js';
import type { EnginePlan } from '../cohort/EnginePlan.js';
import { simulateBlock } from '../cohort/simulateBlock.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';

/** What a cohort worker exposes over comlink. */
export interface CohortWorkerApi {
  /**
   * Compiles the scenario once for every later block (the same plan in every worker: compiling is deterministic).
   * @param scenario - a validated scenario (plain data, structured-cloned into the worker)
   * @throws RangeError when the scenario is structurally unusable (see compilePlan)
   */
  init(scenario: ResolvedScenario): void;
  /**
   * Simulates one block; its typed arrays are moved back to the caller with comlink's `transfer`, never copied.
   * @param blockIndex - block k, a whole number in [0, blockCount)
   * @throws Error before `init`; RangeError for a block outside the run
   */
  computeBlock(blockIndex: number): BlockPartial;
  /**
   * Simulates several blocks into one exact accumulator inside the worker, so a run sends one message per batch
   * instead of one per block (fewer round trips, and the main thread's heap stays flat at 10⁸ patients). The
   * accumulation is exact and order-independent, so batching never changes a result.
   * @param blockIndices - distinct blocks of the run
   * @throws Error before `init`; RangeError for a block outside the run
   */
  computeBlocks(blockIndices: readonly number[]): Accumulator;
}

/**
 * The API a cohort worker exposes: all the worker's logic, as a plain object testable without a worker. The worker
 * files (`cohortWorker.node.ts` for Node, the viewer's `runner/cohort.worker.ts` in the browser) only `expose` it.
 * @returns a fresh API holding its own compiled plan
 */
export function createCohortWorkerApi(): CohortWorkerApi {
  let plan: EnginePlan | undefined;
  return {
    init(scenario: ResolvedScenario): void {
      plan = compilePlan(scenario);
    },
    computeBlock(blockIndex: number): BlockPartial {
      if (plan === undefined) throw new Error('the cohort worker was asked for a block before init(scenario)');
      const partial = simulateBlock(plan, blockIndex);
      return transfer(partial, [partial.sums.buffer, partial.counts.buffer]);
    },
    computeBlocks(blockIndices: readonly number[]): Accumulator {
      if (plan === undefined) throw new Error('the cohort worker was asked for blocks before init(scenario)');
      const accumulator = createAccumulator(plan);
      for (const k of blockIndices) addBlock(accumulator, simulateBlock(plan, k));
      return transfer(accumulator, [accumulator.counts.buffer, accumulator.covered.buffer]);
    },
  };
}

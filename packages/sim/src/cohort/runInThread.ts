import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { addBlock } from './addBlock.js';
import { compilePlan } from './compilePlan.js';
import type { Accumulator } from './createAccumulator.js';
import { createAccumulator } from './createAccumulator.js';
import { simulateBlock } from './simulateBlock.js';

/** Options of {@link runInThread}. */
export interface RunInThreadOptions {
  /** Blocks to simulate (a shard, see shardBlocks); default every block of the run, in order. */
  readonly blocks?: readonly number[];
  /** Called after each block with the blocks done and the blocks requested. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Aborts between blocks; the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/** Hand the event loop back this often, so that a page stays responsive and an abort can arrive. */
const yieldEveryMilliseconds = 50;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Runs blocks of a scenario in the current thread: the reference path, which a worker pool must reproduce
 * bit for bit (it calls the same {@link simulateBlock} and {@link addBlock}). Summarise a complete run with
 * `summarize(accumulator, compilePlan(scenario), meta)`, or serialise a shard with serializeAccumulator.
 * @param scenario - a validated scenario
 * @param options - blocks (default all), progress callback, abort signal
 * @returns the accumulator of the requested blocks
 * @throws (rejects) the signal's reason when aborted; RangeError for a block outside the run
 */
export async function runInThread(scenario: ResolvedScenario, options: RunInThreadOptions = {}): Promise<Accumulator> {
  const plan = compilePlan(scenario);
  const accumulator = createAccumulator(plan);
  const blocks = options.blocks ?? Array.from({ length: plan.blockCount }, (_, k) => k);
  const { onProgress, signal } = options;
  let lastYield = Date.now();
  for (const [done, block] of blocks.entries()) {
    signal?.throwIfAborted();
    addBlock(accumulator, simulateBlock(plan, block));
    onProgress?.(done + 1, blocks.length);
    if (Date.now() - lastYield >= yieldEveryMilliseconds) {
      await nextTask();
      lastYield = Date.now();
    }
  }
  signal?.throwIfAborted();
  return accumulator;
}

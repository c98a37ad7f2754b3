import type { EnginePlan } from './EnginePlan.js';
import type { PartialLayout } from './partialLayout.js';

/**
 * Running totals of a run, or of one shard of it: block partials added exactly, so the totals do not depend on
 * the order blocks arrive in, on the worker count or on the shard split.
 * - `sums`: float sums as fixed-point integers (round(x·2⁴⁰) of each block's sum, added as BigInt);
 * - `counts`: whole-number counts added as doubles (exact below 2⁵³);
 * - `covered[k]` = 1 once block k has been added (a block is never added twice).
 * Layout of `sums` and `counts`: `layout` (see {@link PartialLayout}).
 */
export interface Accumulator {
  /** Fingerprint of the scenario (see EnginePlan): accumulators of different scenarios never merge. */
  readonly fingerprint: string;
  readonly seed: number;
  readonly patients: number;
  readonly blockCount: number;
  readonly layout: PartialLayout;
  readonly sums: bigint[];
  readonly counts: Float64Array;
  readonly covered: Uint8Array;
}

/**
 * An empty accumulator for a plan: all sums and counts 0, no block covered.
 * @param plan - from {@link compilePlan}
 * @returns a new accumulator (mutated in place by {@link addBlock})
 */
export function createAccumulator(plan: EnginePlan): Accumulator {
  return {
    fingerprint: plan.fingerprint,
    seed: plan.seed,
    patients: plan.patients,
    blockCount: plan.blockCount,
    layout: plan.layout,
    sums: Array.from({ length: plan.layout.sumLength }, () => 0n),
    counts: new Float64Array(plan.layout.countLength),
    covered: new Uint8Array(plan.blockCount),
  };
}

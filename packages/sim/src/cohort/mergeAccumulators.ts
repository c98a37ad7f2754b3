import { addAccumulator } from './addAccumulator.js';
import type { Accumulator } from './createAccumulator.js';

/**
 * Combines accumulators of disjoint sets of blocks of the same run (shards, or workers), exactly: the result
 * equals the accumulator of one run over the union of their blocks, whatever the order or grouping (sums and counts
 * added; the `doseExtremes` section, when present, by maximum: {@link addAccumulator} into a new accumulator).
 * @param accumulators - one or more accumulators of the same scenario (equal fingerprints), covering disjoint
 *   blocks; they are not modified
 * @returns a new accumulator
 * @throws Error when the list is empty, the scenarios differ, or a block is covered twice (overlapping shards)
 */
export function mergeAccumulators(accumulators: readonly Accumulator[]): Accumulator {
  const [first] = accumulators;
  if (first === undefined) throw new Error('mergeAccumulators: nothing to merge');
  const merged: Accumulator = {
    fingerprint: first.fingerprint,
    seed: first.seed,
    patients: first.patients,
    blockCount: first.blockCount,
    layout: first.layout,
    sums: Array.from({ length: first.sums.length }, () => 0n),
    counts: new Float64Array(first.counts.length),
    covered: new Uint8Array(first.blockCount),
  };
  for (const [index, part] of accumulators.entries()) addAccumulator(merged, part, index + 1);
  return merged;
}

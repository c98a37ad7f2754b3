import { mergeFixedPoint } from '../stats/mergeFixedPoint.js';
import { combineExtremes } from './combineExtremes.js';
import type { Accumulator } from './createAccumulator.js';

/**
 * Combines accumulators of disjoint sets of blocks of the same run (shards, or workers), exactly: the result
 * equals the accumulator of one run over the union of their blocks, whatever the order or grouping (sums and counts
 * added; the `doseExtremes` section, when present, by maximum).
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
  for (const [index, part] of accumulators.entries()) {
    if (part.fingerprint !== first.fingerprint || part.blockCount !== first.blockCount || part.sums.length !== first.sums.length) {
      throw new Error(`part ${index + 1} comes from a different scenario, seed or patient count (fingerprint ${part.fingerprint}, expected ${first.fingerprint})`);
    }
    for (let k = 0; k < part.covered.length; k++) {
      if (part.covered[k] !== 1) continue;
      if (merged.covered[k] === 1) throw new Error(`block ${k} is covered by more than one part: the shards overlap`);
      merged.covered[k] = 1;
    }
    const { layout } = merged;
    const previous = merged.sums.slice(layout.doseExtremes, layout.markerSums);
    const previousPatients = merged.counts[layout.validPatients];
    mergeFixedPoint(merged.sums, part.sums);
    for (let i = 0; i < merged.counts.length; i++) merged.counts[i] += part.counts[i];
    if (previous.length > 0) {
      combineExtremes(layout, merged.sums, previous, previousPatients, part.sums.slice(layout.doseExtremes, layout.markerSums), part.counts[layout.validPatients]);
    }
  }
  return merged;
}

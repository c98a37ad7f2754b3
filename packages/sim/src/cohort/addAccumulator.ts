import { mergeFixedPoint } from '../stats/mergeFixedPoint.js';
import { combineExtremes } from './combineExtremes.js';
import type { Accumulator } from './createAccumulator.js';

/**
 * Adds one accumulator into another of the same run, in place: blocks covered, fixed-point sums and counts added,
 * the `doseExtremes` section (when present) combined by maximum. Exact and order-independent, so adding parts one
 * by one gives the same totals as {@link mergeAccumulators} over all of them (which is built on this).
 * @param target - the running totals, modified
 * @param part - another accumulator of the same scenario (equal fingerprint), covering blocks the target does not;
 *   not modified
 * @param index - the part's position among several, 1-based, for the error message (omitted: a single part)
 * @returns nothing
 * @throws Error when the scenarios differ, or a block is covered by both (overlapping shards); the target is then
 *   unchanged
 * @remarks Why in place: a pool merges one batch after another, and a new accumulator per batch was garbage the
 *   main thread kept until its next collection (benchmark B3, docs/performance.md).
 */
export function addAccumulator(target: Accumulator, part: Accumulator, index?: number): void {
  if (part.fingerprint !== target.fingerprint || part.blockCount !== target.blockCount || part.sums.length !== target.sums.length) {
    const which = index === undefined ? 'the part' : `part ${index}`;
    throw new Error(`${which} comes from a different scenario, seed or patient count (fingerprint ${part.fingerprint}, expected ${target.fingerprint})`);
  }
  // Every check before the first write, so that a refused part leaves the totals as they were.
  for (let k = 0; k < part.covered.length; k++) {
    if (part.covered[k] === 1 && target.covered[k] === 1) throw new Error(`block ${k} is covered by more than one part: the shards overlap`);
  }
  for (let k = 0; k < part.covered.length; k++) if (part.covered[k] === 1) target.covered[k] = 1;
  const { layout } = target;
  const previous = target.sums.slice(layout.doseExtremes, layout.markerSums);
  const previousPatients = target.counts[layout.validPatients];
  mergeFixedPoint(target.sums, part.sums);
  for (let i = 0; i < target.counts.length; i++) target.counts[i] += part.counts[i];
  if (previous.length > 0) {
    combineExtremes(layout, target.sums, previous, previousPatients, part.sums.slice(layout.doseExtremes, layout.markerSums), part.counts[layout.validPatients]);
  }
}

import { addFixedPoint } from '../stats/addFixedPoint.js';
import { toFixedPoint } from '../stats/toFixedPoint.js';
import { combineExtremes } from './combineExtremes.js';
import type { BlockPartial } from './BlockPartial.js';
import type { Accumulator } from './createAccumulator.js';

/**
 * Adds one block's partial to an accumulator, in place: counts as whole numbers, float sums converted to fixed
 * point (round(x·2⁴⁰)) and added as BigInt. Both additions are exact and associative, so the totals are the same
 * for every order of blocks. The `doseExtremes` section (when present) is combined by maximum (combineExtremes).
 * @param accumulator - from {@link createAccumulator} (or parsed from a shard file), modified
 * @param partial - from {@link simulateBlock} for the same plan
 * @returns nothing
 * @throws RangeError when the block index is outside the run, the block was already added, or the array lengths
 *   do not match the accumulator's layout (a partial of another scenario)
 */
export function addBlock(accumulator: Accumulator, partial: BlockPartial): void {
  const { blockIndex } = partial;
  if (!(Number.isInteger(blockIndex) && blockIndex >= 0 && blockIndex < accumulator.blockCount)) {
    throw new RangeError(`block ${blockIndex} is not part of this run (blocks 0…${accumulator.blockCount - 1})`);
  }
  if (accumulator.covered[blockIndex] === 1) throw new RangeError(`block ${blockIndex} was added twice`);
  const { sums, counts } = accumulator;
  if (partial.sums.length !== sums.length || partial.counts.length !== counts.length) {
    throw new RangeError(`block ${blockIndex} has a different layout: it was simulated from another scenario`);
  }
  const { layout } = accumulator;
  const extremes = layout.markerSums - layout.doseExtremes; // 0 unless the prescribed dose is reported
  const previous = extremes === 0 ? [] : sums.slice(layout.doseExtremes, layout.markerSums);
  const previousPatients = counts[layout.validPatients];
  addFixedPoint(sums, partial.sums);
  for (let i = 0; i < counts.length; i++) counts[i] += partial.counts[i];
  if (extremes > 0) {
    const source = Array.from(partial.sums.subarray(layout.doseExtremes, layout.markerSums), toFixedPoint);
    combineExtremes(layout, sums, previous, previousPatients, source, partial.counts[layout.validPatients]);
  }
  accumulator.covered[blockIndex] = 1;
}

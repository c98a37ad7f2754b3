import type { ShardSplit } from './ShardSplit.js';

/**
 * The blocks of shard k of n, by one of two splits (see {@link ShardSplit}):
 * - `strided` (default): k, k + n, k + 2n, … below `blocks`, so every shard gets a similar mix of early and late
 *   blocks;
 * - `contiguous`: the range start(k) … start(k + 1) − 1 with start(k) = k·⌊B/n⌋ + min(k, B mod n), B = `blocks`:
 *   the first B mod n shards get ⌈B/n⌉ blocks, the others ⌊B/n⌋.
 *
 * Both give the shards sizes that differ by at most one block and cover 0 … B − 1 exactly once; in both, shard
 * k is empty exactly when k ≥ B.
 * @param blocks - B, total block count (see {@link blockCount}), a whole number ≥ 0
 * @param shard - k, 0-based shard index, 0 ≤ k < n
 * @param shards - n, number of shards, a whole number ≥ 1
 * @param split - how the blocks are divided among the shards (default `strided`)
 * @returns the block indices, ascending (empty when k ≥ B)
 * @throws RangeError when the arguments are not whole numbers in range or the split is unknown (a shard request
 *   is user input)
 */
export function shardBlocks(blocks: number, shard: number, shards: number, split: ShardSplit = 'strided'): number[] {
  if (!(Number.isInteger(blocks) && blocks >= 0)) throw new RangeError(`block count must be a whole number ≥ 0, got ${blocks}`);
  if (!(Number.isInteger(shards) && shards >= 1)) throw new RangeError(`shard count must be a whole number ≥ 1, got ${shards}`);
  if (!(Number.isInteger(shard) && shard >= 0 && shard < shards)) {
    throw new RangeError(`shard index must be a whole number in 0…${shards - 1}, got ${shard}`);
  }
  const result: number[] = [];
  if (split === 'strided') {
    for (let block = shard; block < blocks; block += shards) result.push(block);
  } else if (split === 'contiguous') {
    const base = Math.floor(blocks / shards);
    const larger = blocks % shards; // shards 0 … larger − 1 take base + 1 blocks
    const start = shard * base + Math.min(shard, larger);
    const end = start + base + (shard < larger ? 1 : 0);
    for (let block = start; block < end; block++) result.push(block);
  } else {
    throw new RangeError(`split must be 'strided' or 'contiguous', got '${String(split)}'`);
  }
  return result;
}

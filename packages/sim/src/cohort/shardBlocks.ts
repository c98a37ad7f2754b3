/**
 * The blocks of shard k of n: k, k + n, k + 2n, … below `blocks` (a stride, so every shard gets a similar mix
 * of early and late blocks and all shards but the last-hit ones have equal work).
 * @param blocks - total block count (see {@link blockCount}), a whole number ≥ 0
 * @param shard - k, 0-based shard index, 0 ≤ k < n
 * @param shards - n, number of shards, a whole number ≥ 1
 * @returns the block indices, ascending (empty when k ≥ blocks)
 * @throws RangeError when the arguments are not whole numbers in range (a shard request is user input)
 */
export function shardBlocks(blocks: number, shard: number, shards: number): number[] {
  if (!(Number.isInteger(blocks) && blocks >= 0)) throw new RangeError(`block count must be a whole number ≥ 0, got ${blocks}`);
  if (!(Number.isInteger(shards) && shards >= 1)) throw new RangeError(`shard count must be a whole number ≥ 1, got ${shards}`);
  if (!(Number.isInteger(shard) && shard >= 0 && shard < shards)) {
    throw new RangeError(`shard index must be a whole number in 0…${shards - 1}, got ${shard}`);
  }
  const result: number[] = [];
  for (let block = shard; block < blocks; block += shards) result.push(block);
  return result;
}

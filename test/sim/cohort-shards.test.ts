import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shardBlocks } from '../../packages/sim/src/cohort/shardBlocks.js';
import type { ShardSplit } from '../../packages/sim/src/cohort/ShardSplit.js';
import { shardSplits } from '../../packages/sim/src/cohort/ShardSplit.js';

// Bounds: up to 3000 blocks (1.2·10⁷ patients) and 200 shards cover real clusters, with many cases where
// N > B (empty shards) and where B mod N takes every value; larger values only slow the properties down.
const blockCounts = fc.integer({ min: 0, max: 3000 });
const shardCounts = fc.integer({ min: 1, max: 200 });
const splits = fc.constantFrom(...shardSplits);

/** Every shard's blocks, shard 0 first. */
const allShards = (blocks: number, shards: number, split: ShardSplit): number[][] => Array.from({ length: shards }, (_, k) => shardBlocks(blocks, k, shards, split));

describe('shardBlocks(blocks, shard, shards, split)', () => {
  it('shardBlocks(10, k, 4, "contiguous") gives the ranges 0–2, 3–5, 6–7, 8–9', () => {
    expect(allShards(10, 4, 'contiguous')).toEqual([[0, 1, 2], [3, 4, 5], [6, 7], [8, 9]]);
    expect(allShards(10, 4, 'strided')).toEqual([[0, 4, 8], [1, 5, 9], [2, 6], [3, 7]]);
    expect(allShards(3, 5, 'contiguous')).toEqual([[0], [1], [2], [], []]);
    expect(shardBlocks(0, 0, 1, 'contiguous')).toEqual([]);
    expect(shardBlocks(7, 0, 1, 'contiguous')).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('the split defaults to strided', () => {
    expect(shardBlocks(10, 1, 4)).toEqual(shardBlocks(10, 1, 4, 'strided'));
  });

  it('the shards of either split cover every block exactly once (a partition of 0 … B − 1)', () => {
    fc.assert(
      fc.property(blockCounts, shardCounts, splits, (blocks, shards, split) => {
        const all = allShards(blocks, shards, split).flat().sort((x, y) => x - y);
        return all.length === blocks && all.every((block, i) => block === i);
      }),
    );
  });

  it('the shards of either split differ in size by at most one block, and shard k is empty exactly when k ≥ B', () => {
    fc.assert(
      fc.property(blockCounts, shardCounts, splits, (blocks, shards, split) => {
        const sizes = allShards(blocks, shards, split).map((list) => list.length);
        return Math.max(...sizes) - Math.min(...sizes) <= 1 && sizes.every((size, k) => (size === 0) === (k >= blocks));
      }),
    );
  });

  it('a contiguous shard is one ascending run of consecutive blocks, and shard k + 1 starts where shard k ends', () => {
    fc.assert(
      fc.property(blockCounts, shardCounts, (blocks, shards) => {
        let next = 0;
        for (const list of allShards(blocks, shards, 'contiguous')) {
          if (!list.every((block, i) => block === next + i)) return false;
          next += list.length;
        }
        return next === blocks;
      }),
    );
  });

  it('refuses bad arguments with a RangeError naming them', () => {
    expect(() => shardBlocks(10, 4, 4, 'contiguous')).toThrow(/shard index must be a whole number in 0…3, got 4/);
    expect(() => shardBlocks(10, 0, 0, 'contiguous')).toThrow(/shard count must be a whole number ≥ 1, got 0/);
    expect(() => shardBlocks(-1, 0, 1, 'contiguous')).toThrow(/block count must be a whole number ≥ 0, got -1/);
    expect(() => shardBlocks(10, 0, 2, 'diagonal' as ShardSplit)).toThrow(/split must be 'strided' or 'contiguous', got 'diagonal'/);
  });
});

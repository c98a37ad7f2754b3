/**
 * How `rtsim run --shard K/N` divides a run's blocks among its N shards (docs/sharding.md):
 * - `strided`: shard K takes blocks K − 1, K − 1 + N, K − 1 + 2N, … (the default);
 * - `contiguous`: shard K takes one run of consecutive blocks, the first B mod N shards one block more than the
 *   others (B blocks in all), so shard K holds one range of patients.
 *
 * Either way the N shards cover every block exactly once, and shard K has no block exactly when K > B.
 */
export type ShardSplit = 'strided' | 'contiguous';

/** Every {@link ShardSplit}, the default first: the words `--split` accepts. */
export const shardSplits: readonly ShardSplit[] = ['strided', 'contiguous'];

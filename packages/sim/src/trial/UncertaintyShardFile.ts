import type { ShardFileCommon } from './ShardFileCommon.js';
import type { AccumulatorFile } from '../cohort/serializeAccumulator.js';

/**
 * The body of `partial-K-of-N.json` for a scenario with parameter uncertainty, written by
 * `rtsim run FILE --shard K/N` and read by `rtsim merge` (docs/uncertainty.md). A two-level run's work units are
 * (set, block) pairs, set 0 the nominal parameter set and set 1 + k draw k; shard K of N takes the units
 * K − 1, K − 1 + N, … of the list ordered set by set (with `--split contiguous`, one range of consecutive
 * units). The file holds the exact accumulator of every set the shard touched (null for the others), so merge can
 * combine each set across shards and summarise the whole run.
 */
export interface UncertaintyShardFile extends ShardFileCommon {
  readonly format: 'rtsim-uncertainty-shard';
  /** K, the parameter sets drawn (the run has K + 1 sets). */
  readonly draws: number;
  /** One entry per set (K + 1): its serialised accumulator, or null when the shard has none of its blocks. */
  readonly accumulators: readonly (AccumulatorFile | null)[];
}

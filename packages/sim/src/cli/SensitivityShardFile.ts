import type { ShardFileCommon } from '../trial/ShardFileCommon.js';
import type { AccumulatorFile } from '../cohort/serializeAccumulator.js';
import type { SensitivitySettings } from '../sensitivity/SensitivitySettings.js';

/**
 * The body of `sensitivity-partial-K-of-N.json`, written by `rtsim sensitivity FILE --shard K/N` and read by
 * `rtsim merge` (docs/sharding.md). A sensitivity analysis's work units are (evaluation, block) pairs over the
 * evaluations of sensitivityDesign (the 2d + 1 tornado points, then the N(d + 2) Saltelli rows), each a cohort of
 * `analysis.patients` patients; shard K of N takes the units of shardBlocks over that list ordered evaluation by
 * evaluation, as a two-level run's shards do over its parameter sets. The file holds the exact accumulator of
 * every evaluation the shard touched (null for the others), so merge can finish each evaluation across shards
 * and compute the tornado and Sobol indices of the whole analysis.
 */
export interface SensitivityShardFile extends ShardFileCommon {
  readonly format: 'rtsim-sensitivity-shard';
  /** Output, measure, N, patients per evaluation and bootstrap resamples: the options that decide the result. */
  readonly analysis: SensitivitySettings;
  /** One entry per evaluation: its serialised accumulator, or null when the shard has none of its blocks. */
  readonly accumulators: readonly (AccumulatorFile | null)[];
}

import type { ShardFileCommon } from './ShardFileCommon.js';
import type { AccumulatorFile } from '../cohort/serializeAccumulator.js';

/**
 * The body of `partial-K-of-N.json`, written by `rtsim run FILE --shard K/N` and read by `rtsim merge`
 * (docs/sharding.md). It carries everything merge needs to write the same files a single run writes: the exact
 * totals of the shard's blocks, the resolved scenario they were simulated from, its hash, seed and patient count,
 * the scenario file's text (for the report) and the rtsim version.
 */
export interface ShardFile extends ShardFileCommon {
  readonly format: 'rtsim-shard';
  /** The serialised accumulator of the shard's blocks. */
  readonly accumulator: AccumulatorFile;
}

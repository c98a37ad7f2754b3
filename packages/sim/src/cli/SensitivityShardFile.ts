import type { LibraryRelease } from '@rtsim/core';
import type { AccumulatorFile } from '../cohort/serializeAccumulator.js';
import type { ShardSplit } from '../cohort/ShardSplit.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
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
export interface SensitivityShardFile {
  readonly format: 'rtsim-sensitivity-shard';
  /** 2, as the other shard files (they all carry `checksum`). */
  readonly formatVersion: 2;
  readonly rtsim: string;
  /** Model version and parameter library, as in `ShardFile`. */
  readonly model: number;
  readonly library: LibraryRelease;
  /** `scenarioHash` of `scenario`, as sensitivity.json records it. */
  readonly scenarioHash: string;
  /** The scenario's own seed and patient count (each evaluation has `analysis.patients` patients). */
  readonly seed: number;
  readonly patients: number;
  /** Output, measure, N, patients per evaluation and bootstrap resamples: the options that decide the result. */
  readonly analysis: SensitivitySettings;
  /** Shard K of N, K from 1; `split` written only when not `strided` (as in `ShardFile`). */
  readonly shard: { readonly index: number; readonly count: number; readonly split?: ShardSplit };
  readonly scenarioFile: string;
  readonly scenarioText: string;
  readonly scenario: ResolvedScenario;
  /** One entry per evaluation: its serialised accumulator, or null when the shard has none of its blocks. */
  readonly accumulators: readonly (AccumulatorFile | null)[];
  /** shardChecksum of the file's other fields: merge refuses a part whose content does not match it. */
  readonly checksum: string;
}

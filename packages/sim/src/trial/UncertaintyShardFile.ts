import type { LibraryRelease } from '@rtsim/core';
import type { AccumulatorFile } from '../cohort/serializeAccumulator.js';
import type { ShardSplit } from '../cohort/ShardSplit.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';

/**
 * The body of `partial-K-of-N.json` for a scenario with parameter uncertainty, written by
 * `rtsim run FILE --shard K/N` and read by `rtsim merge` (docs/uncertainty.md). A two-level run's work units are
 * (set, block) pairs, set 0 the nominal parameter set and set 1 + k draw k; shard K of N takes the units
 * K − 1, K − 1 + N, … of the list ordered set by set (with `--split contiguous`, one range of consecutive
 * units). The file holds the exact accumulator of every set the shard touched (null for the others), so merge can
 * combine each set across shards and summarise the whole run.
 */
export interface UncertaintyShardFile {
  readonly format: 'rtsim-uncertainty-shard';
  /** 2 since shard files carry `checksum` (version 1 files are refused: run the shard again). */
  readonly formatVersion: 2;
  readonly rtsim: string;
  /** Model version and parameter library, as in `ShardFile`. */
  readonly model: number;
  readonly library: LibraryRelease;
  /** `scenarioHash` of `scenario` (sha256:…), the scenario with its uncertainty section. */
  readonly scenarioHash: string;
  readonly seed: number;
  readonly patients: number;
  /** K, the parameter sets drawn (the run has K + 1 sets). */
  readonly draws: number;
  /** Shard K of N, K from 1; `split` written only when not `strided` (as in `ShardFile`). */
  readonly shard: { readonly index: number; readonly count: number; readonly split?: ShardSplit };
  readonly scenarioFile: string;
  readonly scenarioText: string;
  readonly scenario: ResolvedScenario;
  /** One entry per set (K + 1): its serialised accumulator, or null when the shard has none of its blocks. */
  readonly accumulators: readonly (AccumulatorFile | null)[];
  /** shardChecksum of the file's other fields: merge refuses a part whose content does not match it. */
  readonly checksum: string;
}

import type { ShardSplit } from '../cohort/ShardSplit.js';

/**
 * Shard K of N of a run (docs/sharding.md): K (`index`) from 1 to N (`count`), and how the work units are divided
 * among the N shards. `split` is recorded only when it is not the default `strided`, so a strided shard file keeps
 * the form it had before `--split` existed; absent means `strided`.
 */
export interface TrialShard {
  readonly index: number;
  readonly count: number;
  readonly split?: ShardSplit;
}

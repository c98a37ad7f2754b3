import type { ShardFile } from './ShardFile.js';
import type { UncertaintyShardFile } from './UncertaintyShardFile.js';

/**
 * What one shard of a run computed, ready to be sealed and written as `partial-K-of-N.json`: the body of a
 * {@link ShardFile} (plain run) or an {@link UncertaintyShardFile} (two-level run) without its checksum, keys in the
 * order they are written (the checksum is computed over them).
 */
export type TrialPartial = Omit<ShardFile, 'checksum'> | Omit<UncertaintyShardFile, 'checksum'>;

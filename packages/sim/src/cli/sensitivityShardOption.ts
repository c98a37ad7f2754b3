import type { ShardSplit } from '../cohort/ShardSplit.js';
import { parseShard } from './parseShard.js';
import { parseShardSplit } from './parseShardSplit.js';
import { UsageError } from './UsageError.js';

/**
 * Reads `--shard K/N` and `--split S` of `rtsim sensitivity`, as `rtsim run` reads them: the split is recorded only
 * when it is not the default, so that strided parts have the same form as those of a run.
 * @param shardText - the value of --shard, if given
 * @param splitText - the value of --split, if given
 * @returns shard K of N (K from 1) with `split` when contiguous, or undefined without --shard
 * @throws UsageError for a malformed value, or --split without --shard
 */
export function sensitivityShardOption(shardText: string | undefined, splitText: string | undefined): { readonly index: number; readonly count: number; readonly split?: ShardSplit } | undefined {
  const split = splitText === undefined ? 'strided' : parseShardSplit('rtsim sensitivity', splitText);
  if (shardText === undefined) {
    if (splitText !== undefined) throw new UsageError(`rtsim sensitivity: --split ${split} needs --shard K/N: it says how the work is divided among the N shards (see rtsim sensitivity --help)`);
    return undefined;
  }
  return { ...parseShard('rtsim sensitivity', shardText), ...(split === 'strided' ? {} : { split }) };
}

import type { ShardSplit } from '../cohort/ShardSplit.js';

/** Which command wrote a shard file: `rtsim run --shard` (a run or a two-level run) or `rtsim sensitivity --shard`. */
export type ShardPartKind = 'run' | 'sensitivity';

/**
 * The file name of shard K of N (docs/sharding.md): `partial-K-of-N.json` for a strided shard of `rtsim run`,
 * `partial-K-of-N-contiguous.json` for a contiguous one, and the same with a `sensitivity-` prefix for
 * `rtsim sensitivity`. The split is in the name because shard K of N of one split is not the same work as shard
 * K of N of the other: with one name, the second written would replace the first in a shared folder. It is a
 * suffix so that the glob `partial-*-of-N.json` selects the strided parts only and `partial-*-of-N-contiguous.json`
 * the contiguous ones. `rtsim merge` reads a part's shard from its content, never from its name, so a part renamed
 * by hand (or a contiguous part written as `partial-K-of-N.json` by an earlier version) still merges.
 * @param kind - the command that writes the part
 * @param shard - K (from 1), N and the split (absent: strided, as in a file's `shard` field); K or N may be a
 *   placeholder such as `K` or `*`, for a message or a shell glob
 * @returns the file name, without a directory
 */
export function shardPartName(kind: ShardPartKind, shard: { readonly index: number | string; readonly count: number | string; readonly split?: ShardSplit | undefined }): string {
  const prefix = kind === 'sensitivity' ? 'sensitivity-' : '';
  const suffix = shard.split === 'contiguous' ? '-contiguous' : '';
  return `${prefix}partial-${shard.index}-of-${shard.count}${suffix}.json`;
}

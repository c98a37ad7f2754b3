import type { ShardField } from './parseShardField.js';
import type { ShardPartKind } from './shardPartName.js';
import { shardPartName } from './shardPartName.js';

/**
 * The end of `rtsim merge`'s message about uncovered work: the part files not given (`partial-K-of-N.json`, shardPartName). Named only
 * when every part comes from one split of one N (parts of different N or `--split` do not say which files would
 * fill the gap), and only for K ≤ the run's work units, since under either split shard K has work exactly then
 * (shardBlocks).
 * @param shards - the `shard` field of every part given (at least one)
 * @param units - the run's work units: its blocks, or the (set, block) pairs of a two-level run
 * @param kind - the command that wrote the parts, which names them (shardPartName)
 * @returns `; missing part: …` or `; missing parts: …` (ten names at most, then `…`), or '' when none is named
 */
export function missingPartsHint(shards: readonly ShardField[], units: number, kind: ShardPartKind = 'run'): string {
  const [first] = shards;
  if (first === undefined || new Set(shards.map((shard) => `${shard.count}:${shard.split}`)).size !== 1) return '';
  const given = new Set(shards.map((shard) => shard.index));
  const absent: string[] = [];
  for (let index = 1; index <= Math.min(first.count, units); index++) if (!given.has(index)) absent.push(shardPartName(kind, { index, count: first.count, split: first.split }));
  if (absent.length === 0) return '';
  return `; missing part${absent.length === 1 ? '' : 's'}: ${absent.slice(0, 10).join(', ')}${absent.length > 10 ? ', …' : ''}`;
}

import { UsageError } from './UsageError.js';

/** Largest shard count accepted (far above any cluster; more is surely a typo). */
const maxShards = 1_000_000;

/**
 * Reads a `--shard K/N` value: shard K of N, both whole numbers, 1 ≤ K ≤ N.
 * @param command - the command, for messages (`rtsim run`), as every option's message starts
 * @param text - the option's value, e.g. `2/8`
 * @returns `{ index: K, count: N }` (K 1-based, as written)
 * @throws UsageError with the accepted form when the text is not K/N in range
 */
export function parseShard(command: string, text: string): { readonly index: number; readonly count: number } {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (match === null) throw new UsageError(`${command}: --shard: expected K/N with whole numbers 1 ≤ K ≤ N (e.g. 2/8), got '${text}'`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (!(count >= 1 && count <= maxShards)) throw new UsageError(`${command}: --shard: the shard count N must be from 1 to ${maxShards}, got ${match[2]}`);
  if (!(index >= 1 && index <= count)) throw new UsageError(`${command}: --shard: the shard number K must be from 1 to N = ${count}, got ${match[1]} (shards are numbered from 1)`);
  return { index, count };
}

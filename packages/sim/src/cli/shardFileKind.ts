/**
 * What kind of partial result a parsed file says it is, by its `format`, for messages that refuse a part of
 * another kind among the parts of one merge.
 * @param value - a parsed file (anything)
 * @returns `a part of rtsim run --shard`, `a part of a two-level rtsim run --shard` or `a part of rtsim
 *   sensitivity --shard`, or undefined for anything else
 */
export function shardFileKind(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const format = (value as Record<string, unknown>)['format'];
  if (format === 'rtsim-shard') return 'a part of rtsim run --shard';
  if (format === 'rtsim-uncertainty-shard') return 'a part of a two-level rtsim run --shard';
  if (format === 'rtsim-sensitivity-shard') return 'a part of rtsim sensitivity --shard';
  return undefined;
}

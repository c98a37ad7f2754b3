/**
 * Adds fixed-point accumulators from another worker or shard into target, in place: target[i] += partial[i].
 * Exact, so merging shards in any order or grouping gives the same totals as a single run.
 * @param target - fixed-point accumulators, modified in place
 * @param partial - accumulators to add, same length as target
 * @returns target
 * @throws RangeError when the lengths differ
 */
export function mergeFixedPoint(target: bigint[], partial: readonly bigint[]): bigint[] {
  if (partial.length !== target.length) {
    throw new RangeError(`mergeFixedPoint: ${partial.length} partial sums for ${target.length} accumulators`);
  }
  for (let i = 0; i < target.length; i++) target[i] = target[i] + partial[i];
  return target;
}

import type { ShardSplit } from '../cohort/ShardSplit.js';
import { shardSplits } from '../cohort/ShardSplit.js';

/** The `shard` field of a partial result read back: shard K of N, K from 1, and the split that chose its work. */
export interface ShardField {
  readonly index: number;
  readonly count: number;
  /** `strided` when the file records none. */
  readonly split: ShardSplit;
}

/**
 * Reads the `shard` field of a partial result, `ShardFile` or `UncertaintyShardFile`: `{ index: K, count: N }`
 * with whole numbers 1 ≤ K ≤ N, and `split` one of {@link shardSplits} when given (absent: `strided`, the form
 * a file had before `--split` existed).
 * @param value - the field as parsed from JSON (anything)
 * @returns the shard, its split filled in
 * @throws Error whose message says what is wrong, for the caller to prefix with the file's name
 */
export function parseShardField(value: unknown): ShardField {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const { index, count } = record;
  if (!(typeof index === 'number' && typeof count === 'number' && Number.isInteger(index) && Number.isInteger(count) && index >= 1 && index <= count)) {
    throw new Error('shard must be { index: K, count: N } with 1 ≤ K ≤ N');
  }
  const split = record['split'] ?? 'strided';
  if (!shardSplits.includes(split as ShardSplit)) {
    throw new Error(`shard.split must be ${shardSplits.map((word) => `"${word}"`).join(' or ')} when given, got ${JSON.stringify(split)}`);
  }
  return { index, count, split: split as ShardSplit };
}

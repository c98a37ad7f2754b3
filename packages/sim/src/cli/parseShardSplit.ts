import type { ShardSplit } from '../cohort/ShardSplit.js';
import { shardSplits } from '../cohort/ShardSplit.js';
import { didYouMean } from '../scenario/didYouMean.js';
import { UsageError } from './UsageError.js';

/**
 * Reads a `--split` value of `rtsim run --shard K/N`: `strided` or `contiguous` (see {@link ShardSplit}),
 * written exactly so.
 * @param command - the command, for messages (`rtsim run`), as every option's message starts
 * @param text - the option's value
 * @returns the split
 * @throws UsageError naming the accepted words (and the likely one, for a misspelling)
 */
export function parseShardSplit(command: string, text: string): ShardSplit {
  const split = shardSplits.find((word) => word === text);
  if (split !== undefined) return split;
  const guess = didYouMean(text.trim(), shardSplits);
  throw new UsageError(
    `${command}: --split: expected strided (blocks K-1, K-1+N, …, the default) or contiguous (one range of consecutive blocks), got '${text}'${guess === undefined ? '' : `; did you mean '${guess}'?`}`,
  );
}

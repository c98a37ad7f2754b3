import type { TrialPartial } from '../trial/TrialPartial.js';
import type { OutputFile } from './writeFilesAtomically.js';
import { sealShard } from './sealShard.js';
import { shardPartName } from '../trial/shardPartName.js';

/**
 * A shard's partial result as the file `rtsim run --shard K/N` writes: `partial-K-of-N.json` (`partial-K-of-N-contiguous.json` for --split contiguous, shardPartName), the body sealed with
 * its checksum (sealShard). A plain run's file is indented by 2 spaces; a two-level run's, which holds K + 1
 * accumulators, is written on one line.
 * @param partial - runTrial's partial result
 * @returns the file's name and text (with a trailing newline)
 */
export function partialFile(partial: TrialPartial): OutputFile {
  const body = sealShard(partial);
  const content = partial.format === 'rtsim-shard' ? `${JSON.stringify(body, null, 2)}\n` : `${JSON.stringify(body)}\n`;
  return { name: shardPartName('run', partial.shard), content };
}

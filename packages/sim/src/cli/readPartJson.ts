import { stat } from 'node:fs/promises';
import { readUtf8File } from './readUtf8File.js';
import { join } from 'node:path';
import { inputFileReason } from './inputFileReason.js';
import { UsageError } from './UsageError.js';

/**
 * Reads a part given to `rtsim merge` and parses its JSON.
 * @param path - the file's path
 * @param name - the file as the user named it, quoted in messages
 * @returns the parsed JSON (anything)
 * @throws (rejects) UsageError naming the file when it cannot be read (missing, a directory, a link loop, no
 *   permission: in words, inputFileReason) or is not JSON
 */
export async function readPartJson(path: string, name: string): Promise<unknown> {
  const cannotRead = (reason: string): never => {
    throw new UsageError(`rtsim merge: cannot read ${name}: ${reason}`);
  };
  let text = '';
  try {
    // A directory is the likeliest slip (the shards' folder instead of its files): said before reading fails.
    if ((await stat(path)).isDirectory()) cannotRead(`it is a directory; give the partial result files in it, e.g. ${join(name, '*partial-*.json')}`);
    text = await readUtf8File(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    cannotRead(inputFileReason(error));
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`rtsim merge: ${name} is not JSON (is it a partial result written by rtsim run or rtsim sensitivity with --shard?)`);
  }
}

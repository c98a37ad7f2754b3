import { readFile } from 'node:fs/promises';
import { UsageError } from './UsageError.js';

/**
 * Reads a part given to `rtsim merge` and parses its JSON.
 * @param path - the file's path
 * @param name - the file as the user named it, quoted in messages
 * @returns the parsed JSON (anything)
 * @throws (rejects) UsageError naming the file when it cannot be read or is not JSON
 */
export async function readPartJson(path: string, name: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`rtsim merge: cannot read ${name}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`rtsim merge: ${name} is not JSON (is it a partial result written by rtsim run or rtsim sensitivity with --shard?)`);
  }
}

import { readFile } from 'node:fs/promises';

// ignoreBOM keeps a byte-order mark in the text, as `readFile(path, 'utf8')` did: the readers strip it themselves.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text of an input file that must be UTF-8 (a scenario, a DATA or evidence file, avatar data, a part to merge).
 * A file in another encoding is refused rather than read with its bytes replaced by U+FFFD: a Latin-1 "Café" would
 * otherwise pass as "Caf�", and the scenario's hash would be computed over the mangled text. (DVH files are decoded
 * the same way by parseDvhFile.)
 * @param path - the file
 * @returns its text
 * @throws (rejects) the file system's error, or an Error without a code whose message says the file is not UTF-8
 *   (fileSystemReason and inputFileReason pass it on as the reason)
 */
export async function readUtf8File(path: string): Promise<string> {
  const bytes = await readFile(path);
  try {
    return decoder.decode(bytes);
  } catch {
    throw new Error('not UTF-8 text (saved in another encoding, such as Latin-1 or UTF-16?): save it as UTF-8');
  }
}

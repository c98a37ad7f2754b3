import { randomBytes } from 'node:crypto';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A file to write: a plain name (no directories) and its text (written as UTF-8). */
export interface OutputFile {
  readonly name: string;
  readonly content: string;
}

/**
 * Writes a set of files into a directory so that no reader ever sees a half-written one: each file is first
 * written under a temporary name in the same directory (same file system, so the rename is atomic), and only when
 * all are written are they renamed into place. On any failure, or when `signal` is aborted before the renames,
 * the temporary files are removed and nothing is replaced. The directory is created if needed.
 * @param directory - target directory
 * @param files - the files (names without path separators)
 * @param signal - abort before the renames to write nothing
 * @returns the full paths written
 * @throws (rejects) the file system's error, or the signal's reason when aborted
 */
export async function writeFilesAtomically(directory: string, files: readonly OutputFile[], signal?: AbortSignal): Promise<string[]> {
  for (const file of files) {
    if (file.name === '' || /[/\\]/.test(file.name) || file.name === '.' || file.name === '..') throw new Error(`not a plain file name: '${file.name}'`);
  }
  await mkdir(directory, { recursive: true });
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  const pending: { temporary: string; target: string }[] = [];
  try {
    for (const file of files) {
      const temporary = join(directory, `.${file.name}.${suffix}`);
      pending.push({ temporary, target: join(directory, file.name) });
      await writeFile(temporary, file.content, { encoding: 'utf8', flag: 'wx' });
    }
    signal?.throwIfAborted();
    for (const { temporary, target } of pending) await rename(temporary, target);
    return pending.map(({ target }) => target);
  } catch (error) {
    await Promise.all(pending.map(({ temporary }) => unlink(temporary).catch(() => undefined)));
    throw error;
  }
}

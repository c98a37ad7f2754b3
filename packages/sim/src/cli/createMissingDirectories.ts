import { mkdir, rmdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Creates a directory and its missing parents one at a time, outermost first, and says which it created, so that a
 * caller that fails later can remove exactly those. Each level is its own `mkdir`: Node 20's recursive mkdir reports
 * ENOENT for a path on a read-only file system, where a single mkdir reports the real reason (EROFS).
 * @param directory - an absolute path
 * @returns the directories created, outermost first (empty when `directory` already existed)
 * @throws (rejects) the file system's error, or ENOTDIR when a part of the path is not a directory; what was
 *   created before the failure is removed again
 */
export async function createMissingDirectories(directory: string): Promise<string[]> {
  const missing: string[] = [];
  for (let path = directory; ; path = dirname(path)) {
    const kind = await stat(path).then(
      (info) => (info.isDirectory() ? 'directory' : 'other'),
      (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' || error.code === 'ENOTDIR' ? 'missing' : Promise.reject(error)),
    );
    if (kind === 'other') throw Object.assign(new Error(`ENOTDIR: ${path} is not a directory`), { code: 'ENOTDIR', path });
    if (kind === 'directory' || dirname(path) === path) break;
    missing.unshift(path);
  }
  const created: string[] = [];
  try {
    for (const path of missing) {
      // Another process (a shard of the same array job) may create the same directory at the same moment.
      const made = await mkdir(path).then(
        () => true,
        (error: NodeJS.ErrnoException) => (error.code === 'EEXIST' ? false : Promise.reject(error)),
      );
      if (made) created.push(path);
    }
  } catch (error) {
    await removeCreatedDirectories(created);
    throw error;
  }
  return created;
}

/**
 * Removes directories that createMissingDirectories made, innermost first, as far as they are still empty (another
 * process may have put files there in the meantime: those directories stay).
 * @param created - as returned by createMissingDirectories
 */
export async function removeCreatedDirectories(created: readonly string[]): Promise<void> {
  for (const path of [...created].reverse()) {
    const removed = await rmdir(path).then(() => true, () => false);
    if (!removed) return;
  }
}

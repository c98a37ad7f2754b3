import { randomBytes } from 'node:crypto';
import { constants, copyFileSync, linkSync, mkdirSync, renameSync, rmdirSync, rmSync, unlinkSync } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createMissingDirectories, removeCreatedDirectories } from './createMissingDirectories.js';
import { fileSystemReason } from './fileSystemReason.js';

/** A file to write: a plain name (no directories) and its text (written as UTF-8). */
export interface OutputFile {
  readonly name: string;
  readonly content: string;
}

/**
 * A file system error restated in words (fileSystemReason), prefixed with the file it concerns; its code is kept.
 * Anything that is not a file system error (the signal's AbortError) passes through unchanged.
 */
function explained(error: unknown, name?: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || restated.has(error as Error)) return error;
  const reason = fileSystemReason(error);
  const restatedError = Object.assign(new Error(name === undefined ? reason : `${name}: ${reason}`, { cause: error }), { code });
  restated.add(restatedError);
  return restatedError;
}

/** Errors explained() has made: they are not restated twice. */
const restated = new WeakSet<Error>();

/**
 * Keeps the file now at `target` under `backup` (a hard link, or a copy where the file system has none) so that it
 * can be put back; false when there is no such file. A directory at `target` throws: it is never replaced.
 */
function keepPrevious(target: string, backup: string): boolean {
  try {
    linkSync(target, backup);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
  }
  try {
    copyFileSync(target, backup, constants.COPYFILE_EXCL);
  } catch (error) {
    throw explained(error, basename(target));
  }
  return true;
}

/**
 * Renames the staged files over their targets in `directory`, all or none: the earlier files are kept in
 * `staging/old` first, and if one rename fails those already renamed are undone. Synchronous on purpose: no signal
 * handler, timer or second Ctrl-C can run between the renames, so the set is never left half-replaced by the process
 * itself (only SIGKILL or a crash in these microseconds could).
 */
function replaceFiles(staging: string, directory: string, names: readonly string[]): void {
  mkdirSync(join(staging, 'old'));
  const kept = names.map((name) => keepPrevious(join(directory, name), join(staging, 'old', name)));
  const replaced: string[] = [];
  try {
    for (const name of names) {
      try {
        renameSync(join(staging, 'new', name), join(directory, name));
      } catch (error) {
        throw explained(error, name);
      }
      replaced.push(name);
    }
  } catch (error) {
    for (const name of replaced.reverse()) {
      const index = names.indexOf(name);
      try {
        if (kept[index] === true) renameSync(join(staging, 'old', name), join(directory, name));
        else unlinkSync(join(directory, name));
      } catch (undo) {
        throw new Error(`${(error as Error).message}; and ${name} could not be restored (${(undo as Error).message}): ${directory} holds a mixed set`, { cause: undo });
      }
    }
    throw error;
  }
}

/**
 * Writes a set of files into a directory as one unit: when it returns or fails the directory holds the complete new
 * set or the complete earlier one, never a half-written file, and a failure or an abort leaves it as it was. A reader
 * sees each file whole; a new directory appears whole, but in an existing one the files are renamed one after
 * another, so a reader listing it during those microseconds may see some files new and others still old.
 *
 * The files are written first into a staging directory (a hidden sibling `.NAME.<pid>-<hex>.tmp` when `directory`
 * does not exist yet, a hidden `.rtsim-<pid>-<hex>.tmp` inside it when it does; same file system, so renames are
 * atomic). Then, if `signal` has not been aborted:
 * - a new directory is renamed into place whole (one atomic step; missing parents are created first and removed
 *   again on failure, so a failed write leaves no directory behind);
 * - in an existing directory the files are renamed over their namesakes back to back, the earlier ones kept until
 *   all succeeded and put back if one fails. Other files and folders there are never touched, so the directory may
 *   be shared (shards of one run write their parts into one directory at the same time).
 * If the process exits while a write is pending (process.exit, a second Ctrl-C), the staging directory is removed.
 * @param directory - target directory (absolute)
 * @param files - the files (plain names, no path separators)
 * @param signal - aborted before the renames: nothing is written
 * @returns the full paths written
 * @throws (rejects) the file system's error (the message names the file when one file failed), or the signal's
 *   reason when aborted; nothing has been replaced and nothing is left behind
 */
export async function writeFilesAtomically(directory: string, files: readonly OutputFile[], signal?: AbortSignal): Promise<string[]> {
  for (const file of files) {
    if (file.name === '' || /[/\\]/.test(file.name) || file.name === '.' || file.name === '..') throw new Error(`not a plain file name: '${file.name}'`);
  }
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  const fresh = await stat(directory).then(
    () => false,
    (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' || error.code === 'ENOTDIR' ? true : Promise.reject(error)),
  );
  const staging = fresh ? join(dirname(directory), `.${basename(directory)}.${suffix}`) : join(directory, `.rtsim-${suffix}`);
  let created: string[] = [];
  let committed = false;
  // On process exit only synchronous calls run: the staging directory and the parents made for it go.
  const removeStaging = (): void => {
    rmSync(staging, { recursive: true, force: true });
    try {
      for (const path of committed ? [] : [...created].reverse()) rmdirSync(path);
    } catch {
      // Not empty: another process uses it now.
    }
  };
  process.on('exit', removeStaging);
  try {
    if (fresh) created = await createMissingDirectories(dirname(directory));
    await mkdir(staging);
    await mkdir(join(staging, 'new'));
    for (const file of files) {
      await writeFile(join(staging, 'new', file.name), file.content, { encoding: 'utf8', flag: 'wx' }).catch((error: unknown) => Promise.reject(explained(error, file.name)));
    }
    signal?.throwIfAborted();
    const names = files.map((file) => file.name);
    if (!(fresh && moveDirectoryIntoPlace(staging, directory))) replaceFiles(staging, directory, names);
    committed = true;
    return files.map((file) => join(directory, file.name));
  } catch (error) {
    throw explained(error);
  } finally {
    process.off('exit', removeStaging);
    await rm(staging, { recursive: true, force: true });
    if (!committed) await removeCreatedDirectories(created);
  }
}

/**
 * Renames the staged set into place as the new directory itself (Linux also replaces an empty directory made
 * meanwhile); false when a concurrent writer has filled `directory` first and the files must be renamed into it one
 * by one instead.
 */
function moveDirectoryIntoPlace(staging: string, directory: string): boolean {
  try {
    renameSync(join(staging, 'new'), directory);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTEMPTY') return false;
    throw error;
  }
}

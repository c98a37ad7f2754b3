/** Plain words for the errors a file system gives most often when output cannot be written. */
const reasons: ReadonlyMap<string, string> = new Map([
  ['EACCES', 'permission denied'],
  ['EPERM', 'operation not permitted'],
  ['EROFS', 'read-only file system'],
  ['ENOSPC', 'no space left on the device'],
  ['EDQUOT', 'disk quota exceeded'],
  ['ENOENT', 'no such file or directory'],
  ['ENOTDIR', 'not a directory'],
  ['EISDIR', 'is a directory'],
  ['ENOTEMPTY', 'is a directory that is not empty'],
  ['EEXIST', 'already exists'],
  ['ENAMETOOLONG', 'file name too long (ENAMETOOLONG)'],
]);

/**
 * Why a file operation failed, in words: the error's code translated (EROFS → "read-only file system"), or its
 * message when the code is not one of the common ones.
 * @param error - what a `node:fs` call threw (or anything else)
 * @returns the reason, without the path (the caller names what was being written)
 */
export function fileSystemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = typeof code === 'string' ? reasons.get(code) : undefined;
  if (reason !== undefined) return reason;
  return error instanceof Error ? error.message : String(error);
}

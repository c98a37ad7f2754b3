/** Plain words for the errors a file system gives most often when a file cannot be read or written. */
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
  ['ELOOP', 'too many levels of symbolic links (a link that points back to itself?)'],
]);

/**
 * Why a file operation failed, in words: the error's code translated (EROFS → "read-only file system"). Another
 * code keeps Node's description without the system call and path it appends (`EBUSY: resource busy or locked,
 * open '/x'` → "resource busy or locked (EBUSY)"): the caller names the file, in the user's words. Anything without
 * a code gives its message.
 * @param error - what a `node:fs` call or a stream threw (or anything else)
 * @returns the reason, without the path (the caller names what was being read or written)
 */
export function fileSystemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code !== 'string') return message;
  const reason = reasons.get(code);
  if (reason !== undefined) return reason;
  const prefix = `${code}: `;
  if (!message.startsWith(prefix)) return message;
  // Node appends the system call and the path (", open '/x'"); the path is the caller's to name.
  return `${message.slice(prefix.length).replace(/, \w+(?: '.*')?$/, '')} (${code})`;
}

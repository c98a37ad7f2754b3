import { randomBytes } from 'node:crypto';
import { mkdir, rmdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileSystemReason } from './fileSystemReason.js';
import { UsageError } from './UsageError.js';

/**
 * Checks, before a command computes anything, that its output directory can be written: the directory, or the
 * nearest of its parents that exists, must be a directory in which a (hidden, at once removed) directory can be
 * made: the first step writeFilesAtomically takes there. So a read-only, full or mistyped `--out` is reported in a
 * second, not after an hour of simulation.
 * @param command - the command's name for the message (`run`, `merge`, …)
 * @param directory - the output directory (absolute)
 * @throws (rejects) UsageError `rtsim COMMAND: cannot write to DIR: reason` (status 2: nothing was run or written)
 */
export async function checkOutputDirectory(command: string, directory: string): Promise<void> {
  const refuse = (reason: string): never => {
    throw new UsageError(`rtsim ${command}: cannot write to ${directory}: ${reason}`);
  };
  let existing = directory;
  for (;;) {
    const info = await stat(existing).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' || error.code === 'ENOTDIR' ? undefined : refuse(`${existing}: ${fileSystemReason(error)}`)));
    if (info !== undefined) {
      if (!info.isDirectory()) refuse(`${existing} is not a directory`);
      break;
    }
    if (dirname(existing) === existing) refuse('no such directory');
    existing = dirname(existing);
  }
  const probe = join(existing, `.rtsim-check-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  await mkdir(probe).catch((error: unknown) => refuse(existing === directory ? fileSystemReason(error) : `cannot create it in ${existing}: ${fileSystemReason(error)}`));
  await rmdir(probe);
}

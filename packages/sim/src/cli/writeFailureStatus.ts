import type { CliIo } from './CliIo.js';
import { exitCodes } from './exitCodes.js';

/**
 * Reports output files that could not be written (writeFilesAtomically leaves none behind), and gives the exit
 * status: `interrupted` when the user pressed Ctrl-C, else `failed` with the error's message.
 * @param io - the command's streams and abort signal
 * @param outDirectory - where the files were to go
 * @param error - what the writing threw
 * @returns the exit status
 */
export function writeFailureStatus(io: CliIo, outDirectory: string, error: unknown): number {
  if (io.signal?.aborted === true) {
    io.stderr.write('rtsim run: interrupted; nothing was written\n');
    return exitCodes.interrupted;
  }
  io.stderr.write(`rtsim run: could not write the results to ${outDirectory}: ${(error as Error).message}\n`);
  return exitCodes.failed;
}

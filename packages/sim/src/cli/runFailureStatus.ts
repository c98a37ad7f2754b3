import type { CliIo } from './CliIo.js';
import { exitCodes } from './exitCodes.js';
import type { ProgressBar } from './createProgressBar.js';

/**
 * Reports a run that stopped before its results were complete, and gives its exit status: `interrupted` when the
 * user pressed Ctrl-C (the workers were stopped), else `failed` with the error's message. Nothing has been written.
 * @param io - the command's streams and abort signal
 * @param bar - the progress bar, cleared first so the message starts on a clean line
 * @param error - what the run threw
 * @returns the exit status
 */
export function runFailureStatus(io: CliIo, bar: ProgressBar, error: unknown): number {
  bar.clear();
  if (io.signal?.aborted === true) {
    io.stderr.write('rtsim run: interrupted; the workers were stopped and nothing was written\n');
    return exitCodes.interrupted;
  }
  io.stderr.write(`rtsim run: the run failed: ${(error as Error).message}\n`);
  return exitCodes.failed;
}

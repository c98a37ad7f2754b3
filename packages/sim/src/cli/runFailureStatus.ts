import type { CliIo } from './CliIo.js';
import { exitCodes } from './exitCodes.js';
import type { ProgressBar } from './createProgressBar.js';

/**
 * Reports a run that stopped before its results were complete, and gives its exit status: `interrupted` when the
 * user pressed Ctrl-C (the workers were stopped), else `failed` with the error's message. Nothing has been written.
 * @param io - the command's streams and abort signal
 * @param bar - the progress bar, cleared first so the message starts on a clean line
 * @param error - what the run threw
 * @param command - the command named in the message (`run`, `sensitivity`)
 * @param work - what failed, in the message (`the run`, `the analysis`)
 * @returns the exit status
 */
export function runFailureStatus(io: CliIo, bar: ProgressBar, error: unknown, command = 'run', work = 'the run'): number {
  bar.clear();
  if (io.signal?.aborted === true) {
    io.stderr.write(`rtsim ${command}: interrupted; the workers were stopped and nothing was written\n`);
    return exitCodes.interrupted;
  }
  io.stderr.write(`rtsim ${command}: ${work} failed: ${(error as Error).message}\n`);
  return exitCodes.failed;
}

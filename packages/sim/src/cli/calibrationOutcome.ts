import type { CliIo } from './CliIo.js';
import { exitCodes } from './exitCodes.js';
import { terminalText } from './terminalText.js';

/** What {@link calibrationOutcome} returns: the results, or the exit status after saying why there are none. */
export type CalibrationOutcome<T> = { readonly ok: true; readonly results: T } | { readonly ok: false; readonly status: number };

/**
 * Waits for a calibration (a DATA or an evidence file's) and turns a rejection into its exit status, said on
 * stderr: an abort (Ctrl-C) is `interrupted; nothing was written` (130), any other error `the fit failed` (1).
 * @param run - the running calibration
 * @param io - stderr and the abort signal
 * @returns the results, or the status
 */
export async function calibrationOutcome<T>(run: Promise<T>, io: CliIo): Promise<CalibrationOutcome<T>> {
  try {
    return { ok: true, results: await run };
  } catch (error) {
    if (io.signal?.aborted === true) {
      io.stderr.write('rtsim calibrate: interrupted; nothing was written\n');
      return { ok: false, status: exitCodes.interrupted };
    }
    io.stderr.write(`rtsim calibrate: the fit failed: ${terminalText(error instanceof Error ? error.message : String(error))}\n`);
    return { ok: false, status: exitCodes.failed };
  }
}

import type { CliIo } from './CliIo.js';
import { exitCodes } from './exitCodes.js';
import { terminalText } from './terminalText.js';
import type { OutputFile } from './writeFilesAtomically.js';
import { writeFilesAtomically } from './writeFilesAtomically.js';

/**
 * Writes a calibration's output files all or none (writeFilesAtomically), saying on stderr why not.
 * @param directory - the output directory
 * @param files - the files (calibration.json, and calibration.html for DATA files)
 * @param io - stderr and the abort signal
 * @returns undefined once written, else the exit status: 130 when aborted, 1 when the files could not be written
 */
export async function writeCalibrationFiles(directory: string, files: readonly OutputFile[], io: CliIo): Promise<number | undefined> {
  try {
    await writeFilesAtomically(directory, files, io.signal);
    return undefined;
  } catch (error) {
    if (io.signal?.aborted === true) return exitCodes.interrupted;
    io.stderr.write(`rtsim calibrate: could not write the results: ${terminalText((error as Error).message)}\n`);
    return exitCodes.failed;
  }
}

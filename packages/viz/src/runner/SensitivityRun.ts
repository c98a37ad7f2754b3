import type { SensitivityResults } from '@rtsim/sim';

/** Sensitivity results with the two files `rtsim sensitivity` writes, byte for byte: run in the page or opened. */
export interface SensitivityRun {
  readonly results: SensitivityResults;
  /** sensitivity.json text (the sim's serialiser, or the file as opened). */
  readonly json: string;
  /** report-sensitivity.html text (the sim's self-contained report). */
  readonly html: string;
  /** Wall-clock time of the analysis, ms; undefined for a file opened rather than run. */
  readonly elapsedMs?: number;
}

import { basename, dirname, resolve } from 'node:path';
import { UsageError } from './UsageError.js';

/**
 * Refuses, before anything is computed, an output directory where one of the files a command writes is its own
 * input: `rtsim run results.json --out .` (a JSON scenario named like an output) would replace the scenario by its
 * results. Paths are compared as resolved, not through links.
 * @param command - the command's name for the message (`run`)
 * @param outDirectory - the output directory (absolute)
 * @param outputNames - the names of the files the command writes there
 * @param inputPath - the input file (absolute)
 * @throws UsageError naming the file (status 2: nothing was run or written)
 */
export function refuseOverwritingInput(command: string, outDirectory: string, outputNames: readonly string[], inputPath: string): void {
  const name = basename(inputPath);
  if (resolve(outDirectory) === dirname(resolve(inputPath)) && outputNames.includes(name)) {
    throw new UsageError(`rtsim ${command}: ${name} would be replaced by the ${name} this command writes to ${outDirectory}; give another --out, or rename the input file`);
  }
}

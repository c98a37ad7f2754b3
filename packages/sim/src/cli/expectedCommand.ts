import { resolve } from 'node:path';
import { expectedJson } from '../expected/expectedJson.js';
import { expectedLimits } from '../expected/ExpectedOptions.js';
import { expectedOutcomes } from '../expected/expectedOutcomes.js';
import type { ExpectedResults } from '../expected/ExpectedResults.js';
import type { CliIo } from './CliIo.js';
import { checkOutputDirectory } from './checkOutputDirectory.js';
import { defaultOutputDirectory } from './defaultOutputDirectory.js';
import { exitCodes } from './exitCodes.js';
import { expectedTable } from './expectedTable.js';
import { parseWholeNumber } from './parseWholeNumber.js';
import { readScenarioFile } from './readScenarioFile.js';
import { plausibilityNoteLines } from './plausibilityNoteLines.js';
import { rtsimVersion } from './rtsimVersion.js';
import { UsageError } from './UsageError.js';
import { writeFailureStatus } from './writeFailureStatus.js';
import { writeFilesAtomically } from './writeFilesAtomically.js';
import { writeScenarioIssues } from './writeScenarioIssues.js';
import { outputDirectoryOption } from './outputDirectoryOption.js';
import { refuseOverwritingInput } from './refuseOverwritingInput.js';

/** The options of `rtsim run` that expected mode reads. */
export interface ExpectedCommandValues {
  readonly seed?: string | undefined;
  readonly out?: string | undefined;
  readonly json?: boolean | undefined;
  readonly points?: string | undefined;
  readonly scramblings?: string | undefined;
}

/**
 * `rtsim run FILE --mode expected [--points N] [--scramblings R] [--seed S] [--out DIR] [--json]` (docs/expected-mode.md):
 * reads the scenario, computes expectedOutcomes in the calling thread, prints the table (or the JSON) and writes
 * expected.json. A scenario expected mode cannot integrate is refused with the fields named (exit 2); Ctrl-C stops it
 * within a slice of points, writes nothing and returns 130.
 * @param name - the scenario file as given
 * @param values - the parsed options
 * @param io - output streams, working directory, abort signal
 * @returns the exit status
 * @throws UsageError for an option outside its range
 */
export async function expectedCommand(name: string, values: ExpectedCommandValues, io: CliIo): Promise<number> {
  const points = parseWholeNumber('rtsim run', '--points', values.points, expectedLimits.minPoints, expectedLimits.maxPoints) ?? expectedLimits.defaultPoints;
  if ((points & (points - 1)) !== 0) throw new UsageError(`rtsim run: --points: expected a power of 2 (Sobol' points are balanced in sets of 2^m), got ${points}`);
  const scramblings =
    parseWholeNumber('rtsim run', '--scramblings', values.scramblings, expectedLimits.minScramblings, expectedLimits.maxScramblings) ?? expectedLimits.defaultScramblings;
  const seed = parseWholeNumber('rtsim run', '--seed', values.seed, 0, Number.MAX_SAFE_INTEGER);
  const path = resolve(io.cwd, name);
  const outDirectory = outputDirectoryOption('run', values.out, io.cwd) ?? defaultOutputDirectory(path);
  const file = await readScenarioFile(path);
  if (!file.ok) return writeScenarioIssues(io, 'run', name, file.issues);
  await checkOutputDirectory('run', outDirectory);
  refuseOverwritingInput('run', outDirectory, ['expected.json'], path);
  io.stderr.write(plausibilityNoteLines('rtsim run', file.input));
  const scenario = seed === undefined ? file.scenario : { ...file.scenario, seed };
  const started = Date.now();
  let results: ExpectedResults;
  try {
    results = await expectedOutcomes(scenario, { points, scramblings, version: rtsimVersion(), signal: io.signal });
  } catch (error) {
    return expectedFailureStatus(io, name, error);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const content = expectedJson(results);
  try {
    await writeFilesAtomically(outDirectory, [{ name: 'expected.json', content }], io.signal);
  } catch (error) {
    return writeFailureStatus(io, outDirectory, error);
  }
  io.stdout.write(values.json === true ? content : expectedTable(results));
  io.stderr.write(`rtsim run: ${scramblings} × ${points} points in ${seconds} s; wrote expected.json to ${outDirectory}\n`);
  return exitCodes.ok;
}


/**
 * Exit status of an expected-mode run that stopped: `interrupted` after Ctrl-C, `invalidInput` for a scenario or size
 * expected mode refuses (a RangeError naming the fields), `failed` for anything else. Nothing has been written.
 */
function expectedFailureStatus(io: CliIo, name: string, error: unknown): number {
  if (io.signal?.aborted === true) {
    io.stderr.write('rtsim run: interrupted; nothing was written\n');
    return exitCodes.interrupted;
  }
  if (error instanceof RangeError) {
    io.stderr.write(`rtsim run: ${name}: ${error.message}\n`);
    return exitCodes.invalidInput;
  }
  io.stderr.write(`rtsim run: ${name}: the run failed: ${(error as Error).message}\n`);
  return exitCodes.failed;
}

import { basename, dirname, resolve } from 'node:path';
import { resultsJson } from '../report/resultsJson.js';
import type { TrialMerge } from '../trial/mergeTrialParts.js';
import { mergeTrialParts } from '../trial/mergeTrialParts.js';
import type { PlainTrialPart, TwoLevelTrialPart } from '../trial/TrialPart.js';
import { TrialPartsError } from '../trial/TrialPartsError.js';
import { trialFileNames, trialFiles } from '../trial/trialFiles.js';
import type { CliIo } from './CliIo.js';
import { checkOutputDirectory } from './checkOutputDirectory.js';
import { exitCodes } from './exitCodes.js';
import { helpText } from './helpText.js';
import { parseCommandOptions } from './parseCommandOptions.js';
import { parseShardFile } from './parseShardFile.js';
import { mergeSensitivityParts } from './mergeSensitivityParts.js';
import { isUncertaintyShardFile, parseUncertaintyShardFile } from './parseUncertaintyShardFile.js';
import { readPartJson } from './readPartJson.js';
import { resultsTables } from './resultsTables.js';
import { shardFileKind } from './shardFileKind.js';
import { rtsimVersion } from './rtsimVersion.js';
import { UsageError } from './UsageError.js';
import { writeFilesAtomically } from './writeFilesAtomically.js';
import { outputDirectoryOption } from './outputDirectoryOption.js';
import { refuseOverwritingInput } from './refuseOverwritingInput.js';

/**
 * Reads and checks every part, one by one: as parts of a two-level run when the first is one, else of a plain run.
 * Parts are named as the user gave them: parts of two runs often share a base name (`a/partial-1-of-3.json`,
 * `b/partial-1-of-3.json`), and only the given path tells them apart.
 */
async function readParts(paths: readonly string[], names: readonly string[]): Promise<PlainTrialPart[] | TwoLevelTrialPart[]> {
  const values: unknown[] = [];
  const twoLevel: TwoLevelTrialPart[] = [];
  const plain: PlainTrialPart[] = [];
  for (const [p, path] of paths.entries()) {
    const name = names[p];
    const value = await readPartJson(path, name);
    values.push(value);
    if (isUncertaintyShardFile(values[0])) twoLevel.push(await parseUncertaintyShardFile(value, name));
    else plain.push({ kind: 'plain', name, ...(await parseShardFile(value, name)) });
  }
  return twoLevel.length > 0 ? twoLevel : plain;
}

/**
 * `rtsim merge PART... [--out DIR] [--json]`: combines the partial results of `rtsim run --shard` (of a plain or
 * a two-level run) into the files of the whole run. Each part is read and checked (parseShardFile,
 * parseUncertaintyShardFile), then mergeTrialParts checks that they belong to one run and cover every block exactly
 * once (clear message and status 2 otherwise), merges and summarises; trialFiles (results.json, arms.csv,
 * report.html, endpoints.csv) are written atomically, byte for byte what a single `rtsim run` writes, and then the
 * table (or results.json with --json) is printed.
 * @param args - the arguments after `merge`
 * @param io - output streams, working directory, abort signal
 * @returns the exit status (0, 1, 2 or 130)
 * @throws UsageError for invalid options or parts
 */
export async function mergeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandOptions('merge', args, { out: { type: 'string' }, json: { type: 'boolean' } });
  if (values.help === true) {
    io.stdout.write(helpText('merge'));
    return exitCodes.ok;
  }
  const [firstName] = positionals;
  if (firstName === undefined) throw new UsageError('rtsim merge: expected one or more partial result files (see rtsim merge --help)');
  const paths = positionals.map((name) => resolve(io.cwd, name));
  const outDirectory = outputDirectoryOption('merge', values.out, io.cwd) ?? dirname(paths[0]);
  // Parts of a sensitivity analysis make other files (sensitivity.json, report-sensitivity.html).
  if (shardFileKind(await readPartJson(paths[0], firstName)) === 'a part of rtsim sensitivity --shard') return mergeSensitivityParts(args, io);
  const parts = await readParts(paths, positionals);
  const twoLevel = parts[0]?.kind === 'two-level';
  let merged: TrialMerge;
  try {
    merged = mergeTrialParts(parts, rtsimVersion());
  } catch (error) {
    if (error instanceof TrialPartsError) throw new UsageError(`rtsim merge: ${error.message}`);
    await checkOutputDirectory('merge', outDirectory);
    io.stderr.write(`rtsim merge: failed: ${(error as Error).message}\n`);
    return exitCodes.failed;
  }
  await checkOutputDirectory('merge', outDirectory);
  for (const path of paths) refuseOverwritingInput('merge', outDirectory, trialFileNames, path);
  try {
    const files = trialFiles(merged.results, merged.scenarioText);
    const printed = values.json === true ? resultsJson(merged.results) : resultsTables(merged.results);
    await writeFilesAtomically(outDirectory, files, io.signal);
    io.stdout.write(printed);
    io.stderr.write(`rtsim merge: ${parts.length} part${parts.length === 1 ? '' : 's'}${twoLevel ? ' of a two-level run' : ''} merged; wrote ${files.map((f) => f.name).join(', ')} to ${outDirectory}\n`);
    return exitCodes.ok;
  } catch (error) {
    if (io.signal?.aborted === true) {
      io.stderr.write('rtsim merge: interrupted; nothing was written\n');
      return exitCodes.interrupted;
    }
    const where = twoLevel ? `could not write to ${outDirectory} (${basename(outDirectory)})` : 'failed';
    io.stderr.write(`rtsim merge: ${where}: ${(error as Error).message}\n`);
    return exitCodes.failed;
  }
}

import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { compilePlan } from '../cohort/compilePlan.js';
import type { Accumulator } from '../cohort/createAccumulator.js';
import { createAccumulator } from '../cohort/createAccumulator.js';
import { mergeAccumulators } from '../cohort/mergeAccumulators.js';
import { parseAccumulator } from '../cohort/parseAccumulator.js';
import { summarize } from '../cohort/summarize.js';
import type { TrialResults } from '../cohort/TrialResults.js';
import { resultsJson } from '../report/resultsJson.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { scenarioHash } from '../scenario/scenarioHash.js';
import type { DrawOutcome } from '../uncertainty/drawOutcome.js';
import { drawOutcome } from '../uncertainty/drawOutcome.js';
import { parameterSets } from '../uncertainty/parameterSets.js';
import { summarizeUncertainty } from '../uncertainty/summarizeUncertainty.js';
import type { CliIo } from './CliIo.js';
import { comparisonTable } from './comparisonTable.js';
import { exitCodes } from './exitCodes.js';
import { mergeCommand } from './mergeCommand.js';
import { missingPartsHint } from './missingPartsHint.js';
import { parseCommandOptions } from './parseCommandOptions.js';
import type { ShardField } from './parseShardField.js';
import { parseShardField } from './parseShardField.js';
import { resultFiles } from './resultFiles.js';
import { rtsimVersion } from './rtsimVersion.js';
import { uncertaintyTable } from './uncertaintyTable.js';
import { UsageError } from './UsageError.js';
import { writeFilesAtomically } from './writeFilesAtomically.js';

interface UncertaintyPart {
  readonly name: string;
  readonly rtsim: string;
  readonly hash: string;
  readonly shard: ShardField;
  readonly scenarioText: string;
  readonly scenario: ResolvedScenario;
  readonly accumulators: readonly (Accumulator | null)[];
}

async function readJson(path: string, name: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`rtsim merge: cannot read ${name}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`rtsim merge: ${name} is not JSON (is it a partial-K-of-N.json written by rtsim run --shard?)`);
  }
}

const isUncertaintyPart = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && (value as Record<string, unknown>)['format'] === 'rtsim-uncertainty-shard';

async function parsePart(value: unknown, name: string): Promise<UncertaintyPart> {
  const fail = (reason: string): never => {
    throw new UsageError(`${name}: not an rtsim partial result of a two-level run: ${reason}`);
  };
  if (!isUncertaintyPart(value)) return fail('its format is not "rtsim-uncertainty-shard" (parts of one run must all be of one kind)');
  const file = value as Record<string, unknown>;
  if (file['formatVersion'] !== 1) return fail(`unsupported formatVersion ${JSON.stringify(file['formatVersion'])}`);
  const { rtsim, scenarioHash: hash, shard, scenarioText, scenario, accumulators } = file;
  if (typeof rtsim !== 'string' || typeof hash !== 'string' || typeof scenarioText !== 'string') fail('rtsim, scenarioHash and scenarioText must be strings');
  let shardField: ShardField;
  try {
    shardField = parseShardField(shard);
  } catch (error) {
    return fail((error as Error).message);
  }
  if (typeof scenario !== 'object' || scenario === null || Array.isArray(scenario)) return fail('scenario must be an object');
  if (!Array.isArray(accumulators)) return fail('accumulators must be a list');
  if ((await scenarioHash(scenario as ResolvedScenario)) !== hash) fail('the embedded scenario does not match its recorded hash (was the file edited?)');
  let parsed: (Accumulator | null)[];
  try {
    parsed = accumulators.map((entry: unknown) => (entry === null ? null : parseAccumulator(entry)));
  } catch (error) {
    return fail((error as Error).message);
  }
  return {
    name,
    rtsim: rtsim as string,
    hash: hash as string,
    shard: shardField,
    scenarioText: scenarioText as string,
    scenario: scenario as ResolvedScenario,
    accumulators: parsed,
  };
}

/**
 * `rtsim merge PART... [--out DIR] [--json]` for every kind of part: partial results of an ordinary run go to
 * mergeCommand unchanged; those of a two-level run (UncertaintyShardFile, from `rtsim run --shard` on a scenario
 * with an `uncertainty` section) are merged here: the parts must share scenario hash and rtsim version and
 * together cover every block of every parameter set exactly once (parts of different N or --split may be mixed if
 * they do; the missing files are named only when all parts share both, as in mergeCommand); each set's exact totals are merged and
 * summarised, and the files are byte for byte those of a single `rtsim run`.
 * @param args - the arguments after `merge`
 * @param io - output streams, working directory, abort signal
 * @returns the exit status (0, 1, 2 or 130)
 * @throws UsageError for invalid options or parts
 */
export async function mergePartsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandOptions('merge', args, { out: { type: 'string' }, json: { type: 'boolean' } });
  if (values['help'] === true || positionals.length === 0) return mergeCommand(args, io);
  const paths = positionals.map((name) => resolve(io.cwd, name));
  const first = await readJson(paths[0] as string, positionals[0] as string);
  if (!isUncertaintyPart(first)) return mergeCommand(args, io);
  const parts: UncertaintyPart[] = [await parsePart(first, positionals[0] as string)];
  for (let p = 1; p < paths.length; p++) {
    parts.push(await parsePart(await readJson(paths[p] as string, positionals[p] as string), positionals[p] as string));
  }
  const head = parts[0] as UncertaintyPart;
  const version = rtsimVersion();
  for (const part of parts) {
    if (part.hash !== head.hash) throw new UsageError(`rtsim merge: ${head.name} and ${part.name} come from different runs: scenario hash ${head.hash} vs ${part.hash}`);
    if (part.rtsim !== version) throw new UsageError(`rtsim merge: ${part.name} was computed by rtsim ${part.rtsim}, this is rtsim ${version}: run every shard and the merge with the same version`);
    if (part.accumulators.length !== head.accumulators.length) throw new UsageError(`rtsim merge: ${part.name} has ${part.accumulators.length} parameter sets, ${head.name} ${head.accumulators.length}`);
  }
  const sets = parameterSets(head.scenario);
  if (sets.scenarios.length !== head.accumulators.length) throw new UsageError(`rtsim merge: ${head.name} holds ${head.accumulators.length} parameter sets, its scenario makes ${sets.scenarios.length}`);
  const meta = { version, scenarioHash: head.hash };
  let nominal: TrialResults | undefined;
  const outcomes: DrawOutcome[] = [];
  try {
    for (let set = 0; set < sets.scenarios.length; set++) {
      const pieces = parts.map((part) => part.accumulators[set]).filter((accumulator): accumulator is Accumulator => accumulator !== null && accumulator !== undefined);
      const plan = compilePlan(sets.scenarios[set] as ResolvedScenario);
      let merged: Accumulator;
      try {
        merged = pieces.length === 0 ? createAccumulator(plan) : mergeAccumulators(pieces);
      } catch (error) {
        throw new UsageError(`rtsim merge: parameter set ${set}: ${(error as Error).message}${/overlap/.test((error as Error).message) ? ' (was a shard given twice, or shards of different N or --split mixed?)' : ''}`);
      }
      const missing = Array.from(merged.covered).filter((covered) => covered !== 1).length;
      if (missing > 0) {
        const units = sets.scenarios.length * merged.blockCount;
        throw new UsageError(`rtsim merge: parameter set ${set} misses ${missing} of ${merged.blockCount} blocks${missingPartsHint(parts.map((part) => part.shard), units)}`);
      }
      const results = summarize(merged, plan, meta);
      if (set === 0) nominal = results;
      else outcomes.push(drawOutcome(results));
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    io.stderr.write(`rtsim merge: failed: ${(error as Error).message}\n`);
    return exitCodes.failed;
  }
  const results: TrialResults = { ...(nominal as TrialResults), uncertainty: summarizeUncertainty(sets, nominal as TrialResults, outcomes) };
  const outDirectory = values['out'] === undefined ? dirname(paths[0] as string) : resolve(io.cwd, values['out'] as string);
  try {
    const files = resultFiles(results, head.scenarioText);
    const printed = values['json'] === true ? resultsJson(results) : `${comparisonTable(results)}\n${uncertaintyTable(results)}`;
    await writeFilesAtomically(outDirectory, files, io.signal);
    io.stdout.write(printed);
    io.stderr.write(`rtsim merge: ${parts.length} part${parts.length === 1 ? '' : 's'} of a two-level run merged; wrote ${files.map((f) => f.name).join(', ')} to ${outDirectory}\n`);
    return exitCodes.ok;
  } catch (error) {
    if (io.signal?.aborted === true) {
      io.stderr.write('rtsim merge: interrupted; nothing was written\n');
      return exitCodes.interrupted;
    }
    io.stderr.write(`rtsim merge: could not write to ${outDirectory} (${basename(outDirectory)}): ${(error as Error).message}\n`);
    return exitCodes.failed;
  }
}

import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { accumulatorProblem } from '../cohort/accumulatorProblem.js';
import { compilePlan } from '../cohort/compilePlan.js';
import type { Accumulator } from '../cohort/createAccumulator.js';
import { createAccumulator } from '../cohort/createAccumulator.js';
import { mergeAccumulators } from '../cohort/mergeAccumulators.js';
import { parseAccumulator } from '../cohort/parseAccumulator.js';
import { summarize } from '../cohort/summarize.js';
import type { TrialResults } from '../cohort/TrialResults.js';
import { resultsJson } from '../report/resultsJson.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { DrawOutcome } from '../uncertainty/drawOutcome.js';
import { drawOutcome } from '../uncertainty/drawOutcome.js';
import { parameterSets } from '../uncertainty/parameterSets.js';
import { summarizeUncertainty } from '../uncertainty/summarizeUncertainty.js';
import type { CliIo } from './CliIo.js';
import { checkOutputDirectory } from './checkOutputDirectory.js';
import { comparisonTable } from './comparisonTable.js';
import { exitCodes } from './exitCodes.js';
import { mergeCommand } from './mergeCommand.js';
import { mergeSensitivityParts } from './mergeSensitivityParts.js';
import { missingPartsHint } from './missingPartsHint.js';
import { parseCommandOptions } from './parseCommandOptions.js';
import type { ShardField } from './parseShardField.js';
import { parseShardField } from './parseShardField.js';
import { resultFiles } from './resultFiles.js';
import { rtsimVersion } from './rtsimVersion.js';
import { uncertaintyShardUnits } from './runUncertainCommand.js';
import { shardFileKind } from './shardFileKind.js';
import { shardScenario } from './shardScenario.js';
import { shardSealProblem } from './shardSealProblem.js';
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
  if (!isUncertaintyPart(value)) return fail(`its format is not "rtsim-uncertainty-shard"${shardFileKind(value) === undefined ? '' : ` (it is ${shardFileKind(value)})`} (parts of one run must all be of one kind)`);
  const file = value as Record<string, unknown>;
  const seal = shardSealProblem(file);
  if (seal !== undefined) return fail(seal);
  const { rtsim, scenarioHash: hash, shard, scenarioText, draws, accumulators } = file;
  if (typeof rtsim !== 'string') fail('rtsim (the version) must be a string');
  let shardField: ShardField;
  try {
    shardField = parseShardField(shard);
  } catch (error) {
    return fail((error as Error).message);
  }
  const derived = await shardScenario(file);
  if ('problem' in derived) return fail(derived.problem);
  const { scenario } = derived;
  if (scenario.uncertainty === undefined) return fail('its scenario has no uncertainty section');
  if (draws !== scenario.uncertainty.draws) fail(`draws ${JSON.stringify(draws)} is not its scenario's ${scenario.uncertainty.draws}`);
  const sets = parameterSets(scenario);
  if (!Array.isArray(accumulators) || accumulators.length !== sets.scenarios.length) {
    return fail(`accumulators must be a list of ${sets.scenarios.length} entries (one per parameter set), null or an accumulator`);
  }
  const units = uncertaintyShardUnits(sets.scenarios, shardField.index, shardField.count, shardField.split);
  const parsed: (Accumulator | null)[] = [];
  for (const [set, entry] of (accumulators as unknown[]).entries()) {
    const blocks = units.filter(([unitSet]) => unitSet === set).map(([, block]) => block);
    if (entry === null) {
      if (blocks.length > 0) fail(`accumulators[${set}] is null, but shard ${shardField.index}/${shardField.count} computes ${blocks.length} of its blocks`);
      parsed.push(null);
      continue;
    }
    if (blocks.length === 0) fail(`accumulators[${set}] is given, but shard ${shardField.index}/${shardField.count} computes none of its blocks`);
    let accumulator: Accumulator;
    try {
      accumulator = parseAccumulator(entry);
    } catch (error) {
      return fail(`accumulators[${set}]: ${(error as Error).message}`);
    }
    const problem = accumulatorProblem(accumulator, compilePlan(sets.scenarios[set] as ResolvedScenario), blocks);
    if (problem !== undefined) fail(`accumulators[${set}]: ${problem}`);
    parsed.push(accumulator);
  }
  return {
    name,
    rtsim: rtsim as string,
    hash: hash as string,
    shard: shardField,
    scenarioText: scenarioText as string,
    scenario,
    accumulators: parsed,
  };
}

/** Checks that no block of parameter set `set` is in two parts; throws UsageError naming both files otherwise. */
function checkOverlap(parts: readonly UncertaintyPart[], set: number, blockTotal: number): void {
  const owner: (string | undefined)[] = Array.from({ length: blockTotal }, () => undefined);
  for (const part of parts) {
    const covered = part.accumulators[set]?.covered;
    if (covered === undefined) continue;
    for (let k = 0; k < covered.length; k++) {
      if (covered[k] !== 1) continue;
      const previous = owner[k];
      if (previous !== undefined) {
        throw new UsageError(`rtsim merge: parameter set ${set}: block ${k} is in both ${previous} and ${part.name}: the parts overlap (was a shard given twice, or shards of different N or --split mixed?)`);
      }
      owner[k] = part.name;
    }
  }
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
  if (shardFileKind(first) === 'a part of rtsim sensitivity --shard') return mergeSensitivityParts(args, io);
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
  }
  // Every part's scenario is validated and has the head's hash, so every part holds one accumulator per set of these.
  const sets = parameterSets(head.scenario);
  const outDirectory = values['out'] === undefined ? dirname(paths[0] as string) : resolve(io.cwd, values['out'] as string);
  await checkOutputDirectory('merge', outDirectory);
  const meta = { version, scenarioHash: head.hash };
  let nominal: TrialResults | undefined;
  const outcomes: DrawOutcome[] = [];
  try {
    for (let set = 0; set < sets.scenarios.length; set++) {
      const pieces = parts.map((part) => part.accumulators[set]).filter((accumulator): accumulator is Accumulator => accumulator !== null && accumulator !== undefined);
      const plan = compilePlan(sets.scenarios[set] as ResolvedScenario);
      checkOverlap(parts, set, plan.blockCount);
      const merged = pieces.length === 0 ? createAccumulator(plan) : mergeAccumulators(pieces);
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

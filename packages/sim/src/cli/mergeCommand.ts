import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { compilePlan } from '../cohort/compilePlan.js';
import { mergeAccumulators } from '../cohort/mergeAccumulators.js';
import { summarize } from '../cohort/summarize.js';
import { resultsJson } from '../report/resultsJson.js';
import type { CliIo } from './CliIo.js';
import { checkOutputDirectory } from './checkOutputDirectory.js';
import { comparisonTable } from './comparisonTable.js';
import { exitCodes } from './exitCodes.js';
import { helpText } from './helpText.js';
import { missingPartsHint } from './missingPartsHint.js';
import { parseCommandOptions } from './parseCommandOptions.js';
import type { ParsedShard } from './parseShardFile.js';
import { parseShardFile } from './parseShardFile.js';
import { resultFiles } from './resultFiles.js';
import { rtsimVersion } from './rtsimVersion.js';
import { UsageError } from './UsageError.js';
import { writeFilesAtomically } from './writeFilesAtomically.js';

const listed = (numbers: readonly number[], most = 10): string =>
  numbers.length <= most ? numbers.join(', ') : `${numbers.slice(0, most).join(', ')}, … (${numbers.length} in all)`;

/** Checks that the parts belong to one run and cover each of its blocks exactly once; throws UsageError otherwise. */
function checkParts(parts: readonly ParsedShard[], names: readonly string[]): void {
  const first = parts[0] as ParsedShard;
  const firstName = names[0] as string;
  const version = rtsimVersion();
  parts.forEach((part, p) => {
    const name = names[p] as string;
    const differ = (what: string, a: unknown, b: unknown): never => {
      throw new UsageError(`rtsim merge: ${firstName} and ${name} come from different runs: ${what} ${String(a)} vs ${String(b)}`);
    };
    if (part.scenarioHash !== first.scenarioHash) differ('scenario hash', first.scenarioHash, part.scenarioHash);
    if (part.seed !== first.seed) differ('seed', first.seed, part.seed);
    if (part.patients !== first.patients) differ('patients', first.patients, part.patients);
    if (part.rtsim !== version) {
      throw new UsageError(`rtsim merge: ${name} was computed by rtsim ${part.rtsim}, this is rtsim ${version}: run every shard and the merge with the same version`);
    }
  });
  const { blockCount } = first.accumulator;
  const owner = new Int32Array(blockCount).fill(-1);
  parts.forEach((part, p) => {
    for (let k = 0; k < blockCount; k++) {
      if (part.accumulator.covered[k] !== 1) continue;
      const previous = owner[k] as number;
      if (previous >= 0) {
        throw new UsageError(`rtsim merge: block ${k} is in both ${names[previous]} and ${names[p]}: the parts overlap (was a shard given twice, or shards of different N or --split mixed?)`);
      }
      owner[k] = p;
    }
  });
  const missing: number[] = [];
  owner.forEach((p, k) => {
    if (p < 0) missing.push(k);
  });
  if (missing.length === 0) return;
  throw new UsageError(`rtsim merge: ${missing.length} of ${blockCount} blocks are not covered by any part (blocks ${listed(missing)})${missingPartsHint(parts.map((part) => part.shard), blockCount)}`);
}

/**
 * `rtsim merge PART... [--out DIR] [--json]`: combines shard results into the files of a full run. Checks that
 * every part is a partial result of the same scenario hash, seed, patient count and rtsim version, and that
 * together they cover every block exactly once (parts of different N or --split may be mixed if they do) (clear message and status 2 otherwise); then merges the exact
 * totals, summarises, prints the table (or results.json with --json) and writes results.json, arms.csv and
 * report.html atomically: byte for byte what a single `rtsim run` writes.
 * @param args - the arguments after `merge`
 * @param io - output streams, working directory, abort signal
 * @returns the exit status (0, 1, 2 or 130)
 * @throws UsageError for invalid options or parts
 */
export async function mergeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandOptions('merge', args, { out: { type: 'string' }, json: { type: 'boolean' } });
  if (values['help'] === true) {
    io.stdout.write(helpText('merge'));
    return exitCodes.ok;
  }
  if (positionals.length === 0) throw new UsageError('rtsim merge: expected one or more partial result files (see rtsim merge --help)');
  const paths = positionals.map((name) => resolve(io.cwd, name));
  const names = positionals.map((name) => basename(name));
  const parts: ParsedShard[] = [];
  for (const [p, path] of paths.entries()) {
    const name = positionals[p] as string;
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(`rtsim merge: cannot read ${name}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new UsageError(`rtsim merge: ${name} is not JSON (is it a partial-K-of-N.json written by rtsim run --shard?)`);
    }
    parts.push(await parseShardFile(value, name));
  }
  checkParts(parts, names);
  const first = parts[0] as ParsedShard;
  const outDirectory = values['out'] === undefined ? dirname(paths[0] as string) : resolve(io.cwd, values['out'] as string);
  await checkOutputDirectory('merge', outDirectory);
  try {
    const accumulator = mergeAccumulators(parts.map((part) => part.accumulator));
    const results = summarize(accumulator, compilePlan(first.scenario), { version: rtsimVersion(), scenarioHash: first.scenarioHash });
    const files = resultFiles(results, first.scenarioText);
    const printed = values['json'] === true ? resultsJson(results) : comparisonTable(results);
    await writeFilesAtomically(outDirectory, files, io.signal);
    io.stdout.write(printed);
    io.stderr.write(`rtsim merge: ${parts.length} part${parts.length === 1 ? '' : 's'} merged; wrote ${files.map((f) => f.name).join(', ')} to ${outDirectory}\n`);
    return exitCodes.ok;
  } catch (error) {
    if (io.signal?.aborted === true) {
      io.stderr.write('rtsim merge: interrupted; nothing was written\n');
      return exitCodes.interrupted;
    }
    io.stderr.write(`rtsim merge: failed: ${(error as Error).message}\n`);
    return exitCodes.failed;
  }
}

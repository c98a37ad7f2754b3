import { libraryRelease } from '@rtsim/core';
import { basename, resolve } from 'node:path';
import { blockCount } from '../cohort/blockCount.js';
import { compilePlan } from '../cohort/compilePlan.js';
import { modelVersion } from '../scenario/modelVersion.js';
import { serializeAccumulator } from '../cohort/serializeAccumulator.js';
import { shardBlocks } from '../cohort/shardBlocks.js';
import { summarize } from '../cohort/summarize.js';
import { defaultWorkerCount } from '../pool/defaultWorkerCount.js';
import { runNodePool } from '../pool/runNodePool.js';
import { resultsJson } from '../report/resultsJson.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { maxPatients } from '../scenario/scenarioSchema.js';
import { scenarioHash } from '../scenario/scenarioHash.js';
import type { CliIo } from './CliIo.js';
import { checkOutputDirectory } from './checkOutputDirectory.js';
import { comparisonTable } from './comparisonTable.js';
import { createProgressBar } from './createProgressBar.js';
import { defaultOutputDirectory } from './defaultOutputDirectory.js';
import { exitCodes } from './exitCodes.js';
import { formatIssueLine } from './formatIssueLine.js';
import { helpText } from './helpText.js';
import { parseCommandOptions } from './parseCommandOptions.js';
import { parseShard } from './parseShard.js';
import { parseShardSplit } from './parseShardSplit.js';
import { parseWorkers } from './parseWorkers.js';
import { readScenarioFile } from './readScenarioFile.js';
import { resultFiles } from './resultFiles.js';
import { runFailureStatus } from './runFailureStatus.js';
import { runUncertainCommand } from './runUncertainCommand.js';
import { rtsimVersion } from './rtsimVersion.js';
import { sealShard } from './sealShard.js';
import type { ShardFile } from './ShardFile.js';
import { shardFormatVersion } from './shardSealProblem.js';
import { terminalText } from './terminalText.js';
import { UsageError } from './UsageError.js';
import { writeFailureStatus } from './writeFailureStatus.js';
import { writeFilesAtomically } from './writeFilesAtomically.js';

function wholeNumber(option: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!(Number.isSafeInteger(value) && value >= min && value <= max)) {
    throw new UsageError(`rtsim run: ${option}: expected a whole number from ${min} to ${max}, got '${text}'`);
  }
  return value;
}

/**
 * `rtsim run FILE [--patients N] [--seed S] [--workers N] [--out DIR] [--json] [--shard K/N [--split strided|contiguous]]`
 * (docs/cli.md).
 *
 * Reads and validates the scenario (problems: one per line on stderr, exit 2), applies the overrides, simulates
 * the blocks on worker threads with a progress bar on a terminal, then either summarises the run (table or JSON on
 * stdout; results.json, arms.csv and report.html written atomically) or, with --shard, writes the shard's
 * `partial-K-of-N.json`. Ctrl-C (the io signal) stops the workers, writes nothing and returns 130.
 * @param args - the arguments after `run`
 * @param io - output streams, working directory, abort signal
 * @returns the exit status (0, 1, 2 or 130)
 * @throws UsageError for invalid options (main prints it and returns 2)
 */
export async function runCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandOptions('run', args, {
    patients: { type: 'string' },
    seed: { type: 'string' },
    workers: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
    shard: { type: 'string' },
    split: { type: 'string' },
  });
  if (values['help'] === true) {
    io.stdout.write(helpText('run'));
    return exitCodes.ok;
  }
  if (positionals.length !== 1) {
    throw new UsageError(`rtsim run: expected one scenario file, got ${positionals.length === 0 ? 'none' : positionals.map((p) => `'${p}'`).join(' ')} (see rtsim run --help)`);
  }
  const patients = wholeNumber('--patients', values['patients'] as string | undefined, 1, maxPatients);
  const seed = wholeNumber('--seed', values['seed'] as string | undefined, 0, Number.MAX_SAFE_INTEGER);
  const workers = parseWorkers('rtsim run', values['workers'] as string | undefined);
  const split = values['split'] === undefined ? 'strided' : parseShardSplit(values['split'] as string);
  if (values['split'] !== undefined && values['shard'] === undefined) {
    throw new UsageError(`rtsim run: --split ${split} needs --shard K/N: it says how the blocks are divided among the N shards (see rtsim run --help)`);
  }
  const shardNumbers = values['shard'] === undefined ? undefined : parseShard(values['shard'] as string);
  // The split is recorded only when it is not the default, so strided shard files keep their earlier form.
  const shard = shardNumbers === undefined ? undefined : { ...shardNumbers, ...(split === 'strided' ? {} : { split }) };
  const json = values['json'] === true;
  const path = resolve(io.cwd, positionals[0] as string);
  const outDirectory = values['out'] === undefined ? defaultOutputDirectory(path) : resolve(io.cwd, values['out'] as string);

  const file = await readScenarioFile(path);
  if (!file.ok) {
    io.stderr.write(`rtsim run: ${positionals[0]} is not a valid scenario (${file.issues.length} problem${file.issues.length === 1 ? '' : 's'}):\n`);
    for (const issue of file.issues) io.stderr.write(`${terminalText(formatIssueLine(issue))}\n`);
    return exitCodes.invalidInput;
  }
  await checkOutputDirectory('run', outDirectory);
  const scenario: ResolvedScenario = { ...file.scenario, ...(patients === undefined ? {} : { patients }), ...(seed === undefined ? {} : { seed }) };
  const hash = await scenarioHash(scenario);
  if (scenario.uncertainty !== undefined) {
    // Parameter uncertainty: a two-level run over K + 1 parameter sets (docs/uncertainty.md).
    return runUncertainCommand(
      { scenario, hash, file, workers: workers ?? defaultWorkerCount(), ...(shard === undefined ? {} : { shard }), json, outDirectory },
      io,
    );
  }
  const plan = compilePlan(scenario);
  const blocks = shard === undefined ? undefined : shardBlocks(blockCount(scenario.patients), shard.index - 1, shard.count, split);
  if (shard !== undefined && blocks?.length === 0) {
    io.stderr.write(`rtsim run: warning: shard ${shard.index}/${shard.count} has no blocks (the run has only ${plan.blockCount}); its partial result is empty\n`);
  }

  const poolSize = workers ?? defaultWorkerCount();
  const blocksToRun = blocks?.length ?? plan.blockCount;
  const threads = poolSize === 0 ? 'in the main thread' : `on ${Math.min(poolSize, Math.max(1, blocksToRun))} worker thread${Math.min(poolSize, blocksToRun) === 1 ? '' : 's'}`;
  const splitNote = split === 'strided' ? '' : `, ${split}`;
  const part = shard === undefined ? '' : ` (shard ${shard.index}/${shard.count}${splitNote}: ${blocksToRun} of ${plan.blockCount} blocks)`;
  io.stderr.write(`rtsim run: ${terminalText(scenario.name)}: ${scenario.patients} patients, seed ${scenario.seed}${part}, ${threads}\n`);
  const bar = createProgressBar(io.stderr);
  const started = Date.now();
  let accumulator;
  try {
    accumulator = await runNodePool({
      scenario,
      ...(blocks === undefined ? {} : { blocks }),
      workers: poolSize,
      onProgress: (progress) => bar.update(progress),
      ...(io.signal === undefined ? {} : { signal: io.signal }),
    });
  } catch (error) {
    return runFailureStatus(io, bar, error);
  }
  bar.clear();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  try {
    if (shard !== undefined) {
      const body: ShardFile = sealShard({
        format: 'rtsim-shard',
        formatVersion: shardFormatVersion,
        rtsim: rtsimVersion(),
        model: modelVersion,
        library: { version: libraryRelease.version, hash: libraryRelease.hash },
        scenarioHash: hash,
        seed: scenario.seed,
        patients: scenario.patients,
        shard,
        scenarioFile: file.fileName,
        scenarioText: file.text,
        scenario,
        accumulator: serializeAccumulator(accumulator),
      });
      const name = `partial-${shard.index}-of-${shard.count}.json`;
      const content = `${JSON.stringify(body, null, 2)}\n`;
      await writeFilesAtomically(outDirectory, [{ name, content }], io.signal);
      if (json) io.stdout.write(content);
      else io.stdout.write(`shard ${shard.index}/${shard.count}${splitNote}: ${blocks?.length ?? 0} of ${plan.blockCount} blocks in ${seconds} s\n`);
      io.stderr.write(`rtsim run: wrote ${basename(name)} to ${outDirectory}\n`);
      return exitCodes.ok;
    }
    let results;
    try {
      results = summarize(accumulator, plan, { version: rtsimVersion(), scenarioHash: hash });
    } catch (error) {
      io.stderr.write(`rtsim run: the run failed: ${(error as Error).message}\n`);
      return exitCodes.failed;
    }
    // Everything printed is made before anything is written: a failure leaves no files behind it.
    const files = resultFiles(results, file.text);
    const printed = json ? resultsJson(results) : comparisonTable(results);
    await writeFilesAtomically(outDirectory, files, io.signal);
    io.stdout.write(printed);
    io.stderr.write(`rtsim run: ${scenario.patients} patients in ${seconds} s; wrote ${files.map((f) => f.name).join(', ')} to ${outDirectory}\n`);
    return exitCodes.ok;
  } catch (error) {
    return writeFailureStatus(io, outDirectory, error);
  }
}

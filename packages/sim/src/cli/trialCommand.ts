import { basename, resolve } from 'node:path';
import { defaultWorkerCount } from '../pool/defaultWorkerCount.js';
import { nodeSpawn } from '../pool/nodeSpawn.js';
import type { PoolProgress } from '../pool/PoolProgress.js';
import { resultsJson } from '../report/resultsJson.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { maxPatients } from '../scenario/scenarioSchema.js';
import { runTrial } from '../trial/runTrial.js';
import { trialFileNames, trialFiles } from '../trial/trialFiles.js';
import type { TrialPlan } from '../trial/trialPlan.js';
import { trialPlan } from '../trial/trialPlan.js';
import type { TrialShard } from '../trial/TrialShard.js';
import { noEffectNote } from './noEffectNote.js';
import { plausibilityNoteLines } from './plausibilityNoteLines.js';
import type { CliIo } from './CliIo.js';
import { checkOutputDirectory } from './checkOutputDirectory.js';
import { createProgressBar } from './createProgressBar.js';
import { defaultOutputDirectory } from './defaultOutputDirectory.js';
import { exitCodes } from './exitCodes.js';
import { parseShard } from './parseShard.js';
import { parseShardSplit } from './parseShardSplit.js';
import { parseWholeNumber } from './parseWholeNumber.js';
import { parseWorkers } from './parseWorkers.js';
import { partialFile } from './partialFile.js';
import { readScenarioFile } from './readScenarioFile.js';
import { parseStratumDimensions } from './parseStratumDimensions.js';
import { resultsTables } from './resultsTables.js';
import { runFailureStatus } from './runFailureStatus.js';
import { rtsimVersion } from './rtsimVersion.js';
import { terminalText } from './terminalText.js';
import { UsageError } from './UsageError.js';
import { writeFailureStatus } from './writeFailureStatus.js';
import { writeFilesAtomically } from './writeFilesAtomically.js';
import { writeScenarioIssues } from './writeScenarioIssues.js';
import { outputDirectoryOption } from './outputDirectoryOption.js';
import { refuseOverwritingInput } from './refuseOverwritingInput.js';
import { shardPartName } from '../trial/shardPartName.js';

/** `rtsim run: NAME: 400 patients, seed 1 (shard 2/8: 1 of 9 blocks), on 2 worker threads`: what is about to run. */
function startLine(scenario: ResolvedScenario, plan: TrialPlan, shard: TrialShard | undefined, workers: number): string {
  const units = plan.unitsToRun;
  // An empty shard still starts one thread: the count and its plural come from the same number.
  const threadCount = Math.min(workers, Math.max(1, units));
  const threads = workers === 0 ? 'in the main thread' : `on ${threadCount} worker thread${threadCount === 1 ? '' : 's'}`;
  const part = shard === undefined ? '' : ` (shard ${shard.index}/${shard.count}${splitNote(shard)}: ${units} of ${plan.unitCount} blocks)`;
  const draws = plan.sets?.values.length;
  const size = draws === undefined ? `${scenario.patients} patients` : `${scenario.patients} patients × ${draws + 1} parameter sets (nominal + ${draws} drawn)`;
  return `rtsim run: ${terminalText(scenario.name)}: ${size}, seed ${scenario.seed}${part}, ${threads}\n`;
}

const splitNote = (shard: TrialShard): string => (shard.split === undefined || shard.split === 'strided' ? '' : `, ${shard.split}`);

/** The options of `rtsim run` that the trial reads. */
export interface TrialCommandValues {
  readonly patients?: string | undefined;
  readonly seed?: string | undefined;
  readonly workers?: string | undefined;
  readonly out?: string | undefined;
  readonly json?: boolean | undefined;
  readonly shard?: string | undefined;
  readonly split?: string | undefined;
  readonly by?: string | undefined;
}

/**
 * `rtsim run FILE [--patients N] [--seed S] [--workers N] [--out DIR] [--json] [--by DIMENSIONS] [--shard K/N [--split strided|contiguous]]`
 * (docs/cli.md), the trial; runCommand has read the options and sends `--mode expected` to expectedCommand instead.
 *
 * Reads and validates the scenario (problems: one per line on stderr, exit 2; plausibility notes on stderr, which
 * change nothing), applies the overrides and hands it to
 * runTrial (plain or, with an `uncertainty` section, two-level: docs/uncertainty.md) on worker threads with a
 * progress bar on a terminal; then either writes trialFiles (results.json, arms.csv, report.html, endpoints.csv)
 * atomically and prints the results (table or JSON on stdout), or, with --shard, writes the shard's
 * `partial-K-of-N.json` and prints a line (or the file with --json). Printing comes last: stdout shows only results
 * that were saved, and a printout that fails (the executable reports it) leaves the files complete.
 * Ctrl-C (the io signal) stops the workers, writes nothing and returns 130.
 * @param name - the scenario file as given
 * @param values - the parsed options
 * @param io - output streams, working directory, abort signal
 * @returns the exit status (0, 1, 2 or 130)
 * @throws UsageError for invalid options (main prints it and returns 2)
 */
export async function trialCommand(name: string, values: TrialCommandValues, io: CliIo): Promise<number> {
  const patients = parseWholeNumber('rtsim run', '--patients', values.patients, 1, maxPatients);
  const seed = parseWholeNumber('rtsim run', '--seed', values.seed, 0, Number.MAX_SAFE_INTEGER);
  const workers = parseWorkers('rtsim run', values.workers) ?? defaultWorkerCount();
  const split = values.split === undefined ? 'strided' : parseShardSplit('rtsim run', values.split);
  if (values.split !== undefined && values.shard === undefined) {
    throw new UsageError(`rtsim run: --split ${split} needs --shard K/N: it says how the blocks are divided among the N shards (see rtsim run --help)`);
  }
  const shard: TrialShard | undefined = values.shard === undefined ? undefined : { ...parseShard('rtsim run', values.shard), split };
  const json = values.json === true;
  const by = values.by === undefined ? undefined : parseStratumDimensions(values.by);
  const path = resolve(io.cwd, name);
  const outDirectory = outputDirectoryOption('run', values.out, io.cwd) ?? defaultOutputDirectory(path);

  const file = await readScenarioFile(path);
  if (!file.ok) return writeScenarioIssues(io, 'run', name, file.issues);
  if (by !== undefined && !file.scenario.arms.some((arm) => arm.localControl !== undefined)) {
    throw new UsageError(`rtsim run: --by ${values.by}: no arm of ${name} uses the local-control model (localControl: residual-disease), so there are no strata (see docs/scenarios.md)`);
  }
  await checkOutputDirectory('run', outDirectory);
  refuseOverwritingInput('run', outDirectory, shard === undefined ? trialFileNames : [shardPartName('run', shard)], path);
  const scenario: ResolvedScenario = { ...file.scenario, ...(patients === undefined ? {} : { patients }), ...(seed === undefined ? {} : { seed }) };
  let plan: TrialPlan;
  try {
    plan = trialPlan(scenario, shard);
  } catch (error) {
    io.stderr.write(`rtsim run: ${(error as Error).message}\n`);
    return exitCodes.failed;
  }
  if (shard !== undefined && plan.sets === undefined && plan.unitsToRun === 0) {
    io.stderr.write(`rtsim run: warning: shard ${shard.index}/${shard.count} has no blocks (the run has only ${plan.unitCount}); its partial result is empty\n`);
  }
  io.stderr.write(plausibilityNoteLines('rtsim run', file.input));
  io.stderr.write(noEffectNote('rtsim run', scenario, 'endpoints'));
  io.stderr.write(startLine(scenario, plan, shard, workers));
  const bar = createProgressBar(io.stderr);
  const started = Date.now();
  const options = {
    workers,
    spawn: () => nodeSpawn(),
    onProgress: (progress: PoolProgress) => bar.update(progress),
    version: rtsimVersion(),
    ...(io.signal === undefined ? {} : { signal: io.signal }),
  };
  let run;
  try {
    run = await runTrial(scenario, shard === undefined ? options : { ...options, shard: { ...shard, scenarioFile: file.fileName, scenarioText: file.text } });
  } catch (error) {
    return runFailureStatus(io, bar, error);
  }
  bar.clear();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const sets = plan.sets === undefined ? '' : ` (${plan.sets.scenarios.length} parameter sets)`;
  try {
    if (run.kind === 'partial') {
      const written = partialFile(run.partial);
      await writeFilesAtomically(outDirectory, [written], io.signal);
      const { index, count } = run.partial.shard;
      if (json) io.stdout.write(written.content);
      else io.stdout.write(`shard ${index}/${count}${splitNote(run.partial.shard)}: ${plan.unitsToRun} of ${plan.unitCount} blocks${sets} in ${seconds} s\n`);
      io.stderr.write(`rtsim run: wrote ${basename(written.name)} to ${outDirectory}\n`);
      return exitCodes.ok;
    }
    // Everything printed is composed before anything is written (a failure to compose it leaves no files behind),
    // and printed after: the table never shows results that were not saved.
    const files = trialFiles(run.results, file.text);
    const printed = json ? resultsJson(run.results) : resultsTables(run.results, by);
    await writeFilesAtomically(outDirectory, files, io.signal);
    io.stdout.write(printed);
    const size = plan.sets === undefined ? `${scenario.patients} patients` : `${scenario.patients} patients × ${plan.sets.scenarios.length} parameter sets`;
    io.stderr.write(`rtsim run: ${size} in ${seconds} s; wrote ${files.map((f) => f.name).join(', ')} to ${outDirectory}\n`);
    return exitCodes.ok;
  } catch (error) {
    return writeFailureStatus(io, outDirectory, error);
  }
}

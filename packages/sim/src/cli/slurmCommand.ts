import { execFile } from 'node:child_process';
import { access, mkdir } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { blockCount } from '../cohort/blockCount.js';
import { maxPatients } from '../scenario/scenarioSchema.js';
import type { CliIo } from './CliIo.js';
import { defaultOutputDirectory } from './defaultOutputDirectory.js';
import { exitCodes } from './exitCodes.js';
import { noEffectNote } from './noEffectNote.js';
import { plausibilityNoteLines } from './plausibilityNoteLines.js';
import { parseCommandOptions } from './parseCommandOptions.js';
import { parseShardList } from './parseShardList.js';
import { parseShardSplit } from './parseShardSplit.js';
import { parseWholeNumber } from './parseWholeNumber.js';
import { readScenarioFile } from './readScenarioFile.js';
import { shardPartName } from '../trial/shardPartName.js';
import { shellQuote } from './shellQuote.js';
import { slurmArraySpec } from './slurmArraySpec.js';
import { defaultRtsimCommand, slurmCommandLine } from './slurmCommandLine.js';
import { slurmHelpText } from './slurmHelpText.js';
import type { SlurmJob } from './SlurmJob.js';
import { slurmPaths } from './slurmPaths.js';
import { slurmScripts } from './slurmScripts.js';
import { slurmSensitivity, slurmSensitivityProblem } from './slurmSensitivity.js';
import { terminalText } from './terminalText.js';
import { UsageError } from './UsageError.js';
import { writeFilesAtomically } from './writeFilesAtomically.js';
import { writeScenarioIssues } from './writeScenarioIssues.js';
import { outputDirectoryOption } from './outputDirectoryOption.js';

/** Most shards (array tasks) accepted, as for rtsim run --shard. */
const maxShards = 1_000_000;
/** Most CPUs per task accepted, as for rtsim run --workers. */
const maxCpus = 1024;

/**
 * An option written onto an `#SBATCH` line, which sbatch reads without a shell: only characters Slurm's own
 * values use, so that the line means what it says.
 */
function sbatchValue(option: string, text: string | undefined, pattern: RegExp, example: string): string | undefined {
  if (text === undefined) return undefined;
  if (!pattern.test(text)) throw new UsageError(`rtsim slurm: ${option}: expected a value like ${example}, got '${text}'`);
  return text;
}

/** A directory named on an `#SBATCH --output` line: sbatch reads no quotes there, and `%` starts a pattern. */
function checkLogDirectory(directory: string): void {
  if (/[\s%'"\\]/.test(directory)) {
    throw new UsageError(`rtsim slurm: the log directory ${directory} has a space, quote, backslash or % that an #SBATCH line cannot hold; choose another --out`);
  }
}

/** Runs `sbatch --parsable ARGS…` and returns the job id it prints (`1234` or `1234;cluster`). */
function sbatch(args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile('sbatch', ['--parsable', ...args], { cwd }, (error, stdout, stderr) => {
      if (error !== null) {
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'ENOENT' ? 'sbatch is not on PATH (run rtsim slurm on a Slurm login node, or without --submit)' : `${String(stderr).trim() || error.message}`;
        reject(new Error(`sbatch ${args.join(' ')}: ${reason}`));
        return;
      }
      const id = String(stdout).trim().split(';')[0] ?? '';
      if (!/^\d+$/.test(id)) reject(new Error(`sbatch ${args.join(' ')}: expected a job id, got '${String(stdout).trim()}'`));
      else resolvePromise(id);
    });
  });
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * `rtsim slurm FILE --shards N [options]` (docs/sharding.md): checks the scenario, writes the array and merge
 * batch scripts below the output directory, and prints the sbatch commands that submit them, or with --submit
 * submits them (the merge with `--dependency=afterok` on the array). With --only or --missing only those shards
 * are submitted, then the merge. With --sensitivity the tasks run `rtsim sensitivity --shard K/N` instead
 * (slurmSensitivity: its options, checked here with the scenario).
 * @param args - the arguments after `slurm`
 * @param io - output streams, working directory
 * @returns the exit status: 0, 1 (sbatch failed or the scripts could not be written), 2 (invalid input)
 * @throws UsageError for invalid options (main prints it and returns 2)
 */
export async function slurmCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandOptions('slurm', args, {
    shards: { type: 'string' },
    split: { type: 'string' },
    patients: { type: 'string' },
    seed: { type: 'string' },
    'cpus-per-task': { type: 'string' },
    time: { type: 'string' },
    mem: { type: 'string' },
    partition: { type: 'string' },
    account: { type: 'string' },
    'job-name': { type: 'string' },
    out: { type: 'string' },
    rtsim: { type: 'string' },
    only: { type: 'string' },
    missing: { type: 'boolean' },
    submit: { type: 'boolean' },
    sensitivity: { type: 'boolean' },
    output: { type: 'string' },
    measure: { type: 'string' },
    samples: { type: 'string' },
    resamples: { type: 'string' },
  });
  if (values.help === true) {
    io.stdout.write(slurmHelpText);
    return exitCodes.ok;
  }
  if (positionals.length !== 1) {
    throw new UsageError(`rtsim slurm: expected one scenario file, got ${positionals.length === 0 ? 'none' : positionals.map((p) => `'${p}'`).join(' ')} (see rtsim slurm --help)`);
  }
  const shards = parseWholeNumber('rtsim slurm', '--shards', values.shards, 1, maxShards);
  if (shards === undefined) throw new UsageError('rtsim slurm: --shards N is required: the number of array tasks, each one shard (see rtsim slurm --help)');
  if (values.only !== undefined && values.missing === true) throw new UsageError('rtsim slurm: --only and --missing each choose the shards to submit; give one of them');
  const rtsim = values.rtsim ?? defaultRtsimCommand;
  if (rtsim.trim() === '' || /[\n\r]/.test(rtsim)) throw new UsageError(`rtsim slurm: --rtsim: expected a command on one line, e.g. 'node /opt/rtsim/packages/sim/dist/bundle/rtsim.js'`);
  const scenarioPath = resolve(io.cwd, positionals[0]);
  // The paths go into the batch scripts' lines (a comment, #SBATCH --output, the command): a line break in one would
  // start a line of its own that bash runs.
  for (const [what, path] of [['the scenario file', scenarioPath], ['--out', values.out ?? '']] as const) {
    if (/[\n\r]/.test(path)) throw new UsageError(`rtsim slurm: ${what}: a path with a line break cannot be written into a batch script; rename it`);
  }
  const stem = basename(scenarioPath, extname(scenarioPath));
  const slurmName = /^[A-Za-z0-9_.+-]+$/;
  const sensitivity = slurmSensitivity(values);
  const job: SlurmJob = {
    rtsim,
    scenarioPath,
    shards,
    ...(values.split === undefined ? {} : { split: parseShardSplit('rtsim slurm', values.split) }),
    ...optional('patients', parseWholeNumber('rtsim slurm', '--patients', values.patients, 1, maxPatients)),
    ...optional('seed', parseWholeNumber('rtsim slurm', '--seed', values.seed, 0, Number.MAX_SAFE_INTEGER)),
    ...optional('sensitivity', sensitivity),
    jobName: sbatchValue('--job-name', values['job-name'], slurmName, 'rtsim-sts') ?? `rtsim-${stem.replace(/[^A-Za-z0-9_.+-]/g, '_')}`,
    cpusPerTask: parseWholeNumber('rtsim slurm', '--cpus-per-task', values['cpus-per-task'], 1, maxCpus) ?? 1,
    ...optional('time', sbatchValue('--time', values.time, /^(\d+-)?\d+(:\d+){0,2}$|^UNLIMITED$|^INFINITE$/, '30, 02:00:00 or 1-12:00:00')),
    ...optional('memory', sbatchValue('--mem', values.mem, /^\d+[KMGT]?$/, '2G or 500M')),
    ...optional('partition', sbatchValue('--partition', values.partition, /^[A-Za-z0-9_.+,-]+$/, 'batch')),
    ...optional('account', sbatchValue('--account', values.account, slurmName, 'physics')),
    outDirectory: outputDirectoryOption('slurm', values.out, io.cwd) ?? defaultOutputDirectory(scenarioPath),
  };
  const paths = slurmPaths(job.outDirectory, sensitivity !== undefined);
  checkLogDirectory(paths.logDirectory);

  // The scenario is checked here, on the login node, so that a typo fails once rather than in every task.
  const file = await readScenarioFile(scenarioPath);
  if (!file.ok) return writeScenarioIssues(io, 'slurm', positionals[0], file.issues);
  const problem = sensitivity === undefined ? undefined : slurmSensitivityProblem(file.scenario, sensitivity, job.patients);
  if (problem !== undefined) {
    io.stderr.write(`rtsim slurm: ${positionals[0]}: ${terminalText(problem)}\n`);
    return exitCodes.invalidInput;
  }
  // Said here, once, as well as in every task's log: a flat summary is read on the login node's terminal first.
  io.stderr.write(plausibilityNoteLines('rtsim slurm', file.input));
  io.stderr.write(noEffectNote('rtsim slurm', file.scenario, sensitivity === undefined ? 'endpoints' : (sensitivity.measure ?? 'control-rate')));
  const blocks = blockCount(job.patients ?? file.scenario.patients);
  if (file.scenario.uncertainty === undefined && shards > blocks) {
    io.stderr.write(`rtsim slurm: warning: ${shards} shards for ${blocks} block${blocks === 1 ? '' : 's'}: shards ${blocks + 1} to ${shards} have no work (each block is 4096 patients)\n`);
  }

  const all = Array.from({ length: shards }, (_, k) => k + 1);
  let chosen = all;
  if (values.only !== undefined) chosen = parseShardList('--only', values.only, shards);
  if (values.missing === true) {
    const present = await Promise.all(all.map((k) => exists(join(paths.shardDirectory, shardPartName(sensitivity === undefined ? 'run' : 'sensitivity', { index: k, count: shards, split: job.split })))));
    chosen = all.filter((_, i) => !present[i]);
  }

  const scripts = slurmScripts(job);
  try {
    await writeFilesAtomically(paths.scriptDirectory, [
      { name: basename(paths.shardScript), content: scripts.shards },
      { name: basename(paths.mergeScript), content: scripts.merge },
    ]);
    // Slurm does not create the directory of a task's log: a task whose log cannot be opened fails unseen.
    await mkdir(paths.logDirectory, { recursive: true });
    await mkdir(paths.shardDirectory, { recursive: true });
  } catch (error) {
    io.stderr.write(`rtsim slurm: cannot write the scripts to ${paths.scriptDirectory}: ${(error as Error).message}\n`);
    return exitCodes.failed;
  }
  const spec = chosen.length === 0 ? '' : slurmArraySpec(chosen);
  const arrayOption = chosen.length === shards ? [] : [`--array=${spec}`];
  const which = chosen.length === shards ? `all ${shards} shards` : chosen.length === 0 ? 'no shard (every partial result is present)' : `shard${chosen.length === 1 ? '' : 's'} ${spec} of ${shards}`;
  io.stderr.write(`rtsim slurm: wrote ${paths.shardScript} and ${paths.mergeScript}; ${which}\n`);

  if (values.submit !== true) {
    const lines = chosen.length === 0
      ? [`sbatch ${shellQuote(paths.mergeScript)}`]
      : [`array=$(sbatch --parsable ${[...arrayOption, shellQuote(paths.shardScript)].join(' ')})`, `sbatch --dependency=afterok:"$array" ${shellQuote(paths.mergeScript)}`];
    io.stdout.write(`${lines.join('\n')}\n`);
    return exitCodes.ok;
  }
  try {
    let dependency: string[] = [];
    if (chosen.length > 0) {
      const arrayJob = await sbatch([...arrayOption, paths.shardScript], io.cwd);
      io.stdout.write(`shards ${spec} of ${shards}: job ${arrayJob}\n`);
      dependency = [`--dependency=afterok:${arrayJob}`];
    }
    const mergeJob = await sbatch([...dependency, paths.mergeScript], io.cwd);
    io.stdout.write(`merge: job ${mergeJob}\n`);
  } catch (error) {
    io.stderr.write(`rtsim slurm: ${(error as Error).message}\n`);
    return exitCodes.failed;
  }
  io.stderr.write(`rtsim slurm: logs in ${paths.logDirectory}; results in ${job.outDirectory}; if a task fails, after the array has ended:\n  ${slurmCommandLine(job, ['--missing', '--submit'])}\n`);
  return exitCodes.ok;
}

/** `{ [key]: value }` when the value is given, `{}` otherwise (optional properties stay absent, not undefined). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

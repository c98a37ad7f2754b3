import { rtsimVersion } from './rtsimVersion.js';
import { shellQuote } from './shellQuote.js';
import { slurmCommandLine } from './slurmCommandLine.js';
import type { SlurmJob } from './SlurmJob.js';
import { shardPartName } from '../trial/shardPartName.js';
import { slurmPaths } from './slurmPaths.js';

/** The two batch scripts of a Slurm run of one trial. */
export interface SlurmScripts {
  /** The job array: task K runs `rtsim run FILE --shard K/N`. */
  readonly shards: string;
  /** The merge, submitted with `--dependency=afterok:<array job>`. */
  readonly merge: string;
}

/** `#SBATCH` lines shared by both scripts: the resources the user asked for. */
function resourceLines(job: SlurmJob): string[] {
  const lines: string[] = [];
  if (job.time !== undefined) lines.push(`#SBATCH --time=${job.time}`);
  if (job.memory !== undefined) lines.push(`#SBATCH --mem=${job.memory}`);
  if (job.partition !== undefined) lines.push(`#SBATCH --partition=${job.partition}`);
  if (job.account !== undefined) lines.push(`#SBATCH --account=${job.account}`);
  return lines;
}

/**
 * Renders the sbatch scripts of one trial run as a Slurm job array (docs/sharding.md). Array task K runs shard K
 * of N with as many worker threads as it has CPUs and writes `partial-K-of-N.json` (shardPartName: `…-contiguous.json`
 * under --split contiguous); the merge combines all of them
 * into the files of a single `rtsim run`. For a sensitivity analysis (`job.sensitivity`) the tasks run
 * `rtsim sensitivity --shard K/N` and write `sensitivity-partial-K-of-N.json`, merged into the files of a single
 * `rtsim sensitivity`, and on failure prints the command that resubmits the missing shards.
 * Values on `#SBATCH` lines are written as they are (sbatch does not read them as shell words): the caller checks
 * they hold no spaces or quotes.
 * @param job - the run: scenario, shards, resources, paths (absolute)
 * @returns the text of both scripts
 */
export function slurmScripts(job: SlurmJob): SlurmScripts {
  const { sensitivity } = job;
  const paths = slurmPaths(job.outDirectory, sensitivity !== undefined);
  const n = job.shards;
  const prefix = sensitivity === undefined ? '' : 'sensitivity-';
  const kind = sensitivity === undefined ? 'run' : 'sensitivity';
  // The names of the parts, K and N left as letters (for the comment) or as a glob of the N parts (for the merge).
  const part = shardPartName(kind, { index: 'K', count: 'N', split: job.split });
  const parts = shardPartName(kind, { index: '*', count: n, split: job.split });
  const outputs = sensitivity === undefined ? 'results.json, arms.csv, report.html and endpoints.csv' : 'sensitivity.json and report-sensitivity.html';
  const run = [
    `exec ${job.rtsim} ${sensitivity === undefined ? 'run' : 'sensitivity'} ${shellQuote(job.scenarioPath)}`,
    ...(sensitivity?.output === undefined ? [] : [`--output ${shellQuote(sensitivity.output)}`]),
    ...(sensitivity?.measure === undefined ? [] : [`--measure ${sensitivity.measure}`]),
    ...(sensitivity?.samples === undefined ? [] : [`--samples ${sensitivity.samples}`]),
    ...(sensitivity?.resamples === undefined ? [] : [`--resamples ${sensitivity.resamples}`]),
    ...(job.patients === undefined ? [] : [`--patients ${job.patients}`]),
    ...(job.seed === undefined ? [] : [`--seed ${job.seed}`]),
    `--shard "$((SLURM_ARRAY_TASK_ID))/${n}"`,
    ...(job.split === undefined || job.split === 'strided' ? [] : [`--split ${job.split}`]),
    `--workers "\${SLURM_CPUS_PER_TASK:-${job.cpusPerTask}}"`,
    `--out ${shellQuote(paths.shardDirectory)}`,
  ];
  const shards = [
    '#!/bin/bash',
    `#SBATCH --job-name=${job.jobName}`,
    `#SBATCH --array=1-${n}`,
    `#SBATCH --cpus-per-task=${job.cpusPerTask}`,
    ...resourceLines(job),
    `#SBATCH --output=${paths.logDirectory}/${prefix}shard-%A_%a.out`,
    `# Written by rtsim ${rtsimVersion()} slurm: array task K runs shard K of ${n} of ${sensitivity === undefined ? '' : 'the sensitivity analysis of '}${job.scenarioPath}.`,
    `# A task writes its ${part} atomically once the shard is complete, so a rerun or requeued task`,
    '# writes the same bytes again, and one stopped by scancel or its time limit leaves no partial file.',
    'set -euo pipefail',
    run.join(' \\\n  '),
    '',
  ].join('\n');
  const rerun = slurmCommandLine(job, ['--missing', '--submit']);
  const merge = [
    '#!/bin/bash',
    `#SBATCH --job-name=${job.jobName}-merge`,
    '#SBATCH --cpus-per-task=1',
    ...resourceLines(job),
    `#SBATCH --output=${paths.logDirectory}/${prefix}merge-%j.out`,
    `# Written by rtsim ${rtsimVersion()} slurm: merges the ${n} shards into ${outputs}.`,
    'set -uo pipefail',
    'status=0',
    `${job.rtsim} merge ${shellQuote(paths.shardDirectory)}/${parts} --out ${shellQuote(job.outDirectory)} || status=$?`,
    'if [ "$status" -ne 0 ]; then',
    `  echo "rtsim slurm: the merge failed (status $status); resubmit the missing shards and the merge with:" >&2`,
    `  echo ${shellQuote(`  ${rerun}`)} >&2`,
    'fi',
    'exit "$status"',
    '',
  ].join('\n');
  return { shards, merge };
}

import { shellQuote } from './shellQuote.js';
import type { SlurmJob } from './SlurmJob.js';

/** The rtsim command a user has on PATH; any other is written into the command line as `--rtsim`. */
export const defaultRtsimCommand = 'rtsim';

/**
 * The `rtsim slurm` command line that describes a job, for a user to type again: with `--missing --submit`
 * it resubmits the shards whose partial result is absent, and the merge.
 * @param job - the job
 * @param extra - options appended as they are (`--missing`, `--submit`)
 * @returns one line of shell words, every path quoted where needed
 */
export function slurmCommandLine(job: SlurmJob, extra: readonly string[]): string {
  const words = [job.rtsim, 'slurm', shellQuote(job.scenarioPath), '--shards', `${job.shards}`];
  const option = (name: string, value: string | number | undefined): void => {
    if (value !== undefined) words.push(name, shellQuote(`${value}`));
  };
  if (job.sensitivity !== undefined) {
    words.push('--sensitivity');
    option('--output', job.sensitivity.output);
    option('--measure', job.sensitivity.measure);
    option('--samples', job.sensitivity.samples);
    option('--resamples', job.sensitivity.resamples);
  }
  if (job.split !== undefined && job.split !== 'strided') option('--split', job.split);
  option('--patients', job.patients);
  option('--seed', job.seed);
  option('--cpus-per-task', job.cpusPerTask);
  option('--time', job.time);
  option('--partition', job.partition);
  option('--account', job.account);
  option('--mem', job.memory);
  option('--job-name', job.jobName);
  option('--out', job.outDirectory);
  if (job.rtsim !== defaultRtsimCommand) option('--rtsim', job.rtsim);
  return [...words, ...extra].join(' ');
}

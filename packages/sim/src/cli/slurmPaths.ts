import { join } from 'node:path';

/** Where the files of a Slurm run of one trial live, all below its output directory. */
export interface SlurmPaths {
  /** The shards' `partial-K-of-N.json`. */
  readonly shardDirectory: string;
  /** The two batch scripts. */
  readonly scriptDirectory: string;
  /** One log per array task (`shard-<array job>_<K>.out`) and per merge (`merge-<job>.out`). */
  readonly logDirectory: string;
  /** The array script. */
  readonly shardScript: string;
  /** The merge script. */
  readonly mergeScript: string;
}

/**
 * The layout of a Slurm run: `DIR/shards/`, `DIR/slurm/shards.sbatch`, `DIR/slurm/merge.sbatch`,
 * `DIR/slurm/logs/`; the merged results.json, arms.csv, report.html and endpoints.csv in `DIR` itself.
 * A sensitivity analysis (`sensitivity` true) has its own scripts, `DIR/slurm/sensitivity-shards.sbatch` and
 * `DIR/slurm/sensitivity-merge.sbatch`, so that it can share DIR with a run of the same scenario.
 * @param outDirectory - the run's output directory DIR
 * @param sensitivity - whether the job is a sensitivity analysis (default false)
 * @returns the paths
 */
export function slurmPaths(outDirectory: string, sensitivity = false): SlurmPaths {
  const scriptDirectory = join(outDirectory, 'slurm');
  const prefix = sensitivity ? 'sensitivity-' : '';
  return {
    shardDirectory: join(outDirectory, 'shards'),
    scriptDirectory,
    logDirectory: join(scriptDirectory, 'logs'),
    shardScript: join(scriptDirectory, `${prefix}shards.sbatch`),
    mergeScript: join(scriptDirectory, `${prefix}merge.sbatch`),
  };
}

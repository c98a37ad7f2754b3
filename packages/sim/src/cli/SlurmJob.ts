import type { ShardSplit } from '../cohort/ShardSplit.js';
import type { SensitivityMeasure } from '../sensitivity/SensitivityResults.js';

/** The `rtsim sensitivity` options of a Slurm sensitivity analysis, each when given (checked, as typed). */
export interface SlurmSensitivity {
  /** `--output`: `arm:ID` or `diff:A,B`. */
  readonly output?: string;
  /** `--measure`: `control-rate`, `mean-tcp` or an endpoint at a follow-up time, in its one spelling (parseSensitivityMeasure). */
  readonly measure?: SensitivityMeasure;
  /** `--samples`: Saltelli rows N. */
  readonly samples?: number;
  /** `--resamples`: bootstrap resamples. */
  readonly resamples?: number;
}

/** One trial as a Slurm job array of shards and a dependent merge: what `rtsim slurm` renders (docs/sharding.md). */
export interface SlurmJob {
  /** The command that runs rtsim on the compute nodes, as shell words: `rtsim`, `node /opt/rtsim/…/rtsim.js`. */
  readonly rtsim: string;
  /** The scenario file, an absolute path (the tasks may start in another directory). */
  readonly scenarioPath: string;
  /** Shards N: array tasks 1 … N, task K running `rtsim run --shard K/N`. */
  readonly shards: number;
  /** `--split` of the shards; strided when absent. */
  readonly split?: ShardSplit;
  /** `--patients` override, when given. */
  readonly patients?: number;
  /** `--seed` override, when given. */
  readonly seed?: number;
  /**
   * Present for a sensitivity analysis (`--sensitivity`): task K runs `rtsim sensitivity FILE --shard K/N` with
   * these options (and `patients` as its --patients, per evaluation) instead of `rtsim run`.
   */
  readonly sensitivity?: SlurmSensitivity;
  /** Slurm job name of the array; the merge's is this with `-merge`. */
  readonly jobName: string;
  /** CPUs of each array task (`--cpus-per-task`), also its `--workers`. */
  readonly cpusPerTask: number;
  /** Time limit of each task and of the merge, in a form sbatch reads (`02:00:00`, `1-00:00:00`). */
  readonly time?: string;
  /** Slurm partition. */
  readonly partition?: string;
  /** Slurm account charged. */
  readonly account?: string;
  /** Memory of each task and of the merge, as sbatch writes it (`2G`). */
  readonly memory?: string;
  /** Where the merged results go, an absolute path: shards in `shards/`, scripts and logs in `slurm/` below it. */
  readonly outDirectory: string;
}

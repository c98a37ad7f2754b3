import type { SensitivityMeasure, SensitivityOutput } from './SensitivityResults.js';

/**
 * The options of a sensitivity analysis with every default filled in: with the scenario they decide the result
 * (the worker count, the machine and the shard split do not). Recorded in each `rtsim sensitivity --shard` part,
 * so that `rtsim merge` finishes the same analysis.
 */
export interface SensitivitySettings {
  readonly output: SensitivityOutput;
  readonly measure: SensitivityMeasure;
  /** N, Saltelli rows (≥ 2). */
  readonly samples: number;
  /** Virtual patients per evaluation (≥ 1). */
  readonly patients: number;
  /** Bootstrap resamples of the Sobol intervals (≥ 1). */
  readonly resamples: number;
}

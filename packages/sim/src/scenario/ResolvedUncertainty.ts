import type { Distribution } from '@rtsim/core';

/** One uncertain population parameter of a scenario, as resolved. */
export interface ResolvedUncertainParameter {
  /** Where the number sits in the scenario, in the path language of docs/uncertainty.md (`cohort.subtypes[sts].alpha.mean`). */
  readonly path: string;
  /** Name in tables and charts (the path unless the file gives one). */
  readonly label: string;
  /** What is believed about the number: a distribution over parameter sets (not over patients), in its unit. */
  readonly distribution: Exclude<Distribution, number>;
}

/**
 * Parameter uncertainty of a scenario (second level): `draws` parameter sets, each drawn from the parameters'
 * distributions, each run as a whole cohort; see docs/uncertainty.md.
 */
export interface ResolvedUncertainty {
  /** K, the number of parameter sets a run draws (outer loop), a whole number ≥ 1. */
  readonly draws: number;
  readonly parameters: readonly ResolvedUncertainParameter[];
}

/** A mean over the virtual population with its uncertainty across R independent scramblings. */
export interface ExpectedEstimate {
  /** Mean of the R scrambling estimates (a probability, 0–1). */
  readonly mean: number;
  /** sd/√R of the R estimates (probability units). */
  readonly standardError: number;
  /** 95 % interval, mean ± t_{0.975, R−1}·SE (probability units). */
  readonly interval: readonly [number, number];
}

/** One arm's expected control probability. */
export interface ExpectedArm extends ExpectedEstimate {
  readonly id: string;
  readonly name: string;
}

/** A paired difference of two arms' expected TCP on the same points (arm a − arm b). */
export interface ExpectedComparison extends ExpectedEstimate {
  readonly a: string;
  readonly b: string;
}

/**
 * What `rtsim run --mode expected` reports (docs/expected-mode.md): per arm, the expectation over the virtual
 * population of the control probability (TCP), by randomised quasi-Monte Carlo; not a trial (no counts, no tests).
 */
export interface ExpectedResults {
  readonly kind: 'rtsim-expected';
  readonly version: string;
  readonly scenario: string;
  readonly seed: number;
  /** Scrambled Sobol' points per scrambling (a power of 2). */
  readonly points: number;
  /** Independent scramblings R. */
  readonly scramblings: number;
  /** Sobol' dimensions: the patient slots before `control`, in slot order. */
  readonly dimensions: number;
  readonly method: string;
  /** Points whose drawn parameters were outside their model domain (left out of every estimate, as the trial leaves such patients out). */
  readonly invalidPoints: number;
  readonly arms: readonly ExpectedArm[];
  readonly comparisons: readonly ExpectedComparison[];
}

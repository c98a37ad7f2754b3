import type { BlockEngine } from '../cohort/blockEngine.js';

/** Sizes of an expected-mode run (docs/expected-mode.md). */
export interface ExpectedOptions {
  /** Sobol' points per scrambling: a power of 2 from expectedLimits.minPoints to maxPoints. */
  readonly points: number;
  /** Independent scramblings R, from expectedLimits.minScramblings to maxScramblings. */
  readonly scramblings: number;
  /** rtsim version, recorded in the results. */
  readonly version: string;
  /**
   * Which engine integrates: `auto` (the WebAssembly kernel for a kernel-eligible plan where it runs, else TypeScript)
   * or `typescript`; both give the same bits. Default: defaultBlockEngine (RTSIM_BLOCK_ENGINE, else `auto`).
   */
  readonly engine?: BlockEngine | undefined;
  /** Stops the run between slices of points (Ctrl-C in the command line); expectedOutcomes then rejects with its reason. */
  readonly signal?: AbortSignal | undefined;
}

/**
 * Limits and defaults: points a power of 2 (the net property that makes Sobol' points balanced holds for 2^m of them),
 * at least 2 scramblings for a standard error (R − 1 degrees of freedom), at most 2^24 × 256 points in one run.
 */
export const expectedLimits: {
  readonly minPoints: 16;
  readonly maxPoints: 16777216;
  readonly defaultPoints: 4096;
  readonly minScramblings: 2;
  readonly maxScramblings: 256;
  readonly defaultScramblings: 16;
} = Object.freeze({ minPoints: 16, maxPoints: 16777216, defaultPoints: 4096, minScramblings: 2, maxScramblings: 256, defaultScramblings: 16 });

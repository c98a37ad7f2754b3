import type { Accumulator } from './createAccumulator.js';

/** One arm's progression counts per time bin: progressions (first of local failure, new metastasis, death) and deaths. */
export interface ProgressionBins {
  readonly progressions: Float64Array;
  readonly deaths: Float64Array;
}

/**
 * Reads arm a's progression section (PartialLayout: `progressionCounts + a·progressionStride`, T bins of
 * progressions then T bins of deaths).
 * @param accumulator - totals covering every block of the run (layout.progression = 1)
 * @param arm - the arm's index
 * @returns the arm's counts per bin
 */
export function progressionBins(accumulator: Accumulator, arm: number): ProgressionBins {
  const { layout, counts } = accumulator;
  const bins = layout.timeBins;
  const at = layout.progressionCounts + arm * layout.progressionStride;
  return { progressions: Float64Array.from(counts.subarray(at, at + bins)), deaths: Float64Array.from(counts.subarray(at + bins, at + 2 * bins)) };
}

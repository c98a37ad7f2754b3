import type { Accumulator } from './createAccumulator.js';

/** One arm's (or one of its strata's) progression counts per time bin: progressions (first of local failure, new metastasis, death) and deaths. */
export interface ProgressionBins {
  readonly progressions: Float64Array;
  readonly deaths: Float64Array;
}

/**
 * Reads arm a's progression section (PartialLayout: `progressionCounts + a·progressionStride`, T bins of
 * progressions then T bins of deaths), or with `stratum` q that stratum's bins (at 2T + q·progressionStratumStride,
 * after the stratum's patient count).
 * @param accumulator - totals covering every block of the run (layout.progression = 1)
 * @param arm - the arm's index
 * @param stratum - index into progressionStrata (absent: the whole arm)
 * @returns the counts per bin
 */
export function progressionBins(accumulator: Accumulator, arm: number, stratum?: number): ProgressionBins {
  const { layout, counts } = accumulator;
  const bins = layout.timeBins;
  const armAt = layout.progressionCounts + arm * layout.progressionStride;
  const at = stratum === undefined ? armAt : armAt + 2 * bins + stratum * layout.progressionStratumStride + 1;
  return { progressions: Float64Array.from(counts.subarray(at, at + bins)), deaths: Float64Array.from(counts.subarray(at + bins, at + 2 * bins)) };
}

/**
 * The patients of arm a in progression stratum q (PartialLayout: the first count of the stratum's group).
 * @param accumulator - totals covering every block of the run (layout.progression = 1)
 * @param arm - the arm's index
 * @param stratum - index into progressionStrata
 * @returns the number of valid patients of the arm in the stratum
 */
export function progressionStratumPatients(accumulator: Accumulator, arm: number, stratum: number): number {
  const { layout, counts } = accumulator;
  return counts[layout.progressionCounts + arm * layout.progressionStride + 2 * layout.timeBins + stratum * layout.progressionStratumStride];
}

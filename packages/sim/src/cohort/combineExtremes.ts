import type { PartialLayout } from './partialLayout.js';

/**
 * Combines the `doseExtremes` section of two sets of totals (see {@link PartialLayout}) by maximum instead of sum:
 * the section holds [max D, max(−D)] per arm, so the maximum of two is the extreme of their union. Exact and
 * independent of order, like the sums. A set without valid patients holds no extreme and is skipped.
 * @param layout - the layout of both sets
 * @param target - fixed-point sums receiving the result in the section (other entries untouched)
 * @param previous - the target's section before the other set was added (length `markerSums − doseExtremes`)
 * @param previousPatients - valid patients of the target before the other set was added
 * @param source - the other set's section, fixed point
 * @param sourcePatients - valid patients of the other set
 * @returns nothing
 */
export function combineExtremes(
  layout: PartialLayout,
  target: bigint[],
  previous: readonly bigint[],
  previousPatients: number,
  source: readonly bigint[],
  sourcePatients: number,
): void {
  const start = layout.doseExtremes;
  const length = layout.markerSums - start;
  for (let i = 0; i < length; i++) {
    const old = previous[i];
    const incoming = source[i];
    target[start + i] = sourcePatients === 0 ? old : previousPatients === 0 ? incoming : old > incoming ? old : incoming;
  }
}

import { maxLesionCount } from '../scenario/lesionsSchema.js';

/**
 * The strata of progression-free and overall survival after SBRT, per arm (PartialLayout's progression section): the
 * patient's FNCLCC grade G1–G3, then the number of lesions the arm treats, 1 to {@link maxLesionCount}. Every count a
 * scenario may give has its place, so the layout does not depend on the scenario's counts (strata without patients
 * are left out of the results).
 */
export const progressionStrata: readonly string[] = ['G1', 'G2', 'G3', ...Array.from({ length: maxLesionCount }, (_, i) => String(i + 1))];

/** Index of the first lesion-count stratum in {@link progressionStrata}: k lesions at `lesionCountStratum + k − 1`. */
export const lesionCountStratum = 3;

/** The two ways of stratifying progression: the patient's grade, and the number of lesions treated in the arm. */
export type ProgressionStratumDimension = 'grade' | 'lesions';

/**
 * The dimension of stratum q of {@link progressionStrata}.
 * @param q - stratum index, 0 ≤ q < progressionStrata.length
 * @returns `grade` or `lesions`
 */
export function progressionStratumDimension(q: number): ProgressionStratumDimension {
  return q < lesionCountStratum ? 'grade' : 'lesions';
}

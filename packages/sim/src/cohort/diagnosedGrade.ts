/**
 * A patient's diagnosed FNCLCC grade by inverse CDF over the true grade's row of core's gradeConfusionMatrix after
 * review: right when u ≥ e (e = (1 − ρ)·g, the arm's grade error); else the adjacent grade — G1 → G2 and G3 → G2, and
 * from G2 to G1 when u < e/2, to G3 otherwise. The right grade takes the upper part of the interval, so with the same
 * u a review (a smaller e) only ever corrects grades, as diagnosedSubtype does for the subtype.
 * @param grade - the true grade index 0–2 (FNCLCC 1–3)
 * @param gradeError - e, the probability of a wrong grade, in [0, 1]
 * @param u - the patient's grade uniform (`pathwayGrade`), in (0, 1)
 * @returns the diagnosed grade index 0–2
 */
export function diagnosedGrade(grade: number, gradeError: number, u: number): number {
  if (u >= gradeError) return grade;
  if (grade === 1) return u < gradeError / 2 ? 0 : 2;
  return 1;
}

import { portableExp } from './portable/portableExp.js';
/**
 * Median regrowth doubling time of a local failure by FNCLCC grade: T_d,50(g) = T_d,50(G2)·e^{−γ(g − 2)}.
 * @param medianDoublingTimeG2 - T_d,50 of a grade 2 tumour, days (> 0; `localControlDefaults.regrowthDoublingTime`)
 * @param logRatioPerGrade - γ, the log ratio of doubling times per grade step (γ > 0: higher grades regrow faster;
 *   `localControlDefaults.regrowthGradeLogRatio`, fitted)
 * @param grade - g, FNCLCC grade 1, 2 or 3
 * @returns T_d,50(g) in days (> 0); NaN outside the domain or for NaN input
 * @remarks Revision 2 of the local-control model (docs/local-control-model.md): the FNCLCC grade is scored from
 *   the mitotic count, differentiation and necrosis (Trojani et al. Int J Cancer 1984;33:37-42), so grade acts on
 *   the regrowth rate as well as on residual disease (issue 14). The result feeds
 *   {@link recurrenceDetectionProbability} and {@link regrowthDetectionDays} as their median doubling time.
 */
export function gradeDoublingTime(medianDoublingTimeG2: number, logRatioPerGrade: number, grade: number): number {
  if (!(medianDoublingTimeG2 > 0 && (grade === 1 || grade === 2 || grade === 3)) || logRatioPerGrade !== logRatioPerGrade) return Number.NaN;
  return medianDoublingTimeG2 * portableExp(-logRatioPerGrade * (grade - 2));
}

/**
 * Clonogen regrowth during treatment in log units, ln G = (ln 2/T_d)·max(0, T − T_k); add it to ln S.
 * @param overallTime - T, days (finite, ≥ 0), e.g. {@link overallTime} of the schedule
 * @param p - `doublingTime` T_d in days (> 0; Infinity means no regrowth) and `kickoffTime` T_k in days
 *   (≥ 0; Infinity means regrowth never starts)
 * @returns ln G ≥ 0, 0 up to the kick-off, non-decreasing in T; NaN for NaN or out-of-domain input
 * @remarks Withers HR, Taylor JMG, Maciejewski B. Acta Oncol 1988;27:131 (kick-off); Fowler JF. Br J Radiol
 *   1989;62:679. Convention: docs/models.md, "Repopulation".
 */
export function repopulationLogGain(
  overallTime: number,
  p: { readonly doublingTime: number; readonly kickoffTime: number },
): number {
  const { doublingTime, kickoffTime } = p;
  if (!(overallTime >= 0 && overallTime < Infinity && doublingTime > 0 && kickoffTime >= 0)) return Number.NaN;
  if (overallTime <= kickoffTime) return 0;
  return (Math.LN2 / doublingTime) * (overallTime - kickoffTime);
}

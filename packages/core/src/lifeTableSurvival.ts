import type { LifeTable, LifeTableSex } from './library/lifeTables/LifeTable.js';
import { lifeTableCumulativeHazard } from './lifeTableCumulativeHazard.js';
import { portableExp } from './portable/portableExp.js';

/**
 * Probability of being alive t years after age a from background mortality alone, S(a, t) = exp(−H(a, t)),
 * H the cumulative hazard of {@link lifeTableCumulativeHazard}.
 * @param table - a life table (q_x, x = 0 … n − 1)
 * @param sex - 'female' or 'male'
 * @param ageYears - a ≥ 0, age at the start in years (fractional allowed)
 * @param years - t ≥ 0, time in years (+∞ allowed)
 * @returns S in [0, 1]; at whole ages and times S(x, k) = Π (1 − q_j), j = x … x + k − 1 = l_{x+k}/l_x; NaN
 *   outside the domain (as {@link lifeTableCumulativeHazard})
 * @remarks Computed as the exponential of the cumulative hazard (log space), so a long product of 1 − q_j is
 *   one sum. Assumptions and source: docs/models.md, "Background mortality".
 */
export function lifeTableSurvival(table: LifeTable, sex: LifeTableSex, ageYears: number, years: number): number {
  const cumulativeHazard = lifeTableCumulativeHazard(table, sex, ageYears, years);
  if (Number.isNaN(cumulativeHazard)) return Number.NaN;
  return cumulativeHazard === Number.POSITIVE_INFINITY ? 0 : portableExp(-cumulativeHazard);
}

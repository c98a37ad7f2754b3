import type { LifeTable, LifeTableSex } from './library/lifeTables/LifeTable.js';
import { lifeTableDeathProbabilities } from './lifeTableDeathProbabilities.js';
import { yearOfAgeDeathYears } from './yearOfAgeDeathYears.js';
import { yearOfAgeHazard } from './yearOfAgeHazard.js';

/**
 * Years from age a to death from background mortality, by inversion: the T with H(a, T) = −ln(1 − u), so that
 * P(T > t) = S(a, t) ({@link lifeTableSurvival}) when u is uniform on [0, 1).
 * @param table - a life table (q_x, x = 0 … n − 1)
 * @param sex - 'female' or 'male'
 * @param ageYears - a ≥ 0, age at the start in years (fractional allowed)
 * @param uniform - u in [0, 1], the patient's uniform
 * @returns T in years (≥ 0; 0 at u = 0; +∞ at u = 1, or when the hazard is 0 from some age on); NaN for another
 *   sex, an empty table, a q outside [0, 1] on the way, or a or u outside the domain
 * @remarks {@link yearOfAgeDeathYears} on the table's hazards h_x = −ln(1 − q_x) ({@link yearOfAgeHazard}): walks
 *   the years of age from a and solves linearly in the year where −ln(1 − u) runs out (the hazard is constant
 *   within a year of age); beyond the table's last age the last hazard continues. Assumptions and source:
 *   docs/models.md, "Background mortality".
 */
export function lifeTableDeathYears(table: LifeTable, sex: LifeTableSex, ageYears: number, uniform: number): number {
  const q = lifeTableDeathProbabilities(table, sex);
  if (q === undefined) return Number.NaN;
  return yearOfAgeDeathYears(Float64Array.from(q, yearOfAgeHazard), ageYears, uniform);
}

import type { LifeTable, LifeTableSex } from './library/lifeTables/LifeTable.js';
import { lifeTableDeathProbabilities } from './lifeTableDeathProbabilities.js';
import { portableLog1p } from './portable/portableLog1p.js';
import { yearOfAgeHazard } from './yearOfAgeHazard.js';

/**
 * Years from age a to death from background mortality, by inversion: the T with H(a, T) = −ln(1 − u), so that
 * P(T > t) = S(a, t) ({@link lifeTableSurvival}) when u is uniform on [0, 1).
 * @param table - a life table (q_x, x = 0 … n − 1)
 * @param sex - 'female' or 'male'
 * @param ageYears - a ≥ 0, age at the start in years (fractional allowed)
 * @param uniform - u in [0, 1], the patient's uniform
 * @returns T in years (≥ 0; 0 at u = 0; +∞ at u = 1, or when the hazard is 0 from some age on); NaN for another
 *   sex, an empty table, a q outside [0, 1], or a or u outside the domain
 * @remarks Walks the years of age from a, subtracting each year's h_x·Δ from −ln(1 − u), and solves linearly in
 *   the year where the rest runs out (the hazard is constant within a year of age); beyond the table's last age
 *   the last hazard continues. Assumptions and source: docs/models.md, "Background mortality".
 */
export function lifeTableDeathYears(table: LifeTable, sex: LifeTableSex, ageYears: number, uniform: number): number {
  const q = lifeTableDeathProbabilities(table, sex);
  if (q === undefined || q.length === 0 || !(ageYears >= 0 && ageYears < Number.POSITIVE_INFINITY && uniform >= 0 && uniform <= 1)) return Number.NaN;
  let remaining = -portableLog1p(-uniform);
  if (remaining === 0) return 0;
  const last = q.length - 1;
  let start = ageYears;
  for (;;) {
    const age = Math.floor(start);
    const hazardPerYear = yearOfAgeHazard(q[Math.min(age, last)]);
    if (Number.isNaN(hazardPerYear)) return Number.NaN;
    if (age >= last) return hazardPerYear === 0 ? Number.POSITIVE_INFINITY : start - ageYears + yearsToSpend(remaining, hazardPerYear);
    const yearHazard = hazardPerYear * (age + 1 - start);
    if (yearHazard >= remaining) return start - ageYears + yearsToSpend(remaining, hazardPerYear);
    remaining -= yearHazard;
    start = age + 1;
  }
}

/** Years a constant hazard h > 0 takes to accumulate the hazard E: E/h; 0 for h = +∞ (q = 1: death at once, even for E = +∞). */
function yearsToSpend(remainingHazard: number, hazardPerYear: number): number {
  return hazardPerYear === Number.POSITIVE_INFINITY ? 0 : remainingHazard / hazardPerYear;
}

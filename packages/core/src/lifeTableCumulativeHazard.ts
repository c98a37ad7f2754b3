import type { LifeTable, LifeTableSex } from './library/lifeTables/LifeTable.js';
import { lifeTableDeathProbabilities } from './lifeTableDeathProbabilities.js';
import { yearOfAgeHazard } from './yearOfAgeHazard.js';

/**
 * Cumulative background hazard from age a over t years, H(a, t) = ∫ₐ^{a+t} μ(s) ds, with μ(s) = h_⌊s⌋ =
 * −ln(1 − q_⌊s⌋) constant within each year of age and μ(s) = h_{n−1} from the last age n − 1 of the table on.
 * @param table - a life table (q_x, x = 0 … n − 1)
 * @param sex - 'female' or 'male'
 * @param ageYears - a ≥ 0, age at the start in years (fractional allowed)
 * @param years - t ≥ 0, time in years (+∞ allowed)
 * @returns H ≥ 0 (dimensionless; −ln of the probability of surviving t years); +∞ past a year with q = 1 or for
 *   t = +∞; NaN for another sex, an empty table, a q outside [0, 1], or a or t outside the domain
 * @remarks The hazard is constant within each year of age (an assumption; exact at whole ages, where
 *   exp(−H(x, k)) = l_{x+k}/l_x), and the last hazard continues beyond the table (an assumption that matters
 *   only past its last age, 119 in the SSA table). Source of the tables: docs/models.md, "Background mortality".
 */
export function lifeTableCumulativeHazard(table: LifeTable, sex: LifeTableSex, ageYears: number, years: number): number {
  const q = lifeTableDeathProbabilities(table, sex);
  if (q === undefined || q.length === 0 || !(ageYears >= 0 && ageYears < Number.POSITIVE_INFINITY && years >= 0)) return Number.NaN;
  const last = q.length - 1;
  const end = ageYears + years;
  let total = 0;
  let start = ageYears;
  while (start < end) {
    const age = Math.floor(start);
    if (age >= last) return total + hazardOver(yearOfAgeHazard(q[last]), end - start);
    const next = Math.min(age + 1, end);
    total += hazardOver(yearOfAgeHazard(q[age]), next - start);
    start = next;
  }
  return total;
}

/** h·Δ for a constant hazard h over Δ years; 0 when h = 0 even for Δ = +∞ (nobody dies: 0·∞ is not NaN here). */
function hazardOver(hazardPerYear: number, lengthYears: number): number {
  return hazardPerYear === 0 ? 0 : hazardPerYear * lengthYears;
}

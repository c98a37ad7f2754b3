import { portableLog1p } from './portable/portableLog1p.js';

/**
 * Years from age a to death under a hazard constant within each year of age, by inversion: the T with
 * H(a, T) = −ln(1 − u), H(a, T) = ∫ₐ^{a+T} h_⌊s⌋ ds, so that P(T > t) = exp(−H(a, t)) when u is uniform on [0, 1).
 * @param hazardsPerYear - h_x per year for x = 0 … n − 1 (≥ 0, +∞ allowed; {@link yearOfAgeHazard} of a life table's
 *   q_x); beyond the last age the last hazard continues
 * @param ageYears - a ≥ 0, age at the start in years (fractional allowed)
 * @param uniform - u in [0, 1], the patient's uniform
 * @returns T in years (≥ 0; 0 at u = 0; +∞ at u = 1, or when the hazard is 0 from some age on); NaN for an empty
 *   array, a NaN hazard on the way, or a or u outside the domain
 * @remarks Walks the years of age from a, subtracting each year's h_x·Δ from −ln(1 − u), and solves linearly in
 *   the year where the rest runs out. The engine passes hazards computed once per table and sex, so a patient costs
 *   no logarithm per year of age; {@link lifeTableDeathYears} is this function on a table's hazards. Assumptions and
 *   source: docs/models.md, "Background mortality".
 */
export function yearOfAgeDeathYears(hazardsPerYear: ArrayLike<number>, ageYears: number, uniform: number): number {
  if (hazardsPerYear.length === 0 || !(ageYears >= 0 && ageYears < Number.POSITIVE_INFINITY && uniform >= 0 && uniform <= 1)) return Number.NaN;
  let remaining = -portableLog1p(-uniform);
  if (remaining === 0) return 0;
  const last = hazardsPerYear.length - 1;
  let start = ageYears;
  for (;;) {
    const age = Math.floor(start);
    const hazardPerYear = hazardsPerYear[age < last ? age : last];
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

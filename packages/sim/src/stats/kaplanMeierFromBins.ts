import { isValidGroupedSurvival } from './GroupedSurvival.js';

/**
 * Kaplan–Meier survival at the end of each fixed-width time bin, from grouped counts:
 * S_j = Π_{i ≤ j} (1 − d_i/n_i), with n_i = n₀ − Σ_{l < i}(d_l + c_l) at risk at the start of bin i.
 * Failures within a bin are tied at its end; patients censored in a bin leave after its failures.
 * With only administrative censoring at the horizon this is 1 − (cumulative failures)/n₀.
 *
 * @param events - failures d_i in each bin (integers ≥ 0)
 * @param censored - patients censored at the end of each bin, c_i (integers ≥ 0, same length)
 * @param atRiskStart - patients at risk at time 0, n₀ (integer ≥ 0)
 * @returns survival at the end of each bin, non-increasing in [0, 1]; once nobody is at risk the last value
 *   is carried forward (1 when n₀ = 0: the empty product); all NaN outside the domain (negative, non-integer
 *   or non-finite counts, unequal lengths, or a bin removing more patients than are at risk)
 * @remarks Between censoring bins the product telescopes, Π (n_i − d_i)/n_i = (n_j − d_j)/n_a for the run of
 *   bins a..j without censoring, so the curve is evaluated with one division per bin plus one product per
 *   censoring bin: without censoring S_j = (n₀ − D_j)/n₀ with a single rounding.
 * @see Kaplan EL, Meier P (1958) J Am Stat Assoc 53:457–481; Collett D (2015) Modelling Survival Data in
 *   Medical Research, 3rd ed., §2.1.2 (life tables and tied times).
 */
export function kaplanMeierFromBins(
  events: ArrayLike<number>,
  censored: ArrayLike<number>,
  atRiskStart: number,
): Float64Array {
  const curve = new Float64Array(events.length);
  if (!isValidGroupedSurvival({ events, censored, atRiskStart })) return curve.fill(NaN);
  let survivalBeforeRun = 1;
  let atRiskAtRunStart = atRiskStart;
  let atRisk = atRiskStart;
  for (let j = 0; j < events.length; j++) {
    const d = events[j];
    const c = censored[j];
    const survivors = atRisk - d;
    const survival = atRiskAtRunStart > 0 ? survivalBeforeRun * (survivors / atRiskAtRunStart) : survivalBeforeRun;
    curve[j] = survival;
    atRisk = survivors - c;
    if (c > 0) {
      survivalBeforeRun = survival;
      atRiskAtRunStart = atRisk;
    }
  }
  return curve;
}

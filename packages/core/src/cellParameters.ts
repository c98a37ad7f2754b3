/**
 * Radiosensitivity of a clonogen population, the `cell` argument of {@link logSurvival}.
 * - `alpha` α, 1/Gy (finite, ≥ 0); `beta` β, 1/Gy² (finite, ≥ 0).
 * - `repairHalfTimeHours` T½, hours (> 0; `Infinity` means no repair). When given, sublethal-damage repair is
 *   incomplete: Lea–Catcheside factor within a fraction of `durationMinutes`, interaction between fractions hours
 *   apart. When absent, every fraction is instantaneous and fully repaired before the next.
 * - `hypoxicFraction` h ∈ [0, 1] (default 0) and `oer` OER ≥ 1 (required when h > 0): hypoxic cells see the
 *   dose divided by OER (α/OER, β/OER² for LQ).
 * - `reoxygenation`: `'none'` (default) keeps the compartments separate for the whole course, `'full'`
 *   restores the hypoxic fraction h before every fraction.
 * - `doseModifyingFactor` DMF (> 0, finite, default 1): a radiosensitiser or concurrent drug multiplies the dose
 *   seen by the cells (α·DMF, β·DMF² for LQ).
 */
export interface CellParameters {
  readonly alpha: number;
  readonly beta: number;
  readonly repairHalfTimeHours?: number;
  readonly hypoxicFraction?: number;
  readonly oer?: number;
  readonly reoxygenation?: 'none' | 'full';
  readonly doseModifyingFactor?: number;
}

import type { SurvivalModel } from './survivalModel.js';

/**
 * Parameters of {@link bed}, {@link eqd2} and the iso-effect solvers.
 * - `alphaBeta` α/β, Gy (> 0; Infinity allowed: BED is then the physical dose).
 * - `alpha` α, 1/Gy (> 0): needed for the time term and for USC.
 * - `doublingTime` T_d and `kickoffTime` T_k, days (T_d > 0, T_k ≥ 0): the time term is applied only when
 *   `alpha`, `doublingTime` and `kickoffTime` are all given.
 * - `model`: survival curve (default LQ).
 * - `repairHalfTimeHours` T½, hours (> 0): optional incomplete repair (Lea–Catcheside factor, interaction between
 *   fractions hours apart), as in {@link logSurvival}. An extension of models.md; absent means full repair.
 */
export interface BedParameters {
  readonly alphaBeta: number;
  readonly alpha?: number;
  readonly doublingTime?: number;
  readonly kickoffTime?: number;
  readonly model?: SurvivalModel;
  readonly repairHalfTimeHours?: number;
}

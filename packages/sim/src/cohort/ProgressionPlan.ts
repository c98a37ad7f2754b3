/**
 * Uniforms per patient of the block's progression stream `progression` (docs/determinism.md)
 * (docs/metastasis-model.md, "Metastatic patients treated with SBRT"): [0] u_new, the time to a new metastasis
 * elsewhere; [1] u_death, the time to death from sarcoma. The same two in every arm (common random numbers).
 */
export const progressionUniforms = 2;

/**
 * Progression and death after SBRT of metastases, compiled from `metastasisDefaults` and the scenario's era: from the
 * first treatment (day 0, the same in every arm), a new metastasis after T_N = −ln(1 − u_new)/λ_N days (exponential) and death from sarcoma
 * after T_S = postMetastasisDeathDays(u_death, μ_S, σ_S) days, μ_S = postMetastasisMedianDays(μ_S(ref), β, era − ref,
 * c_sbrt).
 */
export interface ProgressionPlan {
  /** λ_N, rate of new metastases elsewhere (per day). */
  readonly newMetastasisRatePerDay: number;
  /** μ_S (days) at the scenario's era with the SBRT shift, and σ_S, of the time from SBRT to death from sarcoma. */
  readonly survivalMedianDays: number;
  readonly survivalSigma: number;
  /** The scenario's era (calendar year). */
  readonly era: number;
}

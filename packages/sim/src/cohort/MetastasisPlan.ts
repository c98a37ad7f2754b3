/**
 * Uniforms per patient of the block's metastasis stream (docs/metastasis-model.md, "Engine wiring"): [0] u_met,
 * subclinical metastasis when below p; [1] u_detect, its detection time; [2] u_seed, seeding by a detected local
 * recurrence when below s; [3] u_seedDetect, the seeded metastasis's detection time after the recurrence;
 * [4] u_death, death from sarcoma after the first detection. The same five in every arm (common random numbers).
 */
export const metastasisUniforms = 5;

/**
 * The metastasis model, compiled from `metastasisDefaults` (packages/core, docs/metastasis-model.md) and the
 * scenario's era: p = 1/(1 + e^{−(θ + Σ c_k x_k + h_s)}) (subclinicalMetastasisProbability), detection T_D and death after
 * detection T_S lognormal, μ_S = postMetastasisMedianDays(μ_S(ref), β, era − ref, 0) for M0 patients.
 */
export interface MetastasisPlan {
  /** θ, log odds of subclinical metastasis of the reference patient (G1, superficial, < 5 cm, primary). */
  readonly interceptLogOdds: number;
  /** c_k, log odds ratios: G2, G3, 5–10 cm, > 10 cm, deep, recurrent presentation. */
  readonly logOddsRatio: Float64Array;
  /** h_s, per subtype of the plan (EnginePlan.subtypes order): its histology's log odds ratio (ResolvedMetastasis.histologyLogOddsRatio; 0 when absent). */
  readonly subtypeLogOddsRatio: Float64Array;
  /** μ_D (days) and σ_D of the detection time T_D, from the end of treatment (or from a seeding recurrence). */
  readonly detectionMedianDays: number;
  readonly detectionSigma: number;
  /** μ_S (days) at the scenario's era and σ_S of the time T_S from detection to death from sarcoma. */
  readonly survivalMedianDays: number;
  readonly survivalSigma: number;
  /** s, probability that a detected local recurrence seeds a metastasis in a patient without one. */
  readonly seedingProbability: number;
  /** The scenario's era (calendar year). */
  readonly era: number;
}

import type { CompiledDistribution } from '../random/compileDistribution.js';

/**
 * Uniforms per patient of each lesion stream `lesion` (name id j; docs/determinism.md): diameter, control U, regrowth z, dormant
 * u_q, dormancy u_s (docs/local-control-model.md, "Random numbers").
 */
export const lesionUniforms = 5;

/**
 * Index of the patient's local-control uniform that draws the lesion count: u_margin (uniform 7). A lesion arm has
 * no surgery, so it never reads that uniform for a margin; reusing it keeps the local-control stream at 12 uniforms
 * per patient, so scenarios without lesions draw exactly what they drew before.
 */
export const lesionCountUniform = 6;

/** One arm with `target: lesions`, compiled. */
export interface LesionArmPlan {
  /** Cumulative count shares: a patient has 1 + (first c with u < countCuts[c]) lesions (last cut Infinity). */
  readonly countCuts: Float64Array;
  /** Largest count with a positive share. */
  readonly maxCount: number;
  /** Lesion diameter (cm), drawn per lesion from its diameter uniform. */
  readonly diameter: CompiledDistribution;
  /** The course as [dose per fraction (Gy), fraction count] pairs (no surgery: every fraction meets the lesions). */
  readonly groups: Float64Array;
}

/** The lesion arms of a scenario (docs/local-control-model.md, "Engine wiring"). */
export interface LesionPlan {
  /** Per arm, in arm order: its lesion plan, or undefined for an arm that treats the tumour. */
  readonly arms: readonly (LesionArmPlan | undefined)[];
  /** Largest maxCount over the lesion arms: each patient draws from the lesion streams 0 … maxCount − 1. */
  readonly maxCount: number;
}

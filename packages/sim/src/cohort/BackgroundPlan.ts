import type { LifeTable } from '@rtsim/core';

/** Uniforms per patient of the block's background stream: [0] the sex, [1] the time of death from other causes. */
export const backgroundUniforms = 2;

/**
 * Death from other causes, compiled (docs/models.md, "Competing events"): the scenario's life table and share of
 * women. Each patient is a woman when its sex uniform is below `femaleShare`, and dies of other causes
 * `yearOfAgeDeathYears(hazards of its sex, age, u)` years after the first treatment event (= core's
 * `lifeTableDeathYears(table, sex, age, u)`, bit for bit), age the patient's age covariate.
 */
export interface BackgroundPlan {
  readonly table: LifeTable;
  /** Probability that a patient is a woman, 0 to 1. */
  readonly femaleShare: number;
  /** h_x = yearOfAgeHazard(q_x) per year of age, women and men: computed once, not per patient and year. */
  readonly femaleHazards: Float64Array;
  readonly maleHazards: Float64Array;
}

/** The sexes a life table is published for. */
export type LifeTableSex = 'female' | 'male';

/**
 * A national period life table by single year of age and sex, as published: q_x for x = 0, 1, …, n − 1 years.
 * Read by {@link lifeTableCumulativeHazard}, {@link lifeTableSurvival} and {@link lifeTableDeathYears}, which
 * hold the hazard constant within each year of age and use the last age's hazard beyond it (docs/models.md,
 * "Background mortality").
 */
export interface LifeTable {
  /** Id a scenario names it by (`background: { lifeTable: <id> }`), e.g. `us-ssa-2017`. */
  readonly id: string;
  /** Display name: country or area, publisher, kind and period. */
  readonly name: string;
  /** The population whose deaths the table describes. */
  readonly population: string;
  /**
   * First and last calendar year whose death rates the period table applies (a period, not a cohort, table; the
   * same year twice for a one-year table).
   */
  readonly periodYears: readonly [number, number];
  /** Publisher, table name and licence. */
  readonly source: string;
  /** Where the table is published. */
  readonly url: string;
  /**
   * q_x by sex: the probability that a person alive at exact age x (years) dies before exact age x + 1, in
   * [0, 1], index x = 0, 1, …, n − 1; both sexes have the same n.
   */
  readonly deathProbability: { readonly female: readonly number[]; readonly male: readonly number[] };
}

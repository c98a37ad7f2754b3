import type { LifeTable, LifeTableSex } from './library/lifeTables/LifeTable.js';

/**
 * The q_x column of one sex of a life table.
 * @param table - a life table
 * @param sex - 'female' or 'male'
 * @returns q_x for x = 0 … n − 1 (probabilities); undefined for any other sex, so a caller returns NaN
 */
export function lifeTableDeathProbabilities(table: LifeTable, sex: LifeTableSex): readonly number[] | undefined {
  if (sex === 'female') return table.deathProbability.female;
  if (sex === 'male') return table.deathProbability.male;
  return undefined;
}

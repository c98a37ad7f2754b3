import type { BackgroundInput } from './ScenarioInput.js';
import type { ResolvedBackground } from './ResolvedScenario.js';

/**
 * The `background` section resolved: the life table id as given, and `sex` as the share of women (female 1,
 * male 0, or the given share).
 * @param input - a validated `background` section
 * @returns its resolved form
 */
export function resolveBackground(input: BackgroundInput): ResolvedBackground {
  const femaleShare = input.sex === 'female' ? 1 : input.sex === 'male' ? 0 : input.sex.female;
  return { lifeTable: input.lifeTable, femaleShare };
}

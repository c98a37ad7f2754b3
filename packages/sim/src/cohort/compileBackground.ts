import { lifeTables, yearOfAgeHazard } from '@rtsim/core';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { BackgroundPlan } from './BackgroundPlan.js';
import type { LocalControlPlan } from './LocalControlPlan.js';

/**
 * Compiles a scenario's `background` section: its life table (looked up in core's `lifeTables` Map, never through an
 * object's prototype), the share of women, and each sex's hazard per year of age.
 * @param scenario - the resolved scenario
 * @param localControl - the compiled local-control model, whose age covariate gives each patient's age (compiled for
 *   `background` with classic arms too: compileLocalControl)
 * @returns the plan, or undefined without `background` (the engine then draws nothing for it)
 * @throws RangeError when the table id is unknown or the scenario has no local-control model (the parser refuses
 *   both first: this guards direct callers)
 */
export function compileBackground(scenario: ResolvedScenario, localControl: LocalControlPlan | undefined): BackgroundPlan | undefined {
  const background = scenario.background;
  if (background === undefined) return undefined;
  const table = lifeTables.get(background.lifeTable);
  if (table === undefined) throw new RangeError(`background.lifeTable: unknown life table '${background.lifeTable}'`);
  if (localControl === undefined) {
    throw new RangeError('background needs the local-control covariates (resolved covariates): the age covariate gives each patient its age');
  }
  return {
    table,
    femaleShare: background.femaleShare,
    femaleHazards: Float64Array.from(table.deathProbability.female, yearOfAgeHazard),
    maleHazards: Float64Array.from(table.deathProbability.male, yearOfAgeHazard),
  };
}

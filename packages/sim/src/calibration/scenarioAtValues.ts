import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { applyParameterValues } from '../scenario/applyParameterValues.js';
import type { UncertainParameter } from '../scenario/uncertainParameters.js';
import type { CalibrationParameter } from './CalibrationSetup.js';

/**
 * A unit's scenario (a series of a DATA file, a population part of an evidence file) with the fitted parameters
 * set to given values: each value at every number its path names in that unit; parameters that do not act on the
 * unit are ignored. Nothing is shared with the given scenario.
 * @param scenario - the unit's scenario
 * @param parameters - the fitted parameters, bound to the units (targets indexed by unit)
 * @param unit - the unit's index in the parameters' targets
 * @param values - one value per parameter, in its natural unit (not transformed)
 * @returns the scenario to simulate
 */
export function scenarioAtValues(scenario: ResolvedScenario, parameters: readonly CalibrationParameter[], unit: number, values: readonly number[]): ResolvedScenario {
  const acting: UncertainParameter[] = [];
  const actingValues: number[] = [];
  parameters.forEach((parameter, j) => {
    const targets = parameter.targets[unit] ?? [];
    const value = values[j];
    if (targets.length === 0 || value === undefined) return;
    // applyParameterValues reads only the targets; the rest of the record is the uncertainty module's shape.
    acting.push({ path: parameter.path, label: parameter.label, distribution: { dist: 'fixed', value }, targets, nominal: parameter.nominal });
    actingValues.push(value);
  });
  return applyParameterValues(scenario, acting, actingValues);
}

import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { applyParameterValues } from '../scenario/applyParameterValues.js';
import type { UncertainParameter } from '../scenario/uncertainParameters.js';
import type { CalibrationSetup } from './CalibrationSetup.js';

/**
 * The scenario of one series with the fitted parameters set to given values (each value at every number its
 * path names in that series; parameters that do not act on the series are ignored). Nothing is shared with
 * the setup.
 * @param setup - a validated calibration
 * @param cohort - index of the series
 * @param values - one value per parameter of the setup, in its natural unit (not transformed)
 * @returns the scenario to simulate
 * @throws RangeError when the number of values differs from the number of parameters, or the series does not exist
 */
export function calibrationScenario(setup: CalibrationSetup, cohort: number, values: readonly number[]): ResolvedScenario {
  if (values.length !== setup.parameters.length) throw new RangeError(`expected ${setup.parameters.length} parameter values, got ${values.length}`);
  const series = setup.cohorts[cohort];
  if (series === undefined) throw new RangeError(`no series ${cohort}`);
  const acting: UncertainParameter[] = [];
  const actingValues: number[] = [];
  setup.parameters.forEach((parameter, j) => {
    const targets = parameter.targets[cohort] ?? [];
    if (targets.length === 0) return;
    // applyParameterValues reads only the targets; the rest of the record is the uncertainty module's shape.
    acting.push({ path: parameter.path, label: parameter.label, distribution: { dist: 'fixed', value: values[j] }, targets, nominal: parameter.nominal });
    actingValues.push(values[j]);
  });
  return applyParameterValues(series.scenario, acting, actingValues);
}

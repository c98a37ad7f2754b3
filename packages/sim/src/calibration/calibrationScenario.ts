import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { CalibrationSetup } from './CalibrationSetup.js';
import { scenarioAtValues } from './scenarioAtValues.js';

/**
 * The scenario of one series of a calibration with the fitted parameters set to given values (scenarioAtValues:
 * each value at every number its path names in that series; parameters that do not act on it are ignored).
 * Nothing is shared with the setup.
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
  return scenarioAtValues(series.scenario, setup.parameters, cohort, values);
}

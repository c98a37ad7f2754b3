import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { ResolvedCorrelation } from '../scenario/ResolvedUncertainty.js';
import { applyParameterValues } from '../scenario/applyParameterValues.js';
import { drawParameterSets } from './drawParameterSets.js';
import { nominalScenario } from '../scenario/nominalScenario.js';
import { parameterSetProblems } from '../scenario/parameterSetProblems.js';
import type { UncertainParameter } from '../scenario/uncertainParameters.js';
import { uncertainParameters } from '../scenario/uncertainParameters.js';

/** The scenarios of a two-level run. */
export interface ParameterSets {
  /** The uncertain parameters, bound to the scenario. */
  readonly parameters: readonly UncertainParameter[];
  /** Correlations between the parameters (Gaussian copula of their normal scores); empty when they are independent. */
  readonly correlations: readonly ResolvedCorrelation[];
  /** Values of the parameters in each draw k = 0 … K − 1 (`values[k][j]`). */
  readonly values: readonly (readonly number[])[];
  /**
   * Set 0 is the nominal scenario (the file's own values, section removed); set 1 + k is draw k. Every set keeps
   * the scenario's seed and patient count: the same virtual patients (common random numbers) in every set.
   */
  readonly scenarios: readonly ResolvedScenario[];
}

/**
 * Builds the parameter sets of a two-level run: the nominal set, then K draws (drawParameterSets, with the
 * section's correlations when it has any), each substituted into the scenario (applyParameterValues) and checked
 * (parameterSetProblems).
 * @param scenario - a validated scenario with an `uncertainty` section (without one: the nominal set alone)
 * @param draws - K (default the section's `draws`)
 * @returns the parameters, their correlations, their values per draw and the K + 1 scenarios
 * @throws Error naming the draw, its values and the broken field when a draw makes the scenario invalid (possible
 *   only when two uncertain parameters bound the same distribution, see uncertaintyProblems)
 */
export function parameterSets(scenario: ResolvedScenario, draws: number = scenario.uncertainty?.draws ?? 0): ParameterSets {
  const parameters = uncertainParameters(scenario);
  const correlations = scenario.uncertainty?.correlations ?? [];
  const values = parameters.length === 0 ? [] : drawParameterSets(scenario.seed, parameters, draws, correlations);
  const scenarios = [nominalScenario(scenario)];
  values.forEach((row, k) => {
    const set = applyParameterValues(scenario, parameters, row);
    const problems = parameterSetProblems(set, parameters);
    if (problems.length > 0) {
      const drawn = parameters.map((p, j) => `${p.label} = ${row[j]}`).join(', ');
      throw new Error(`parameter set ${k + 1} of ${values.length} (${drawn}) is not a valid scenario: ${problems.join('; ')}`);
    }
    scenarios.push(set);
  });
  return { parameters, correlations, values, scenarios };
}

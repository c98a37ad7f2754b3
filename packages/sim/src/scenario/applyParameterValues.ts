import type { ResolvedScenario } from './ResolvedScenario.js';
import { nominalScenario } from './nominalScenario.js';
import type { ParameterTarget, UncertainParameter } from './uncertainParameters.js';

function setTarget(scenario: ResolvedScenario, target: ParameterTarget, value: number): void {
  // The scenario is a private JSON copy (below): writing through the readonly types is safe here.
  const write = (holder: Record<string, unknown>, key: string, field: string | undefined): void => {
    if (field === undefined) holder[key] = value;
    else (holder[key] as Record<string, unknown>)[field] = value;
  };
  if (target.kind === 'doseModifyingFactor') {
    (scenario.arms[target.index] as unknown as Record<string, unknown>)['doseModifyingFactor'] = value;
    return;
  }
  if (target.kind === 'marker') {
    const markers = scenario.subtypes[target.index]?.parameters.markers as unknown as Record<string, unknown>;
    markers[target.marker] = value;
    return;
  }
  if (target.kind === 'modifier') {
    const modifier = scenario.arms[target.index]?.modifiers?.[target.modifier] as unknown as Record<string, unknown>;
    if (target.field === 'responseProbability') write(modifier, 'responseProbability', target.subtype);
    else modifier[target.field] = value;
    return;
  }
  if (target.kind === 'localControlModel' || target.kind === 'metastasisModel') {
    // Written into the scenario's own overrides (created when absent), which compileLocalControl and
    // compileMetastasis read first; a metastasis target exists only with a metastasis section (parameterTargets).
    const holder = (target.kind === 'localControlModel' ? scenario : scenario.metastasis) as unknown as Record<string, unknown>;
    const model = (holder[target.kind === 'localControlModel' ? 'localControlModel' : 'model'] ??= {}) as Record<string, unknown>;
    if (target.key === undefined) model[target.parameter] = value;
    else ((model[target.parameter] ??= {}) as Record<string, unknown>)[target.key] = value;
    return;
  }
  if (target.kind === 'residualFraction') {
    const residual = scenario.arms[target.index]?.surgery?.residualFraction as unknown as Record<string, unknown>;
    write(residual, target.margin, target.field);
    return;
  }
  const parameters = scenario.subtypes[target.index]?.parameters as unknown as Record<string, unknown>;
  if (target.parameter === 'volume' || target.parameter === 'diameter') {
    write(parameters['tumour'] as Record<string, unknown>, target.parameter, target.field);
  } else {
    write(parameters, target.parameter, target.field);
  }
}

/**
 * One parameter set: the scenario with each uncertain parameter's numbers set to a value, and without its
 * `uncertainty` section (see nominalScenario), ready for compilePlan. Nothing is shared with the input.
 * @param scenario - a resolved scenario
 * @param parameters - its uncertain parameters (uncertainParameters)
 * @param values - one value per parameter, same order, in the parameter's unit
 * @returns the parameter set as a new scenario (no validity check: see parameterSetProblems)
 * @throws RangeError when the number of values differs from the number of parameters
 */
export function applyParameterValues(scenario: ResolvedScenario, parameters: readonly UncertainParameter[], values: readonly number[]): ResolvedScenario {
  if (values.length !== parameters.length) throw new RangeError(`expected ${parameters.length} parameter values, got ${values.length}`);
  const copy = JSON.parse(JSON.stringify(nominalScenario(scenario))) as ResolvedScenario;
  parameters.forEach((parameter, j) => {
    for (const target of parameter.targets) setTarget(copy, target, values[j]);
  });
  return copy;
}


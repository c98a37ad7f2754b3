import * as v from 'valibot';
import type { ResolvedScenario } from './ResolvedScenario.js';
import { numberField } from './fieldSchemas.js';
import { formatIssuePath } from './formatIssuePath.js';
import { maxDoseModifyingFactor, maxLogKill } from './modifierSchema.js';
import { distributedField, parameterSchemaEntries } from './parameterSchemas.js';
import type { ModifierField } from './parameterPath.js';
import type { ParameterTarget, UncertainParameter } from './uncertainParameters.js';
import { ownValue } from './ownValue.js';
import { localControlModelSchema } from './localControlModelSchema.js';
import { metastasisModelSchema } from './metastasisModelSchema.js';

// The same ranges the scenario schema gives these fields (scenarioSchema.ts: residualField, doseModifyingFactor;
// modifierSchema.ts: markersSchema, probability, logKillField, doseModifyingFactorField).
const residualSchema = distributedField('residualFraction', { min: 0, exclusiveMin: true, max: 1 }, 'Residual fraction.', { min: 0, exclusiveMin: true });
const doseModifyingFactorSchema = numberField({ min: 0, exclusiveMin: true, max: maxDoseModifyingFactor }, 'Dose-modifying factor.');
const probabilitySchema = numberField({ min: 0, max: 1 }, 'Probability.');
const modifierSchemas: Readonly<Record<ModifierField, v.GenericSchema>> = {
  responseProbability: probabilitySchema,
  markerNegativeResponseProbability: probabilitySchema,
  logKill: numberField({ min: 0, max: maxLogKill }, 'Extra log cell kill.'),
  doseModifyingFactor: numberField({ min: 0, exclusiveMin: true, max: maxDoseModifyingFactor }, 'Dose-modifying factor of a modifier.'),
};
const parameterEntries = parameterSchemaEntries();

/** The quantity a target belongs to, as written in a scenario path, with its schema and its value. */
function container(scenario: ResolvedScenario, target: ParameterTarget): { where: string; schema: v.GenericSchema; value: unknown } {
  if (target.kind === 'doseModifyingFactor') {
    const arm = scenario.arms[target.index];
    return { where: `arms[${arm?.id}].doseModifyingFactor`, schema: doseModifyingFactorSchema, value: arm?.doseModifyingFactor };
  }
  if (target.kind === 'modifier') {
    const arm = scenario.arms[target.index];
    const modifier = arm?.modifiers?.[target.modifier];
    const value = target.field === 'responseProbability' ? ownValue(modifier?.responseProbability, target.subtype ?? '') : modifier?.[target.field];
    return {
      where: `arms[${arm?.id}].modifiers[${modifier?.agent}].${target.field}${target.subtype === undefined ? '' : `[${target.subtype}]`}`,
      schema: modifierSchemas[target.field],
      value,
    };
  }
  if (target.kind === 'marker') {
    const subtype = scenario.subtypes[target.index];
    return { where: `cohort.subtypes[${subtype?.id}].markers.${target.marker}`, schema: probabilitySchema, value: ownValue(subtype?.parameters.markers, target.marker) };
  }
  if (target.kind === 'localControlModel') {
    return { where: 'localControlModel', schema: localControlModelSchema, value: scenario.localControlModel };
  }
  if (target.kind === 'metastasisModel') {
    return { where: 'metastasis.model', schema: metastasisModelSchema, value: scenario.metastasis?.model };
  }
  if (target.kind === 'residualFraction') {
    const arm = scenario.arms[target.index];
    return {
      where: `arms[${arm?.id}].surgery.residualFraction.${target.margin}`,
      schema: residualSchema,
      value: arm?.surgery?.residualFraction[target.margin],
    };
  }
  const subtype = scenario.subtypes[target.index];
  const parameters = (subtype?.parameters ?? {}) as unknown as Record<string, unknown>;
  const value = target.parameter === 'volume' || target.parameter === 'diameter'
    ? (parameters['tumour'] as Record<string, unknown> | undefined)?.[target.parameter]
    : parameters[target.parameter];
  return { where: `cohort.subtypes[${subtype?.id}].${target.parameter}`, schema: parameterEntries[target.parameter], value };
}

/**
 * Whether a parameter set is a valid scenario where the uncertain parameters changed it: each quantity a
 * parameter touched (a subtype's per-patient parameter or marker prevalence, a residual fraction, a dose-modifying
 * factor, a modifier's number) is checked against the scenario schema's own rules for it (a normal's sd ≥ 0,
 * min < max, α's support ≥ 0, a residual fraction in (0, 1], a prevalence or response probability in [0, 1], a log
 * kill in [0, 50], a modifier's DMF in (0, 5], …), so a drawn value can never reach the engine as invalid input.
 * @param scenario - a parameter set (applyParameterValues)
 * @param parameters - the uncertain parameters that made it
 * @returns one message per invalid quantity (`cohort.subtypes[sts].alpha: sd: expected a number ≥ 0, got -0.01`),
 *   empty when the set is valid
 */
export function parameterSetProblems(scenario: ResolvedScenario, parameters: readonly UncertainParameter[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const parameter of parameters) {
    for (const target of parameter.targets) {
      const { where, schema, value } = container(scenario, target);
      if (seen.has(where)) continue;
      seen.add(where);
      const result = v.safeParse(schema, value);
      if (result.success) continue;
      const issue = result.issues[0];
      const keys = (issue.path ?? []).map((item) => item.key as string | number);
      problems.push(`${where}${keys.length === 0 ? '' : `.${formatIssuePath(keys)}`}: ${issue.message}`);
    }
  }
  return problems;
}

import type { Distribution } from '@rtsim/core';
import type { MarginStatus, ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { ResolvedUncertainParameter } from '../scenario/ResolvedUncertainty.js';
import type { ParameterKey } from '../scenario/parameterSchemas.js';
import type { DistributionField, ParameterPath } from './parameterPath.js';
import { parseParameterPath } from './parameterPath.js';

/** One number of a resolved scenario that a parameter path names (a `*` path names several). */
export type ParameterTarget =
  | { readonly kind: 'subtype'; readonly index: number; readonly parameter: ParameterKey; readonly field?: DistributionField }
  | { readonly kind: 'residualFraction'; readonly index: number; readonly margin: MarginStatus; readonly field?: DistributionField }
  | { readonly kind: 'doseModifyingFactor'; readonly index: number };

/** An uncertain parameter bound to a scenario: where its number sits and the value it has there. */
export interface UncertainParameter extends ResolvedUncertainParameter {
  readonly targets: readonly ParameterTarget[];
  /** The scenario's own value of the number (every target holds it): the nominal value. */
  readonly nominal: number;
}

/** What {@link parameterTargets} returns. */
export type ParameterTargets =
  | { readonly ok: true; readonly targets: readonly ParameterTarget[]; readonly nominal: number }
  | { readonly ok: false; readonly message: string };

const describeDistribution = (value: Exclude<Distribution, number>): string => {
  const fields = Object.keys(value).filter((key) => key !== 'dist');
  return `a ${value.dist} distribution (${fields.join(', ')})`;
};

/** The per-patient value a subtype target sits in, or why there is none. */
function subtypeValue(scenario: ResolvedScenario, index: number, parameter: ParameterKey): Distribution | string {
  const subtype = scenario.subtypes[index];
  if (subtype === undefined) return `no subtype ${index}`;
  const p = subtype.parameters;
  if (parameter === 'volume' || parameter === 'diameter') {
    const tumour = p.tumour as { volume?: Distribution; diameter?: Distribution };
    const value = tumour[parameter];
    if (value === undefined) return `subtype '${subtype.id}' gives its tumour size as ${parameter === 'volume' ? 'diameter' : 'volume'}, not ${parameter}`;
    return value;
  }
  const value = (p as unknown as Record<string, Distribution | undefined>)[parameter];
  if (value === undefined) return `subtype '${subtype.id}' has no ${parameter} (the engine's default applies): set it in the scenario to make it uncertain`;
  return value;
}

/**
 * The number a target holds in a scenario.
 * @param scenario - a resolved scenario
 * @param target - from {@link parameterTargets} on the same scenario
 * @returns the value, or a message when the target does not exist there
 */
export function targetValue(scenario: ResolvedScenario, target: ParameterTarget): number | string {
  let container: Distribution | string;
  let field: DistributionField | undefined;
  let where: string;
  if (target.kind === 'doseModifyingFactor') {
    const arm = scenario.arms[target.index];
    return arm === undefined ? `no arm ${target.index}` : arm.doseModifyingFactor;
  }
  if (target.kind === 'subtype') {
    container = subtypeValue(scenario, target.index, target.parameter);
    field = target.field;
    where = `${target.parameter} of subtype '${scenario.subtypes[target.index]?.id ?? target.index}'`;
  } else {
    const arm = scenario.arms[target.index];
    if (arm === undefined) return `no arm ${target.index}`;
    if (arm.surgery === undefined) return `arm '${arm.id}' has no surgery`;
    container = arm.surgery.residualFraction[target.margin];
    field = target.field;
    where = `the ${target.margin} residual fraction of arm '${arm.id}'`;
  }
  if (typeof container === 'string') return container;
  if (typeof container === 'number') {
    return field === undefined ? container : `${where} is the number ${container}, not a distribution: drop '.${field}'`;
  }
  const fields = Object.keys(container).filter((key) => key !== 'dist');
  if (field === undefined) return `${where} is ${describeDistribution(container)}: name one of its fields, ${fields.map((f) => `.${f}`).join(', ')}`;
  const value = (container as unknown as Record<string, unknown>)[field];
  if (typeof value !== 'number') return `${where} is ${describeDistribution(container)}, which has no '${field}'`;
  return value;
}

/**
 * Binds a parameter path to a resolved scenario: the numbers it names (one per subtype or arm for `*`), checked
 * to exist and to hold one common value.
 * @param scenario - a resolved scenario
 * @param path - a parsed path
 * @returns the targets and their common (nominal) value, or a message naming what is missing
 */
export function parameterTargets(scenario: ResolvedScenario, path: ParameterPath): ParameterTargets {
  const fail = (message: string): ParameterTargets => ({ ok: false, message });
  const items = path.kind === 'subtype' ? scenario.subtypes : scenario.arms;
  const what = path.kind === 'subtype' ? 'subtype' : 'arm';
  let indices: number[];
  if (path.selector === '*') {
    indices = items.map((_, i) => i);
    if (path.kind === 'residualFraction') indices = indices.filter((i) => scenario.arms[i]?.surgery !== undefined);
    if (indices.length === 0) return fail('no arm has surgery');
  } else {
    const index = items.findIndex((item) => item.id === path.selector);
    if (index < 0) return fail(`unknown ${what} '${path.selector}' (${what}s: ${items.map((item) => item.id).join(', ')})`);
    indices = [index];
  }
  const targets: ParameterTarget[] = indices.map((index) => {
    if (path.kind === 'subtype') return { kind: 'subtype', index, parameter: path.parameter, ...(path.field === undefined ? {} : { field: path.field }) };
    if (path.kind === 'residualFraction') return { kind: 'residualFraction', index, margin: path.margin, ...(path.field === undefined ? {} : { field: path.field }) };
    return { kind: 'doseModifyingFactor', index };
  });
  let nominal = Number.NaN;
  for (const [t, target] of targets.entries()) {
    const value = targetValue(scenario, target);
    if (typeof value === 'string') return fail(value);
    if (t === 0) nominal = value;
    else if (value !== nominal) {
      const first = items[indices[0] as number]?.id;
      const other = items[target.index]?.id;
      return fail(`'*' names one number, but ${what}s differ here (${nominal} in '${first}', ${value} in '${other}'): give each ${what} its own path`);
    }
  }
  return { ok: true, targets, nominal };
}

/**
 * Binds every uncertain parameter of a scenario to its numbers (see {@link parameterTargets}).
 * @param scenario - a resolved scenario that passed validation (uncertaintyProblems finds nothing)
 * @returns the parameters in file order (none without an `uncertainty` section)
 * @throws Error when a path does not parse or bind: validated scenarios never do
 */
export function uncertainParameters(scenario: ResolvedScenario): UncertainParameter[] {
  return (scenario.uncertainty?.parameters ?? []).map((parameter, j) => {
    const parsed = parseParameterPath(parameter.path);
    const bound = parsed.ok ? parameterTargets(scenario, parsed.path) : parsed;
    if (!bound.ok) throw new Error(`uncertainty.parameters[${j}].path: ${bound.message} (validate the scenario first)`);
    return { ...parameter, targets: bound.targets, nominal: bound.nominal };
  });
}

import type { Distribution } from '@rtsim/core';
import { didYouMean } from './didYouMean.js';
import type { MarginStatus, ResolvedModifier, ResolvedScenario } from './ResolvedScenario.js';
import type { ResolvedUncertainParameter } from './ResolvedUncertainty.js';
import type { ParameterKey } from './parameterSchemas.js';
import type { DistributionField, ModifierField, ParameterPath } from './parameterPath.js';
import { distributionFields, parseParameterPath } from './parameterPath.js';
import { ownValue } from './ownValue.js';
import type { LocalControlModelParameter } from './localControlModelValue.js';
import { localControlModelValue } from './localControlModelValue.js';
import type { MetastasisModelParameter } from './metastasisModelValue.js';
import { metastasisModelValue } from './metastasisModelValue.js';

const noMetastasis = 'the scenario has no metastasis section, so the metastasis model has no numbers here: add metastasis: {}';

/**
 * One number of a resolved scenario that a parameter path names (a `*` path names several). `index` is the
 * subtype's (subtype, marker) or the arm's (the others); a modifier target also holds the index of the modifier in
 * the arm's list and, for a response probability, the id of the subtype it belongs to.
 */
export type ParameterTarget =
  | { readonly kind: 'subtype'; readonly index: number; readonly parameter: ParameterKey; readonly field?: DistributionField }
  | { readonly kind: 'marker'; readonly index: number; readonly marker: string }
  | { readonly kind: 'residualFraction'; readonly index: number; readonly margin: MarginStatus; readonly field?: DistributionField }
  | { readonly kind: 'doseModifyingFactor'; readonly index: number }
  | { readonly kind: 'modifier'; readonly index: number; readonly modifier: number; readonly field: ModifierField; readonly subtype?: string }
  | { readonly kind: 'localControlModel'; readonly index: 0; readonly parameter: LocalControlModelParameter; readonly key?: string }
  | { readonly kind: 'metastasisModel'; readonly index: 0; readonly parameter: MetastasisModelParameter; readonly key?: string };

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

const guessed = (word: string, candidates: readonly string[]): string => {
  const guess = didYouMean(word, candidates);
  return guess === undefined ? '' : `; did you mean '${guess}'?`;
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

/** A subtype's prevalence of a marker, or why there is none (with a hint for a misspelt name or a field). */
function markerValue(scenario: ResolvedScenario, index: number, marker: string): number | string {
  const subtype = scenario.subtypes[index];
  if (subtype === undefined) return `no subtype ${index}`;
  const value = ownValue(subtype.parameters.markers, marker);
  if (value !== undefined) return value;
  const markers = scenario.markers ?? [];
  if (markers.length === 0) return `this scenario names no markers: a prevalence exists for a marker named in cohort.markers, a subtype's markers or a modifier's marker`;
  const dot = marker.lastIndexOf('.');
  const known = marker.slice(0, dot);
  const field = marker.slice(dot + 1);
  const prevalence = ownValue(subtype.parameters.markers, known);
  if (dot > 0 && prevalence !== undefined && (distributionFields as readonly string[]).includes(field)) {
    return `the prevalence of marker '${known}' in subtype '${subtype.id}' is the number ${prevalence} (a distribution's mean): drop '.${field}'`;
  }
  return `unknown marker '${marker}'${guessed(marker, markers)} (markers: ${markers.join(', ')})`;
}

/** The numbers a modifier has, by its type (modifierSchema): hyperthermia only a dose-modifying factor, … */
function modifierNumbers(modifier: ResolvedModifier): ModifierField[] {
  if (modifier.type === 'hyperthermia') return ['doseModifyingFactor'];
  return [
    'responseProbability',
    ...(modifier.marker === undefined ? [] : (['markerNegativeResponseProbability'] as const)),
    'logKill',
    ...(modifier.type === 'systemic' ? (['doseModifyingFactor'] as const) : []),
  ];
}

/** A number of a modifier, or why the modifier has no such number. */
function modifierValue(scenario: ResolvedScenario, target: Extract<ParameterTarget, { kind: 'modifier' }>): number | string {
  const arm = scenario.arms[target.index];
  if (arm === undefined) return `no arm ${target.index}`;
  const modifier = arm.modifiers?.[target.modifier];
  if (modifier === undefined) return `arm '${arm.id}' has no modifier ${target.modifier}`;
  const where = `modifier '${modifier.agent}' of arm '${arm.id}'`;
  const numbers = modifierNumbers(modifier);
  if (!numbers.includes(target.field)) {
    const why = target.field === 'markerNegativeResponseProbability' && modifier.type !== 'hyperthermia'
      ? 'has no marker, so no markerNegativeResponseProbability'
      : `is ${/^[aeiou]/.test(modifier.type) ? 'an' : 'a'} ${modifier.type} modifier, which has no ${target.field}`;
    return `${where} ${why} (its numbers: ${numbers.join(', ')})`;
  }
  if (target.field === 'responseProbability') {
    const value = ownValue(modifier.responseProbability, target.subtype ?? '');
    return value ?? `${where} has no response probability for subtype '${target.subtype}'`;
  }
  return modifier[target.field];
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
  if (target.kind === 'marker') return markerValue(scenario, target.index, target.marker);
  if (target.kind === 'modifier') return modifierValue(scenario, target);
  if (target.kind === 'localControlModel') return localControlModelValue(scenario.localControlModel, target.parameter, target.key);
  if (target.kind === 'metastasisModel') {
    return scenario.metastasis === undefined ? noMetastasis : metastasisModelValue(scenario.metastasis.model, target.parameter, target.key);
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

/** The targets of a modifier path: every arm giving the agent (or the one named), times the subtypes named. */
function modifierTargets(scenario: ResolvedScenario, path: Extract<ParameterPath, { kind: 'modifier' }>): ParameterTarget[] | string {
  const agents = [...new Set(scenario.arms.flatMap((arm) => (arm.modifiers ?? []).map((m) => m.agent)))];
  let arms: number[];
  if (path.selector === '*') {
    arms = scenario.arms.flatMap((arm, a) => ((arm.modifiers ?? []).some((m) => m.agent === path.agent) ? [a] : []));
    if (arms.length === 0) {
      return agents.length === 0 ? 'no arm has modifiers' : `no arm gives agent '${path.agent}'${guessed(path.agent, agents)} (agents: ${agents.join(', ')})`;
    }
  } else {
    const a = scenario.arms.findIndex((arm) => arm.id === path.selector);
    if (a < 0) return `unknown arm '${path.selector}' (arms: ${scenario.arms.map((arm) => arm.id).join(', ')})`;
    const own = (scenario.arms[a]?.modifiers ?? []).map((m) => m.agent);
    if (own.length === 0) return `arm '${path.selector}' has no modifiers`;
    if (!own.includes(path.agent)) return `arm '${path.selector}' gives no agent '${path.agent}'${guessed(path.agent, own)} (its agents: ${own.join(', ')})`;
    arms = [a];
  }
  const ids = scenario.subtypes.map((subtype) => subtype.id);
  let subtypes: (string | undefined)[] = [undefined];
  if (path.subtype !== undefined) {
    if (path.subtype !== '*' && !ids.includes(path.subtype)) return `unknown subtype '${path.subtype}'${guessed(path.subtype, ids)} (subtypes: ${ids.join(', ')})`;
    subtypes = path.subtype === '*' ? ids : [path.subtype];
  }
  return arms.flatMap((index) => {
    const modifier = (scenario.arms[index]?.modifiers ?? []).findIndex((m) => m.agent === path.agent);
    return subtypes.map((subtype): ParameterTarget => ({ kind: 'modifier', index, modifier, field: path.field, ...(subtype === undefined ? {} : { subtype }) }));
  });
}

/** The targets a path names, before their values are checked, or a message naming what is missing. */
function selectTargets(scenario: ResolvedScenario, path: ParameterPath): ParameterTarget[] | string {
  if (path.kind === 'modifier') return modifierTargets(scenario, path);
  if (path.kind === 'localControlModel') {
    if (!scenario.arms.some((arm) => arm.localControl !== undefined)) return 'no arm uses localControl: residual-disease, so the local-control model has no numbers here';
    return [{ kind: 'localControlModel', index: 0, parameter: path.parameter, ...(path.key === undefined ? {} : { key: path.key }) }];
  }
  if (path.kind === 'metastasisModel') {
    if (scenario.metastasis === undefined) return noMetastasis;
    return [{ kind: 'metastasisModel', index: 0, parameter: path.parameter, ...(path.key === undefined ? {} : { key: path.key }) }];
  }
  const bySubtype = path.kind === 'subtype' || path.kind === 'marker';
  const items = bySubtype ? scenario.subtypes : scenario.arms;
  const what = bySubtype ? 'subtype' : 'arm';
  let indices: number[];
  if (path.selector === '*') {
    indices = items.map((_, i) => i);
    if (path.kind === 'residualFraction') indices = indices.filter((i) => scenario.arms[i]?.surgery !== undefined);
    if (indices.length === 0) return 'no arm has surgery';
  } else {
    const index = items.findIndex((item) => item.id === path.selector);
    if (index < 0) return `unknown ${what} '${path.selector}' (${what}s: ${items.map((item) => item.id).join(', ')})`;
    indices = [index];
  }
  return indices.map((index) => {
    if (path.kind === 'subtype') return { kind: 'subtype', index, parameter: path.parameter, ...(path.field === undefined ? {} : { field: path.field }) };
    if (path.kind === 'marker') return { kind: 'marker', index, marker: path.marker };
    if (path.kind === 'residualFraction') return { kind: 'residualFraction', index, margin: path.margin, ...(path.field === undefined ? {} : { field: path.field }) };
    return { kind: 'doseModifyingFactor', index };
  });
}

/**
 * Along which list a `*` target differs from the first target: subtypes (a subtype or marker path, or another
 * subtype's response probability in the same arm) or arms.
 */
function differsBy(target: ParameterTarget, first: ParameterTarget): 'subtype' | 'arm' {
  if (target.kind === 'subtype' || target.kind === 'marker') return 'subtype';
  return target.kind === 'modifier' && target.index === first.index ? 'subtype' : 'arm';
}

/** The id of the subtype or arm a target belongs to, along one of the two lists. */
function ownerId(scenario: ResolvedScenario, target: ParameterTarget, what: 'subtype' | 'arm'): string {
  if (what === 'arm') return scenario.arms[target.index]?.id ?? String(target.index);
  if (target.kind === 'modifier') return target.subtype ?? '';
  return scenario.subtypes[target.index]?.id ?? String(target.index);
}

/**
 * Binds a parameter path to a resolved scenario: the numbers it names (one per subtype or arm for `*`; for a
 * modifier path with `*`, one per arm giving the agent and per subtype named), checked to exist and to hold one
 * common value.
 * @param scenario - a resolved scenario
 * @param path - a parsed path
 * @returns the targets and their common (nominal) value, or a message naming what is missing
 */
export function parameterTargets(scenario: ResolvedScenario, path: ParameterPath): ParameterTargets {
  const fail = (message: string): ParameterTargets => ({ ok: false, message });
  const targets = selectTargets(scenario, path);
  if (typeof targets === 'string') return fail(targets);
  let nominal = Number.NaN;
  for (const [t, target] of targets.entries()) {
    const value = targetValue(scenario, target);
    if (typeof value === 'string') return fail(value);
    if (t === 0) nominal = value;
    else if (value !== nominal) {
      const first = targets[0];
      const what = differsBy(target, first);
      return fail(
        `'*' names one number, but ${what}s differ here (${nominal} in '${ownerId(scenario, first, what)}', ${value} in '${ownerId(scenario, target, what)}'): give each ${what} its own path`,
      );
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

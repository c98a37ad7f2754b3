import type { MarginStatus } from './ResolvedScenario.js';
import type { ParameterKey } from './parameterSchemas.js';
import { parameterKeys } from './parameterSchemas.js';
import { didYouMean } from './didYouMean.js';
import type { LocalControlModelParameter } from './localControlModelValue.js';
import { localControlModelPaths } from './localControlModelValue.js';
import type { MetastasisModelParameter } from './metastasisModelValue.js';
import { metastasisModelPaths } from './metastasisModelValue.js';
import { modelParameterPath } from './modelParameterPath.js';

/** A numeric field of a distribution (core's `Distribution`) that a path may end in. */
export type DistributionField = 'value' | 'mean' | 'sd' | 'min' | 'max' | 'median' | 'sigma' | 'mode';

/** The fields a path may end in, in the order messages list them. */
export const distributionFields: readonly DistributionField[] = ['value', 'mean', 'sd', 'min', 'max', 'median', 'sigma', 'mode'];

/**
 * A number of an arm's modifier (ResolvedModifier) that a path may name: the response probability (0–1; with a
 * marker, of marker-positive patients; one per subtype), that of marker-negative patients (0–1), the log cell
 * kill L of a responder (natural log) and the dose-modifying factor on the accompanied fractions.
 */
export type ModifierField = 'responseProbability' | 'markerNegativeResponseProbability' | 'logKill' | 'doseModifyingFactor';

/** The modifier numbers a path may name, in the order messages list them. */
export const modifierFields: readonly ModifierField[] = ['responseProbability', 'markerNegativeResponseProbability', 'logKill', 'doseModifyingFactor'];

/**
 * A parsed parameter path: which number of a resolved scenario it names. `selector` is a subtype or arm id, or
 * `*` for every one of them (which must then all hold the same value: a path names one number). A marker path
 * names a subtype's prevalence of a marker; a modifier path names a number of the modifier an arm gives with
 * `agent`, and for `responseProbability` the subtype (`subtype`, `*` for every one) whose probability it is.
 */
export type ParameterPath =
  | { readonly kind: 'subtype'; readonly selector: string; readonly parameter: ParameterKey; readonly field?: DistributionField }
  | { readonly kind: 'marker'; readonly selector: string; readonly marker: string }
  | { readonly kind: 'residualFraction'; readonly selector: string; readonly margin: MarginStatus; readonly field?: DistributionField }
  | { readonly kind: 'doseModifyingFactor'; readonly selector: string }
  | { readonly kind: 'modifier'; readonly selector: string; readonly agent: string; readonly field: ModifierField; readonly subtype?: string }
  | { readonly kind: 'localControlModel'; readonly parameter: LocalControlModelParameter; readonly key?: string }
  | { readonly kind: 'metastasisModel'; readonly parameter: MetastasisModelParameter; readonly key?: string };

/** What {@link parseParameterPath} returns. */
export type ParameterPathParse = { readonly ok: true; readonly path: ParameterPath } | { readonly ok: false; readonly message: string };

/** The forms a path takes, for messages and the schema description. */
export const parameterPathForms: readonly string[] = [
  'cohort.subtypes[ID|*].PARAMETER[.FIELD]',
  'cohort.subtypes[ID|*].markers.MARKER',
  'arms[ID|*].surgery.residualFraction.R0|R1|R2[.FIELD]',
  'arms[ID|*].doseModifyingFactor',
  'arms[ID|*].modifiers[AGENT].responseProbability|markerNegativeResponseProbability|logKill|doseModifyingFactor',
  'arms[ID|*].modifiers[AGENT].responseProbability[SUBTYPE|*]',
  'localControlModel.PARAMETER[.KEY]',
  'metastasis.model.PARAMETER[.KEY]',
];

const selectorPattern = /^(?:\*|[A-Za-z0-9][A-Za-z0-9._-]*)$/;
// Marker and agent names as the scenario schema allows them (modifierSchema's nameField).
const namePattern = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
const subtypePattern = /^cohort\.subtypes\[([^\]]*)\]\.([A-Za-z]+)(?:\.(.+))?$/;
const residualPattern = /^arms\[([^\]]*)\]\.surgery\.residualFraction\.([A-Za-z0-9]+)(?:\.([A-Za-z]+))?$/;
const dosePattern = /^arms\[([^\]]*)\]\.doseModifyingFactor$/;
const modifierPattern = /^arms\[([^\]]*)\]\.modifiers\[([^\]]*)\]\.([A-Za-z]+)(?:\[([^\]]*)\])?$/;
const margins: readonly MarginStatus[] = ['R0', 'R1', 'R2'];
const localControlPrefix = `${localControlModelPaths.prefix}.`;
const metastasisPrefix = `${metastasisModelPaths.prefix}.`;

/** `PREFIX.PARAMETER[.KEY]`: a number of a model whose library values a scenario may override. */
function overridePath(rest: string, kind: 'localControlModel' | 'metastasisModel'): ParameterPathParse {
  const keyOf = (key: string | undefined): { key?: string } => (key === undefined ? {} : { key });
  if (kind === 'localControlModel') {
    const parsed = modelParameterPath(rest, localControlModelPaths);
    return parsed.ok ? { ok: true, path: { kind, parameter: parsed.parameter, ...keyOf(parsed.key) } } : parsed;
  }
  const parsed = modelParameterPath(rest, metastasisModelPaths);
  return parsed.ok ? { ok: true, path: { kind, parameter: parsed.parameter, ...keyOf(parsed.key) } } : parsed;
}

const expectedForms = `expected one of ${parameterPathForms.join(', ')}`;

function selectorProblem(selector: string, what: string): string | undefined {
  return selectorPattern.test(selector) ? undefined : `'${selector}' is not ${what} id or '*'`;
}

function fieldOf(text: string | undefined): { field?: DistributionField } | string {
  if (text === undefined) return {};
  if ((distributionFields as readonly string[]).includes(text)) return { field: text as DistributionField };
  const guess = didYouMean(text, distributionFields);
  return `unknown distribution field '${text}'${guess === undefined ? '' : `; did you mean '${guess}'?`} (fields: ${distributionFields.join(', ')})`;
}

function subtypePath(selector: string, parameter: string, rest: string | undefined): ParameterPathParse {
  const fail = (message: string): ParameterPathParse => ({ ok: false, message });
  const selectorIssue = selectorProblem(selector, 'a subtype');
  if (selectorIssue !== undefined) return fail(selectorIssue);
  if (parameter === 'markers') {
    if (rest === undefined) return fail(`name the marker: cohort.subtypes[${selector}].markers.MARKER`);
    if (!namePattern.test(rest)) return fail(`'${rest}' is not a marker name (letters, digits, '.', '_', '+' or '-')`);
    return { ok: true, path: { kind: 'marker', selector, marker: rest } };
  }
  if (!(parameterKeys as readonly string[]).includes(parameter)) {
    const guess = didYouMean(parameter, [...parameterKeys, 'markers']);
    return fail(`unknown parameter '${parameter}'${guess === undefined ? '' : `; did you mean '${guess}'?`} (parameters: ${parameterKeys.join(', ')}; or markers.MARKER for a marker's prevalence)`);
  }
  const field = fieldOf(rest);
  if (typeof field === 'string') return fail(field);
  return { ok: true, path: { kind: 'subtype', selector, parameter: parameter as ParameterKey, ...field } };
}

function modifierPath(selector: string, agent: string, fieldText: string, subtype: string | undefined): ParameterPathParse {
  const fail = (message: string): ParameterPathParse => ({ ok: false, message });
  const selectorIssue = selectorProblem(selector, 'an arm');
  if (selectorIssue !== undefined) return fail(selectorIssue);
  if (agent === '*') return fail("'*' selects arms, not modifiers: name the modifier by its agent, modifiers[AGENT]");
  if (!namePattern.test(agent)) return fail(`'${agent}' is not an agent name (letters, digits, '.', '_', '+' or '-')`);
  if (!(modifierFields as readonly string[]).includes(fieldText)) {
    if (fieldText === 'responseBySubtype') return fail('responseBySubtype resolves into a response probability per subtype: write responseProbability[SUBTYPE]');
    const guess = didYouMean(fieldText, modifierFields);
    return fail(`unknown modifier number '${fieldText}'${guess === undefined ? '' : `; did you mean '${guess}'?`} (numbers: ${modifierFields.join(', ')})`);
  }
  const field = fieldText as ModifierField;
  if (field !== 'responseProbability') {
    return subtype === undefined ? { ok: true, path: { kind: 'modifier', selector, agent, field } } : fail(`${field} is one number per modifier: drop '[${subtype}]'`);
  }
  const which = subtype ?? '*';
  const subtypeIssue = selectorProblem(which, 'a subtype');
  if (subtypeIssue !== undefined) return fail(subtypeIssue);
  return { ok: true, path: { kind: 'modifier', selector, agent, field, subtype: which } };
}

/**
 * Reads a parameter path (docs/uncertainty.md): a small language naming one number of a scenario after
 * resolution (library values merged in), so that a library subtype's α can be made uncertain without copying it:
 * - `cohort.subtypes[ID].PARAMETER` (a parameter that is a plain number) or `cohort.subtypes[ID].PARAMETER.FIELD`
 *   (a field of the parameter's distribution over patients: value, mean, sd, min, max, median, sigma, mode);
 *   PARAMETER is a per-patient parameter name (alpha, alphaBeta, doublingTime, …, volume or diameter);
 * - `cohort.subtypes[ID].markers.MARKER`: the subtype's prevalence of a marker (probability of being positive);
 * - `arms[ID].surgery.residualFraction.R0` (R1, R2), optionally `.FIELD`;
 * - `arms[ID].doseModifyingFactor`;
 * - `arms[ID].modifiers[AGENT].responseProbability[SUBTYPE]` (without `[SUBTYPE]`: every subtype's),
 *   `….markerNegativeResponseProbability`, `….logKill`, `….doseModifyingFactor`: a number of the modifier the arm
 *   gives with that agent;
 * - `localControlModel.PARAMETER[.KEY]`: a number of the residual-disease local-control model (the scenario's
 *   `localControlModel` override, else the library value), e.g. `localControlModel.marginLogOdds.R0-close`;
 * - `metastasis.model.PARAMETER[.KEY]`: a number of the distant-metastasis model (the scenario's
 *   `metastasis.model` override, else the library value), e.g. `metastasis.model.interceptLogOdds`.
 * ID and SUBTYPE are a subtype or arm id, or `*` for all of them. Whether the number exists (the id, the
 * parameter, the field of that distribution, the marker, the agent and whether its type has that number) is
 * checked against the resolved scenario by {@link parameterTargets}.
 * @param text - the path as written
 * @returns the parsed path, or a message saying what is wrong and what was expected
 */
export function parseParameterPath(text: string): ParameterPathParse {
  const fail = (message: string): ParameterPathParse => ({ ok: false, message });
  if (text.startsWith(localControlPrefix)) return overridePath(text.slice(localControlPrefix.length), 'localControlModel');
  if (text.startsWith(metastasisPrefix)) return overridePath(text.slice(metastasisPrefix.length), 'metastasisModel');
  const subtype = subtypePattern.exec(text);
  if (subtype !== null) {
    const [, selector = '', parameter = '', rest] = subtype;
    return subtypePath(selector, parameter, rest);
  }
  const residual = residualPattern.exec(text);
  if (residual !== null) {
    const [, selector = '', margin = '', fieldText] = residual;
    const selectorIssue = selectorProblem(selector, 'an arm');
    if (selectorIssue !== undefined) return fail(selectorIssue);
    if (!(margins as readonly string[]).includes(margin)) return fail(`unknown margin status '${margin}' (R0, R1 or R2)`);
    const field = fieldOf(fieldText);
    if (typeof field === 'string') return fail(field);
    return { ok: true, path: { kind: 'residualFraction', selector, margin: margin as MarginStatus, ...field } };
  }
  const dose = dosePattern.exec(text);
  if (dose !== null) {
    const [, selector = ''] = dose;
    const selectorIssue = selectorProblem(selector, 'an arm');
    if (selectorIssue !== undefined) return fail(selectorIssue);
    return { ok: true, path: { kind: 'doseModifyingFactor', selector } };
  }
  const modifier = modifierPattern.exec(text);
  if (modifier !== null) {
    const [, selector = '', agent = '', fieldText = '', subtypeText] = modifier;
    return modifierPath(selector, agent, fieldText, subtypeText);
  }
  if (/^arms\[[^\]]*\]\.modifiers\b/.test(text)) {
    if (text.includes('.responseBySubtype')) return fail('responseBySubtype resolves into a response probability per subtype: write responseProbability[SUBTYPE]');
    return fail(`a modifier is named by its agent: arms[ID|*].modifiers[AGENT].NUMBER, NUMBER one of ${modifierFields.join(', ')} (responseProbability optionally [SUBTYPE])`);
  }
  if (text.startsWith('cohort.') && !text.startsWith('cohort.subtypes[')) {
    return fail(`cohort-level parameters are merged into each subtype: write cohort.subtypes[*].${text.slice('cohort.'.length)} (${expectedForms})`);
  }
  return fail(`not a parameter path: ${expectedForms}`);
}

import type { MarginStatus } from '../scenario/ResolvedScenario.js';
import type { ParameterKey } from '../scenario/parameterSchemas.js';
import { parameterKeys } from '../scenario/parameterSchemas.js';
import { didYouMean } from '../scenario/didYouMean.js';

/** A numeric field of a distribution (core's `Distribution`) that a path may end in. */
export type DistributionField = 'value' | 'mean' | 'sd' | 'min' | 'max' | 'median' | 'sigma' | 'mode';

/** The fields a path may end in, in the order messages list them. */
export const distributionFields: readonly DistributionField[] = ['value', 'mean', 'sd', 'min', 'max', 'median', 'sigma', 'mode'];

/**
 * A parsed parameter path: which number of a resolved scenario it names. `selector` is a subtype or arm id, or
 * `*` for every one of them (which must then all hold the same value: a path names one number).
 */
export type ParameterPath =
  | { readonly kind: 'subtype'; readonly selector: string; readonly parameter: ParameterKey; readonly field?: DistributionField }
  | { readonly kind: 'residualFraction'; readonly selector: string; readonly margin: MarginStatus; readonly field?: DistributionField }
  | { readonly kind: 'doseModifyingFactor'; readonly selector: string };

/** What {@link parseParameterPath} returns. */
export type ParameterPathParse = { readonly ok: true; readonly path: ParameterPath } | { readonly ok: false; readonly message: string };

/** The forms a path takes, for messages and the schema description. */
export const parameterPathForms: readonly string[] = [
  'cohort.subtypes[ID|*].PARAMETER[.FIELD]',
  'arms[ID|*].surgery.residualFraction.R0|R1|R2[.FIELD]',
  'arms[ID|*].doseModifyingFactor',
];

const selectorPattern = /^(?:\*|[A-Za-z0-9][A-Za-z0-9._-]*)$/;
const subtypePattern = /^cohort\.subtypes\[([^\]]*)\]\.([A-Za-z]+)(?:\.([A-Za-z]+))?$/;
const residualPattern = /^arms\[([^\]]*)\]\.surgery\.residualFraction\.([A-Za-z0-9]+)(?:\.([A-Za-z]+))?$/;
const dosePattern = /^arms\[([^\]]*)\]\.doseModifyingFactor$/;
const margins: readonly MarginStatus[] = ['R0', 'R1', 'R2'];

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

/**
 * Reads a parameter path (docs/uncertainty.md): a small language naming one number of a scenario after
 * resolution (library values merged in), so that a library subtype's α can be made uncertain without copying it:
 * - `cohort.subtypes[ID].PARAMETER` (a parameter that is a plain number) or `cohort.subtypes[ID].PARAMETER.FIELD`
 *   (a field of the parameter's distribution over patients: value, mean, sd, min, max, median, sigma, mode);
 *   PARAMETER is a per-patient parameter name (alpha, alphaBeta, doublingTime, …, volume or diameter);
 * - `arms[ID].surgery.residualFraction.R0` (R1, R2), optionally `.FIELD`;
 * - `arms[ID].doseModifyingFactor`.
 * ID is a subtype or arm id, or `*` for all of them. Whether the number exists (the id, the parameter, the
 * field of that distribution) is checked against the resolved scenario by {@link parameterTargets}.
 * @param text - the path as written
 * @returns the parsed path, or a message saying what is wrong and what was expected
 */
export function parseParameterPath(text: string): ParameterPathParse {
  const fail = (message: string): ParameterPathParse => ({ ok: false, message });
  const subtype = subtypePattern.exec(text);
  if (subtype !== null) {
    const [, selector = '', parameter = '', fieldText] = subtype;
    const selectorIssue = selectorProblem(selector, 'a subtype');
    if (selectorIssue !== undefined) return fail(selectorIssue);
    if (!(parameterKeys as readonly string[]).includes(parameter)) {
      const guess = didYouMean(parameter, parameterKeys);
      return fail(`unknown parameter '${parameter}'${guess === undefined ? '' : `; did you mean '${guess}'?`} (parameters: ${parameterKeys.join(', ')})`);
    }
    const field = fieldOf(fieldText);
    if (typeof field === 'string') return fail(field);
    return { ok: true, path: { kind: 'subtype', selector, parameter: parameter as ParameterKey, ...field } };
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
  if (text.startsWith('cohort.') && !text.startsWith('cohort.subtypes[')) {
    return fail(`cohort-level parameters are merged into each subtype: write cohort.subtypes[*].${text.slice('cohort.'.length)} (${expectedForms})`);
  }
  return fail(`not a parameter path: ${expectedForms}`);
}

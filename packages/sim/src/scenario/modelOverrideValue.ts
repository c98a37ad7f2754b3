import type { OverridableModel } from './modelParameterPath.js';

/** The scenario's own number: `model[parameter]`, or `model[parameter][key]`; own properties only. */
function ownOverride(model: object | undefined, parameter: string, key: string | undefined): number | undefined {
  if (model === undefined || !Object.hasOwn(model, parameter)) return undefined;
  const value: unknown = (model as Record<string, unknown>)[parameter];
  if (key === undefined) return typeof value === 'number' ? value : undefined;
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
  const inner: unknown = (value as Record<string, unknown>)[key];
  return typeof inner === 'number' ? inner : undefined;
}

/**
 * One number of a model as a scenario uses it: the override its section gives (`localControlModel`,
 * `metastasis.model`: the plain number `overrides[parameter]`, or `overrides[parameter][key]` for a keyed
 * parameter), else the library value. Own properties only, so no name written by a user is looked up through a
 * prototype.
 * @param overrides - the scenario's overrides, or undefined
 * @param model - the model's parameters and their keys
 * @param library - the library's number of a parameter and key (read from the library each time, never a copy)
 * @param parameter - the parameter
 * @param key - its key (a covariate level, `median` or `sigma`); undefined for a plain number
 * @returns the number; NaN for a key the parameter does not have, or a missing key of a keyed parameter
 */
export function modelOverrideValue<P extends string>(
  overrides: object | undefined,
  model: OverridableModel<P>,
  library: (parameter: P, key: string | undefined) => number,
  parameter: P,
  key: string | undefined,
): number {
  const keys = model.keys(parameter);
  if (key === undefined ? keys.length > 0 : !keys.includes(key)) return Number.NaN;
  return ownOverride(overrides, parameter, key) ?? library(parameter, key);
}

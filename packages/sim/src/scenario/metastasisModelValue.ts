import { fixedDistributionValue, metastasisDefaults } from '@rtsim/core';
import { lognormalLibraryField } from './lognormalLibraryField.js';
import { overridableMetastasisCovariates } from './metastasisModelSchema.js';
import { modelOverrideValue } from './modelOverrideValue.js';
import type { OverridableModel } from './modelParameterPath.js';
import { namedLibraryValue } from './namedLibraryValue.js';
import type { MetastasisModelInput } from './ScenarioInput.js';

/** The parameters of `metastasis.model` (a subset of `metastasisDefaults`), in the order docs list them. */
export const metastasisModelParameters = ['interceptLogOdds', 'covariateLogOddsRatio', 'detectionTime', 'survivalAfterMetastasis', 'survivalEraLogPerYear', 'recurrenceSeeding'] as const;

/** A parameter of the metastasis model that a scenario may override. */
export type MetastasisModelParameter = (typeof metastasisModelParameters)[number];

/**
 * The keys a parameter has: covariate levels, median and sigma of a lognormal, or none (a plain number).
 * @param parameter - a parameter of the model
 * @returns its keys, empty for a plain number
 */
export function metastasisModelKeys(parameter: MetastasisModelParameter): readonly string[] {
  if (parameter === 'covariateLogOddsRatio') return overridableMetastasisCovariates;
  if (parameter === 'detectionTime' || parameter === 'survivalAfterMetastasis') return ['median', 'sigma'];
  return [];
}

/** The metastasis model as parameter paths name it: `metastasis.model.PARAMETER[.KEY]`. */
export const metastasisModelPaths: OverridableModel<MetastasisModelParameter> = {
  what: 'metastasis model',
  prefix: 'metastasis.model',
  parameters: metastasisModelParameters,
  keys: metastasisModelKeys,
};

/** The library's number (read from `metastasisDefaults` each time: the library may change, never a copy). */
function libraryValue(parameter: MetastasisModelParameter, key: string | undefined): number {
  const d = metastasisDefaults;
  switch (parameter) {
    case 'covariateLogOddsRatio':
      return namedLibraryValue(overridableMetastasisCovariates, d.covariateLogOddsRatio, key);
    case 'detectionTime':
    case 'survivalAfterMetastasis':
      return lognormalLibraryField(d[parameter].value, key ?? '');
    default:
      return fixedDistributionValue(d[parameter].value);
  }
}

/**
 * One number of the metastasis model as a scenario uses it: its `metastasis.model` override when it gives one, else
 * the library value of `metastasisDefaults` (a fixed value, or the median (days) or sigma of a lognormal).
 * @param model - the scenario's overrides (ResolvedMetastasis.model), or undefined
 * @param parameter - the parameter
 * @param key - its key (a covariate level, `median` or `sigma`); undefined for a plain number
 * @returns the number; NaN for a key the parameter does not have
 */
export function metastasisModelValue(model: MetastasisModelInput | undefined, parameter: MetastasisModelParameter, key?: string): number {
  return modelOverrideValue(model, metastasisModelPaths, libraryValue, parameter, key);
}

import { fixedDistributionValue, localControlDefaults } from '@rtsim/core';
import { namedLibraryValue } from './namedLibraryValue.js';
import { lognormalLibraryField } from './lognormalLibraryField.js';
import { overridableCovariates, overridableMarginClasses } from './localControlModelSchema.js';
import type { LocalControlModelInput } from './ScenarioInput.js';
import { modelOverrideValue } from './modelOverrideValue.js';
import type { OverridableModel } from './modelParameterPath.js';

/** The parameters of `localControlModel` (and of `localControlDefaults`), in the order docs list them. */
export const localControlModelParameters = [
  'marginLogOdds',
  'covariateLogOddsRatio',
  'residualClonogens',
  'tumourBedHypoxicFraction',
  'hypoxicFractionAt8cm',
  'regrowthDoublingTime',
  'regrowthGradeLogRatio',
  'dormantShare',
  'reawakeningRate',
] as const;

/** A parameter of the local-control model. */
export type LocalControlModelParameter = (typeof localControlModelParameters)[number];

/**
 * The keys a parameter has: margin classes, covariate levels, median and sigma of a lognormal, or none (a plain
 * number).
 * @param parameter - a parameter of the model
 * @returns its keys, empty for a plain number
 */
export function localControlModelKeys(parameter: LocalControlModelParameter): readonly string[] {
  if (parameter === 'marginLogOdds') return overridableMarginClasses;
  if (parameter === 'covariateLogOddsRatio') return overridableCovariates;
  if (parameter === 'residualClonogens' || parameter === 'regrowthDoublingTime') return ['median', 'sigma'];
  return [];
}

/** The local-control model as parameter paths name it: `localControlModel.PARAMETER[.KEY]`. */
export const localControlModelPaths: OverridableModel<LocalControlModelParameter> = {
  what: 'local-control model',
  prefix: 'localControlModel',
  parameters: localControlModelParameters,
  keys: localControlModelKeys,
};

/** The library's number (read from `localControlDefaults` each time: the library may change, never a copy). */
function libraryValue(parameter: LocalControlModelParameter, key: string | undefined): number {
  const d = localControlDefaults;
  switch (parameter) {
    case 'marginLogOdds':
      return namedLibraryValue(overridableMarginClasses, d.marginLogOdds, key);
    case 'covariateLogOddsRatio':
      return namedLibraryValue(overridableCovariates, d.covariateLogOddsRatio, key);
    case 'residualClonogens':
    case 'regrowthDoublingTime':
      return lognormalLibraryField(d[parameter].value, key ?? '');
    default:
      return fixedDistributionValue(d[parameter].value);
  }
}

/**
 * One number of the local-control model as a scenario uses it: its `localControlModel` override when it gives
 * one, else the library value of `localControlDefaults` (a fixed value, or the median or sigma of a lognormal).
 * @param model - the scenario's overrides (ResolvedScenario.localControlModel), or undefined
 * @param parameter - the parameter
 * @param key - its key (a margin class, a covariate level, `median` or `sigma`); undefined for a plain number
 * @returns the number; NaN for a key the parameter does not have
 */
export function localControlModelValue(model: LocalControlModelInput | undefined, parameter: LocalControlModelParameter, key?: string): number {
  return modelOverrideValue(model, localControlModelPaths, libraryValue, parameter, key);
}

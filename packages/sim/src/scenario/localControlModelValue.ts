import type { Distribution } from '@rtsim/core';
import { fixedDistributionValue, localControlDefaults } from '@rtsim/core';
import { overridableCovariates, overridableMarginClasses } from './localControlModelSchema.js';
import type { LocalControlModelInput } from './ScenarioInput.js';

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

const fixed = fixedDistributionValue;
const lognormalField = (value: Distribution, key: string): number =>
  typeof value === 'object' && value.dist === 'lognormal' ? (key === 'median' ? value.median : key === 'sigma' ? value.sigma : Number.NaN) : Number.NaN;

/** The library's number (read from `localControlDefaults` each time: the library may change, never a copy). */
function libraryValue(parameter: LocalControlModelParameter, key: string | undefined): number {
  const d = localControlDefaults;
  switch (parameter) {
    case 'marginLogOdds': {
      const index = (overridableMarginClasses as readonly string[]).indexOf(key ?? '');
      const name = overridableMarginClasses[index];
      return name === undefined ? Number.NaN : fixed(d.marginLogOdds[name].value);
    }
    case 'covariateLogOddsRatio': {
      const index = (overridableCovariates as readonly string[]).indexOf(key ?? '');
      const name = overridableCovariates[index];
      return name === undefined ? Number.NaN : fixed(d.covariateLogOddsRatio[name].value);
    }
    case 'residualClonogens':
    case 'regrowthDoublingTime':
      return lognormalField(d[parameter].value, key ?? '');
    default:
      return fixed(d[parameter].value);
  }
}

/** The scenario's own number, when it overrides this one (own properties only: no lookup through a prototype). */
function overrideValue(model: LocalControlModelInput | undefined, parameter: LocalControlModelParameter, key: string | undefined): number | undefined {
  if (model === undefined || !Object.hasOwn(model, parameter)) return undefined;
  const value: unknown = model[parameter];
  if (key === undefined) return typeof value === 'number' ? value : undefined;
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
  const inner: unknown = (value as Record<string, unknown>)[key];
  return typeof inner === 'number' ? inner : undefined;
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
  const keys = localControlModelKeys(parameter);
  if (key === undefined ? keys.length > 0 : !keys.includes(key)) return Number.NaN;
  return overrideValue(model, parameter, key) ?? libraryValue(parameter, key);
}

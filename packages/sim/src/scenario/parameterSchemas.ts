import * as v from 'valibot';
import { distributionSchema } from './distributionSchema.js';
import type { FieldProblem, NumberBounds } from './fieldSchemas.js';
import type { ParameterInput } from './ScenarioInput.js';

export type { ParameterInput } from './ScenarioInput.js';
import { checked, expectedNumber, labelled, numberField, withinBounds } from './fieldSchemas.js';
import { engineSphereVolume } from './engineSphereVolume.js';


interface ParameterSpec {
  readonly bounds: NumberBounds;
  readonly description: string;
}

/**
 * The per-patient parameters a scenario may set (models.md names and units), with their range and the text
 * editors show. Each is a number or a distribution.
 */
export const parameterSpecs: Readonly<Record<
  | 'alpha'
  | 'alphaBeta'
  | 'doublingTime'
  | 'kickoffTime'
  | 'clonogenDensity'
  | 'volume'
  | 'diameter'
  | 'hypoxicFraction'
  | 'oer'
  | 'repairHalfTimeHours'
  | 'postTreatmentDoublingTime'
  | 'detectionClonogens'
  | 'detectionVolume'
  | 'rsi',
  ParameterSpec
>> = {
  alpha: { bounds: { min: 0 }, description: 'LQ α, the linear radiosensitivity, in 1/Gy (≥ 0).' },
  alphaBeta: { bounds: { min: 0, exclusiveMin: true }, description: 'α/β in Gy (> 0); each patient gets β = α / (α/β).' },
  doublingTime: { bounds: { min: 0, exclusiveMin: true }, description: 'Effective clonogen doubling time during treatment T_d, in days (> 0).' },
  kickoffTime: { bounds: { min: 0 }, description: 'Kick-off time of accelerated repopulation T_k, in days from the first event of treatment (≥ 0).' },
  clonogenDensity: { bounds: { min: 0, exclusiveMin: true }, description: 'Clonogen density, clonogens per cm³ (> 0).' },
  volume: { bounds: { min: 0, exclusiveMin: true }, description: 'Tumour volume in cm³ (> 0). Give volume or diameter, not both.' },
  diameter: { bounds: { min: 0, exclusiveMin: true }, description: 'Tumour diameter in cm (> 0), for a sphere of volume π d³ / 6. Give volume or diameter, not both.' },
  hypoxicFraction: { bounds: { min: 0, max: 1 }, description: 'Hypoxic fraction h of the clonogens, from 0 to 1 (0 turns hypoxia off). Default for an inline subtype: 0.' },
  oer: { bounds: { min: 1 }, description: 'Oxygen enhancement ratio of the hypoxic compartment (≥ 1): it sees α/OER and β/OER².' },
  repairHalfTimeHours: { bounds: { min: 0, exclusiveMin: true }, description: 'Sublethal-damage repair half-time in hours (> 0). Absent in an inline subtype: complete repair between fractions.' },
  postTreatmentDoublingTime: { bounds: { min: 0, exclusiveMin: true }, description: "Doubling time of a recurrence after treatment, in days (> 0). Absent: the patient's doublingTime." },
  detectionClonogens: { bounds: { min: 1 }, description: 'Clonogens at which a recurrence becomes detectable, N_detect (≥ 1). Absent: clonogenDensity × detectionVolume of the same patient.' },
  detectionVolume: { bounds: { min: 0, exclusiveMin: true }, description: "Volume of a just-detectable recurrence in cm³ (> 0), used when detectionClonogens is absent. Default: the library's defaultDetectionVolume." },
  rsi: {
    bounds: { min: 0, exclusiveMin: true, max: 1 },
    description:
      'Radiosensitivity index, read as the surviving fraction at 2 Gy (Scott et al. 2017; > 0 and ≤ 1), drawn per patient instead of alpha: α = −ln(RSI)/2 − 2β with β = 0.05 Gy⁻², or, when the scenario gives alphaBeta (cohort or subtype level), α = −ln(RSI)/(2 + 4/(α/β)). The most specific level giving alpha or rsi decides; not both at one level.',
  },
};

/** Name of a per-patient parameter a scenario may set. */
export type ParameterKey = keyof typeof parameterSpecs;

/** The parameter names in their documented order. */
export const parameterKeys: readonly ParameterKey[] = Object.keys(parameterSpecs) as ParameterKey[];

function rangeText(bounds: NumberBounds): string {
  if (bounds.min !== undefined && bounds.max !== undefined && bounds.exclusiveMin !== true && bounds.exclusiveMax !== true) {
    return `between ${bounds.min} and ${bounds.max}`;
  }
  return expectedNumber(bounds).replace(/^a (whole )?number /, '');
}

/**
 * Where a distribution can put a patient outside the parameter's range: checked on the support, so a
 * normal needs `min` (or `max`) when the range is bounded on that side, and a lognormal fits only ranges
 * that are open upwards and reach down to 0.
 * @param name - the parameter, for the message
 * @param bounds - the parameter's range
 * @param value - the parameter as written, already valid on its own
 * @returns the problems, at the key they concern
 */
export function parameterRangeProblems(name: string, bounds: NumberBounds, value: ParameterInput): FieldProblem[] {
  if (typeof value === 'number') return [];
  const range = rangeText(bounds);
  const outside = (key: string, x: number): FieldProblem => ({
    keys: [key],
    message: `${name} must be ${range}, got ${key} ${x}`,
  });
  const lower = bounds.min;
  const upper = bounds.max;
  const problems: FieldProblem[] = [];
  switch (value.dist) {
    case 'fixed':
      if (!withinBounds(value.value, bounds)) problems.push(outside('value', value.value));
      break;
    case 'normal':
      if (value.sd === 0) {
        if (!withinBounds(value.mean, bounds)) problems.push(outside('mean', value.mean));
        break;
      }
      if (lower !== undefined) {
        if (value.min === undefined) problems.push({ keys: [], message: `a normal distribution without min can give ${name} below ${lower}: add min: ${lower}` });
        else if (value.min < lower) problems.push(outside('min', value.min));
      }
      if (upper !== undefined) {
        if (value.max === undefined) problems.push({ keys: [], message: `a normal distribution without max can give ${name} above ${upper}: add max: ${upper}` });
        else if (value.max > upper) problems.push(outside('max', value.max));
      }
      break;
    case 'lognormal':
      if (value.sigma === 0) {
        if (!withinBounds(value.median, bounds)) problems.push(outside('median', value.median));
        break;
      }
      if ((lower !== undefined && lower > 0) || upper !== undefined) {
        problems.push({
          keys: [],
          message: `a lognormal distribution takes every value above 0, but ${name} must be ${range}: use a normal with min/max, a uniform or a triangular distribution`,
        });
      }
      break;
    case 'uniform':
    case 'triangular':
      if (lower !== undefined && value.min < lower) problems.push(outside('min', value.min));
      if (upper !== undefined && value.max > upper) problems.push(outside('max', value.max));
      break;
  }
  return problems;
}

/**
 * A per-patient quantity: a number within `bounds`, or a distribution whose support lies within
 * `supportBounds` (by default the same bounds).
 * @param name - the quantity's name, for messages
 * @param bounds - range of a plain number
 * @param description - what it is, with its unit (shown by editors)
 * @param supportBounds - range a distribution's support must respect (looser when draws are capped)
 */
export function distributedField(
  name: string,
  bounds: NumberBounds,
  description: string,
  supportBounds: NumberBounds = bounds,
): v.GenericSchema<ParameterInput> {
  return v.pipe(
    checked(
      labelled(
        v.union([numberField(bounds, description), distributionSchema]),
        `${expectedNumber(bounds)} or a distribution { dist: fixed | normal | lognormal | uniform | triangular, … }`,
      ),
      (value) => parameterRangeProblems(name, supportBounds, value),
    ),
    v.description(`${description} A number, or a distribution over patients.`),
  );
}

function parameterField(name: ParameterKey): v.GenericSchema<ParameterInput> {
  return distributedField(name, parameterSpecs[name].bounds, parameterSpecs[name].description);
}

/** The schema of one optional parameter entry. */
export type OptionalParameterSchema = v.ExactOptionalSchema<v.GenericSchema<ParameterInput>, undefined>;

/** The parameter keys of a subtype, cohort defaults or an override, each optional. */
export type ParameterEntries = { readonly [K in ParameterKey]: OptionalParameterSchema };

const parameterEntries: ParameterEntries = {
  alpha: v.exactOptional(parameterField('alpha')),
  alphaBeta: v.exactOptional(parameterField('alphaBeta')),
  doublingTime: v.exactOptional(parameterField('doublingTime')),
  kickoffTime: v.exactOptional(parameterField('kickoffTime')),
  clonogenDensity: v.exactOptional(parameterField('clonogenDensity')),
  volume: v.exactOptional(parameterField('volume')),
  diameter: v.exactOptional(parameterField('diameter')),
  hypoxicFraction: v.exactOptional(parameterField('hypoxicFraction')),
  oer: v.exactOptional(parameterField('oer')),
  repairHalfTimeHours: v.exactOptional(parameterField('repairHalfTimeHours')),
  postTreatmentDoublingTime: v.exactOptional(parameterField('postTreatmentDoublingTime')),
  detectionClonogens: v.exactOptional(parameterField('detectionClonogens')),
  detectionVolume: v.exactOptional(parameterField('detectionVolume')),
  rsi: v.exactOptional(parameterField('rsi')),
};

/**
 * The optional per-patient parameter entries (each a number or a distribution, with its range checked on
 * the distribution's support), shared by cohort-level defaults, library overrides and inline subtypes.
 * @returns a fresh copy of the entries (the schemas inside are shared)
 */
export function parameterSchemaEntries(): ParameterEntries {
  return { ...parameterEntries };
}

/** A diameter given as one number (plain or `fixed`), or undefined for a distribution or nothing. */
function fixedDiameter(diameter: unknown): number | undefined {
  if (typeof diameter === 'number') return diameter;
  if (typeof diameter === 'object' && diameter !== null && (diameter as { dist?: unknown }).dist === 'fixed') {
    const value = (diameter as { value?: unknown }).value;
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
}

/**
 * `volume` and `diameter` describe the same thing: a level may give one of them; and a diameter given as a number
 * must have a sphere volume (π/6)·d³ that is positive and finite in double precision as the engine computes it
 * (engineSphereVolume: 1e-110 cm gives 0, 1e110 cm overflows), or every patient would fail at run time after
 * validation passed.
 * @param value - a mapping holding parameter entries
 */
export function tumourSizeProblems(value: { readonly volume?: unknown; readonly diameter?: unknown }): FieldProblem[] {
  if (value.volume !== undefined && value.diameter !== undefined) return [{ keys: ['diameter'], message: 'give volume or diameter, not both' }];
  const diameter = fixedDiameter(value.diameter);
  const volume = diameter === undefined ? undefined : engineSphereVolume(diameter);
  if (volume !== undefined && diameter !== undefined && diameter > 0 && !(volume > 0 && volume < Infinity)) {
    return [{ keys: ['diameter'], message: `a diameter of ${diameter} cm gives a sphere volume of ${volume} cm³, outside what double precision holds` }];
  }
  return [];
}

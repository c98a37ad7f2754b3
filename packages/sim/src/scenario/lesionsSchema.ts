import * as v from 'valibot';
import type { FieldProblem } from './fieldSchemas.js';
import { checked, mapping, numberField } from './fieldSchemas.js';
import { distributedField } from './parameterSchemas.js';
import type { LesionsInput } from './ScenarioInput.js';

/**
 * Most lesions a patient of a lesion arm may have: SBRT of metastases treats oligometastatic disease (1–5 lesions
 * in the series of docs/local-control-model.md), and each possible lesion costs 5 uniforms per patient whether or
 * not it is present (docs/local-control-model.md, "Random numbers"), so the bound also caps that cost.
 */
export const maxLesionCount = 10;

/** Tolerance on the count shares summing to 1 (as the other share mappings of the local-control model). */
const shareSumTolerance = 1e-9;

const countKeys = Array.from({ length: maxLesionCount }, (_, i) => String(i + 1));

/** Shares of patients with 1, 2, … lesions; a key is a whole number from 1 to {@link maxLesionCount}. */
const lesionCountSchema: v.GenericSchema<Record<string, number>> = checked(
  mapping(
    Object.fromEntries(countKeys.map((key) => [key, v.exactOptional(numberField({ min: 0, max: 1 }, `Share of patients with ${key} lesion${key === '1' ? '' : 's'} (0 to 1).`))])),
    `lesion count shares: { 1, 2, …, ${maxLesionCount} }`,
    `Share of patients by number of lesions (whole numbers 1 to ${maxLesionCount}); absent counts are 0, the shares sum to 1.`,
  ),
  (value: Record<string, number | undefined>): FieldProblem[] => {
    const sum = countKeys.reduce((total, key) => total + (Object.hasOwn(value, key) ? (value[key] ?? 0) : 0), 0);
    return Math.abs(sum - 1) <= shareSumTolerance ? [] : [{ keys: [], message: `the lesion count shares must sum to 1, got ${sum}` }];
  },
) as v.GenericSchema<Record<string, number>>;

/**
 * The lesions of an arm with `target: lesions` (docs/scenarios.md, "SBRT of metastases at lesion level"): how many
 * lesions a patient has (shares by count) and each lesion's diameter in cm (a number or a distribution, drawn per
 * lesion; > 0).
 */
export const lesionsSchema: v.GenericSchema<LesionsInput> = mapping(
  {
    count: lesionCountSchema,
    diameter: distributedField(
      'lesion diameter',
      { min: 0, exclusiveMin: true },
      'Diameter of each lesion in cm (> 0), drawn per lesion; N₀ = ρ·πd³/6 and the hypoxic fraction h = min(1, h₈·d/8 cm) follow from it.',
    ),
  },
  'lesions: { count: { 1: share, 2: share, … }, diameter }',
  'The metastases an arm treats (target: lesions): count shares per patient and the diameter of each lesion in cm.',
);

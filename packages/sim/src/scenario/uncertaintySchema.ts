import * as v from 'valibot';
import { parameterPathForms, parseParameterPath } from '../uncertainty/parameterPath.js';
import { distributionSchema } from './distributionSchema.js';
import { checked, exactly, list, mapping, numberField, textField } from './fieldSchemas.js';
import type { UncertaintyInput } from './ScenarioInput.js';

/** Parameter sets a two-level run draws when the file does not say (`uncertainty.draws`). */
export const defaultUncertaintyDraws = 100;
/** Most parameter sets a scenario may ask for. */
export const maxUncertaintyDraws = 100_000;

const pathField = checked(
  textField(
    `The number that is uncertain, after library values are merged in: ${parameterPathForms.join(' | ')}. ID is a subtype or arm id, or * for all (they must hold the same value); FIELD is a field of the parameter's distribution over patients (value, mean, sd, min, max, median, sigma, mode). See docs/uncertainty.md.`,
  ),
  (text) => {
    const parsed = parseParameterPath(text);
    return parsed.ok ? [] : [{ keys: [], message: parsed.message }];
  },
);

const uncertainParameter = mapping(
  {
    path: pathField,
    label: v.exactOptional(textField('Name in tables and charts (default: the path).', { maxLength: 80 })),
    distribution: v.pipe(
      distributionSchema,
      v.description('What is believed about the number: a distribution over parameter sets (not over patients), in the unit of the number. Its 2.5 % and 97.5 % quantiles are the ends of the tornado.'),
    ),
  },
  'an uncertain parameter: { path, distribution, label? }',
  'A population parameter whose value is uncertain.',
);

/**
 * The `uncertainty` section of a scenario: parameter sets drawn (K) and the uncertain parameters. Paths are
 * checked here for their syntax; whether they name a number of this scenario, and whether every draw keeps the
 * scenario valid, is checked after resolution (`uncertaintyProblems`).
 */
export const uncertaintySchema: v.GenericSchema<UncertaintyInput> = exactly<UncertaintyInput>()(mapping(
  {
    draws: v.exactOptional(
      numberField(
        { integer: true, min: 1, max: maxUncertaintyDraws },
        `Parameter sets drawn by rtsim run (outer loop), a whole number from 1 to ${maxUncertaintyDraws}; each is run as a whole cohort of \`patients\`. Default ${defaultUncertaintyDraws}.`,
      ),
    ),
    parameters: list(uncertainParameter, 'a list of uncertain parameters', 'The uncertain population parameters.', 1),
  },
  'an uncertainty section: { draws?, parameters: [{ path, distribution }, …] }',
  'Parameter uncertainty (second level): rtsim run draws `draws` parameter sets and runs the cohort for each; rtsim sensitivity ranks the parameters. See docs/uncertainty.md.',
));

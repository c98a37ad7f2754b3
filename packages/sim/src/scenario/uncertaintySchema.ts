import * as v from 'valibot';
import { correlationProblems } from './correlationProblems.js';
import { distributionFields, parameterPathForms, parseParameterPath } from './parameterPath.js';
import { distributionSchema } from './distributionSchema.js';
import { checked, exactly, labelled, list, mapping, numberField, textField } from './fieldSchemas.js';
import type { UncertaintyInput } from './ScenarioInput.js';

/** Parameter sets a two-level run draws when the file does not say (`uncertainty.draws`). */
export const defaultUncertaintyDraws = 100;
/** Most parameter sets a scenario may ask for. */
export const maxUncertaintyDraws = 100_000;

// Forms joined by '; ' because the forms themselves use '|' for alternatives (R0|R1|R2, ID|*).
const pathField = checked(
  textField(
    `The number that is uncertain, after library values are merged in: ${parameterPathForms.join('; ')}. ` +
      'ID is a subtype or arm id and SUBTYPE a subtype id, or * for all of them (which must hold the same value); ' +
      `PARAMETER is a per-patient parameter (alpha, alphaBeta, …); FIELD a field of its distribution over patients (${distributionFields.join(', ')}); ` +
      'MARKER a marker named in the scenario (the path is its prevalence in the subtype); ' +
      'AGENT the agent of a modifier the arm gives (responseProbability without [SUBTYPE]: every subtype\'s). See docs/uncertainty.md, "Paths".',
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

const pairMessage = (issue: v.BaseIssue<unknown>): string => {
  const input = issue.input as unknown[];
  return `expected two parameters (a path or label each), got ${Array.isArray(input) ? input.length : 'another value'}`;
};

const correlationPair = v.pipe(
  labelled(v.array(textField('An uncertain parameter: its path or its label, exactly as in uncertainty.parameters.')), 'a pair of parameters: [path or label, path or label]'),
  v.minLength(2, pairMessage),
  v.maxLength(2, pairMessage),
  v.description('The two parameters, each named by its path or its label as written in uncertainty.parameters.'),
);

const uncertainCorrelation = mapping(
  {
    between: correlationPair,
    rho: numberField(
      { min: -1, exclusiveMin: true, max: 1, exclusiveMax: true },
      'ρ, the correlation of the two parameters\' normal scores Φ⁻¹(F(x)) (Gaussian copula), a number > −1 and < 1: not the Pearson correlation of their values, which also depends on their distributions. See docs/uncertainty.md, "Correlated parameters".',
    ),
  },
  'a correlation: { between: [A, B], rho }',
  'Two uncertain parameters drawn together: a Gaussian copula whose normal scores have correlation rho; each keeps its own distribution.',
);

/**
 * The `uncertainty` section of a scenario: parameter sets drawn (K), the uncertain parameters, and correlations
 * between them. Paths are checked here for their syntax and correlations for their names, pairs and a positive
 * definite matrix (correlationProblems); whether the paths name a number of this scenario, and whether every draw
 * keeps the scenario valid, is checked after resolution (`uncertaintyProblems`).
 */
export const uncertaintySchema: v.GenericSchema<UncertaintyInput> = exactly<UncertaintyInput>()(checked(mapping(
  {
    draws: v.exactOptional(
      numberField(
        { integer: true, min: 1, max: maxUncertaintyDraws },
        `Parameter sets drawn by rtsim run (outer loop), a whole number from 1 to ${maxUncertaintyDraws}; each is run as a whole cohort of \`patients\`. Default ${defaultUncertaintyDraws}.`,
      ),
    ),
    parameters: list(uncertainParameter, 'a list of uncertain parameters', 'The uncertain population parameters.', 1),
    correlations: v.exactOptional(
      list(
        uncertainCorrelation,
        'a list of correlations',
        'Correlations between uncertain parameters (default none: independent), each pair at most once; together they must form a positive definite correlation matrix. rtsim sensitivity refuses a scenario with correlations (its indices assume independent parameters).',
      ),
    ),
  },
  'an uncertainty section: { draws?, parameters: [{ path, distribution }, …], correlations? }',
  'Parameter uncertainty (second level): rtsim run draws `draws` parameter sets and runs the cohort for each; rtsim sensitivity ranks the parameters. See docs/uncertainty.md.',
), correlationProblems));

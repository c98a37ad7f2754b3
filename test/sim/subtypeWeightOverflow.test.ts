// Subtype weights are normalised by their sum: a sum that overflows to Infinity made every share 0 and sent the whole
// cohort to one subtype (subtypeWeightProblems refuses it at the weight that overflows).
import { describe, expect, test } from 'vitest';
import { parseScenario } from '../../packages/sim/src/scenario/parseScenario.js';
import { parsedScenario } from './parsedScenario.js';

const withWeights = (first: string, second: string): string => `version: 1
name: Subtype weights
references: [assumed]
seed: 1
patients: 100
cohort:
  volume: 100
  subtypes:
    - { ref: sts, weight: ${first} }
    - { ref: leiomyosarcoma, weight: ${second} }
arms:
  - id: a
    schedule: { fractions: 25, dose: 2 }
followUp: { years: 5 }
`;

describe('subtype weights whose sum is not finite', () => {
  test('two weights of 1e308 are refused at the second, saying why', () => {
    const result = parseScenario(withWeights('1e308', '1e308'), 'weights.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.path, issue.message, issue.line])).toEqual([
      [
        'cohort.subtypes[1].weight',
        'with this weight (1e+308) the subtype weights sum past the largest number (1.7976931348623157e+308), and normalising them by their sum ' +
          'would give every subtype a share of 0: weights are relative, so give smaller ones (1 and 3 for shares of 25% and 75%)',
        10,
      ],
    ]);
  });

  test('large weights whose sum stays finite are normalised as before', () => {
    const scenario = parsedScenario(withWeights('1e307', '3e307'));
    expect(scenario.subtypes.map((subtype) => subtype.weight)).toEqual([0.25, 0.75]);
  });
});

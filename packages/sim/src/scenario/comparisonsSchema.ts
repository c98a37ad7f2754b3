import * as v from 'valibot';
import { maxComparisons } from './comparisonProblems.js';
import { maxArms } from './maxArms.js';
import { choiceField, labelled, list, mapping, textField } from './fieldSchemas.js';

const armPair = mapping(
  {
    a: textField('Id of the first arm: the results report a − b.', { maxLength: 64 }),
    b: textField('Id of the second arm.', { maxLength: 64 }),
  },
  'a pair of arms: { a: <arm id>, b: <arm id> }',
  'Two different arms, by id, compared on the same virtual patients.',
);

/**
 * Which pairs of arms the results compare (docs/scenarios.md, "Comparisons"): absent, the first arm (the reference)
 * with each other arm; `all`, every pair; or a list of pairs by arm id, in the order the results list them. That the
 * ids name arms, and that no pair is given twice or pairs an arm with itself, is checked by `comparisonProblems`.
 */
export const comparisonsSchema: v.GenericSchema<'all' | { a: string; b: string }[]> = v.pipe(
  labelled(
    v.union([
      choiceField(['all'] as const, 'Every pair of arms, (1st, 2nd), (1st, 3rd), …, (2nd, 3rd), …: n(n − 1)/2 comparisons for n arms.'),
      v.pipe(
        list(armPair, 'a list of pairs of arms', `The pairs to compare, each { a, b } by arm id, in the order the results list them (1 to ${maxComparisons}).`, 1),
        v.maxLength(maxComparisons, (issue: v.BaseIssue<unknown>) => `expected at most ${maxComparisons} pairs (every pair of ${maxArms} arms), got ${Array.isArray(issue.input) ? issue.input.length : '?'}`),
      ),
    ]),
    "comparisons: 'all' or a list of pairs { a: <arm id>, b: <arm id> }",
  ),
  v.description('The pairs of arms to compare. Default: the first arm (the reference) with each other arm, in file order. `all`: every pair. Or a list of pairs { a, b } by arm id (results report a − b).'),
);

import * as v from 'valibot';
import type { FieldProblem } from './fieldSchemas.js';
import { checked, mapping, numberField } from './fieldSchemas.js';

/** Tolerance on shares summing to 1 (as marginSumTolerance). */
const shareSumTolerance = 1e-9;

/**
 * The schema of shares that must sum to 1: a mapping of the given keys, each optional (absent = 0) and in [0, 1],
 * their sum within 10⁻⁹ of 1 (so at least one is given). Used by the covariates of scenarios and by the population
 * parts of local-control evidence files.
 * @param keys - the levels, in the order messages list them
 * @param label - what the mapping is, for messages (`grade shares: { G1, G2, G3 }`)
 * @param description - its description in the JSON Schema
 * @param what - the description of one key's share
 * @returns the schema
 */
export function sharesSchema<const K extends readonly string[]>(keys: K, label: string, description: string, what: (key: string) => string): v.GenericSchema<Partial<Record<K[number], number>>> {
  const entries = Object.fromEntries(keys.map((key) => [key, v.exactOptional(numberField({ min: 0, max: 1 }, what(key)))])) as {
    [P in K[number]]: v.ExactOptionalSchema<ReturnType<typeof numberField>, undefined>;
  };
  return checked(mapping(entries, label, description), (value: Partial<Record<K[number], number>>): FieldProblem[] => {
    const sum = keys.reduce((total, key) => total + (value[key as K[number]] ?? 0), 0);
    return Math.abs(sum - 1) <= shareSumTolerance ? [] : [{ keys: [], message: `the shares ${keys.join(', ')} must sum to 1, got ${sum}` }];
  });
}

import type { PathKey } from '../scenario/fieldSchemas.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The first place where two JSON values differ, depth first in the order of `expected`'s keys: a leaf that is
 * not equal (`===`), a list of another length, a key that one object has and the other lacks, or values of
 * different kinds (a list where an object was expected, null where an object was expected).
 * @param expected - JSON data (as JSON.parse returns it)
 * @param actual - JSON data
 * @param path - the keys leading to both values (for the recursion; default the root)
 * @returns the path of keys to the first difference (its parent, for a missing or extra key: the key itself),
 *   or undefined when the two are equal as JSON
 */
export function firstJsonDifference(expected: unknown, actual: unknown, path: readonly PathKey[] = []): PathKey[] | undefined {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return [...path];
    for (let i = 0; i < expected.length; i++) {
      const found = firstJsonDifference(expected[i], actual[i], [...path, i]);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (isRecord(expected)) {
    if (!isRecord(actual)) return [...path];
    for (const key of Object.keys(expected)) {
      if (!Object.hasOwn(actual, key)) return [...path, key];
      const found = firstJsonDifference(expected[key], actual[key], [...path, key]);
      if (found !== undefined) return found;
    }
    const extra = Object.keys(actual).find((key) => !Object.hasOwn(expected, key));
    return extra === undefined ? undefined : [...path, extra];
  }
  return expected === actual ? undefined : [...path];
}

import { didYouMean } from './didYouMean.js';
import type { PathKey } from './fieldSchemas.js';
import type { PathIssue } from './schemaIssues.js';

/**
 * The keys of a mapping by subtype id (`responseBySubtype`, `metastasis.histology`) that name no subtype of the
 * cohort, each reported at its key with the closest id.
 * @param mapping - the mapping as written (anything else has no keys to check)
 * @param path - where the mapping is
 * @param subtypeIds - the ids of the cohort's subtypes (as results will name them)
 * @returns one problem per unknown key
 */
export function unknownSubtypeKeyProblems(mapping: unknown, path: readonly PathKey[], subtypeIds: readonly string[]): PathIssue[] {
  if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) return [];
  return Object.keys(mapping).flatMap((id) => {
    if (subtypeIds.includes(id)) return [];
    const guess = didYouMean(id, subtypeIds);
    return [{
      path: [...path, id],
      message: `unknown subtype id '${id}';${guess === undefined ? '' : ` did you mean '${guess}'?`} subtypes: ${subtypeIds.join(', ')}`,
      atKey: true,
    }];
  });
}

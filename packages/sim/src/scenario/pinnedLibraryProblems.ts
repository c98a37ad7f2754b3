import { keptLibraries } from '@rtsim/core';
import type { PathIssue } from './schemaIssues.js';

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What a scenario uses that the parameter library its `pin` names does not have: an arm's
 * `localControl: residual-disease` reads the local-control values and `complications` the toxicity values, which
 * library 1.0.0 lacks (1.1.0 added them).
 * Runs on the raw value, skipping whatever has the wrong shape, and a library this rtsim does not carry
 * (`pinProblems` reports that).
 * @param value - the parsed file, any value
 * @returns one problem per arm that uses the local-control model, and one at `complications`, under a pin to a
 *   library without their values
 */
export function pinnedLibraryProblems(value: unknown): PathIssue[] {
  if (!isMapping(value) || !isMapping(value['pin']) || !Array.isArray(value['arms'])) return [];
  const pinned = value['pin']['library'];
  const kept = keptLibraries.find((library) => library.release.version === pinned);
  if (kept === undefined) return [];
  const complications: PathIssue[] =
    value['complications'] !== undefined && kept.content.toxicity === undefined
      ? [{
          path: ['complications'],
          message: `the toxicity models' parameters are not in parameter library ${kept.release.version}, which pin.library names; they were added in library ${keptLibraries.find((library) => library.content.toxicity !== undefined)?.release.version ?? ''}: pin that library to score complications`,
        }]
      : [];
  if (kept.content.localControl !== undefined) return complications;
  const since = keptLibraries.find((library) => library.content.localControl !== undefined)?.release.version ?? '';
  return [...complications, ...value['arms'].flatMap((arm: unknown, index) =>
    isMapping(arm) && arm['localControl'] !== undefined
      ? [{
          path: ['arms', index, 'localControl'],
          message: `the residual-disease model's parameters are not in parameter library ${kept.release.version}, which pin.library names; they were added in library ${since}: pin library "${since}" to use the model`,
        }]
      : [],
  )];
}

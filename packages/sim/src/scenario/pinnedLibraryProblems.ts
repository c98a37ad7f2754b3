import type { LaterSection } from '@rtsim/core';
import { keptLibraries } from '@rtsim/core';
import type { PathIssue } from './schemaIssues.js';
import { isMapping } from './isMapping.js';

/** A section of the library that a scenario's top-level field reads, and what the refusal calls it. */
const sectionFields = [
  { section: 'toxicity', field: 'complications', what: "the toxicity models' parameters", use: 'score complications' },
  { section: 'metastasis', field: 'metastasis', what: "the metastasis model's parameters", use: 'model metastasis' },
  { section: 'pathway', field: 'pathway', what: "the diagnostic-pathway model's parameters", use: 'model the pathway' },
] as const;

/** The first kept library version that has a section (the version that added it). */
const addedIn = (section: LaterSection): string =>
  keptLibraries.find((library) => library.content[section] !== undefined)?.release.version ?? '';

/**
 * What a scenario uses that the parameter library its `pin` names does not have: an arm's
 * `localControl: residual-disease` reads the local-control values, `complications` the toxicity values, `metastasis`
 * the metastasis values and `pathway` the pathway values, which library 1.0.0 lacks (1.1.0 added them). An arm's own
 * `pathway` needs localControl, which is refused under such a pin already.
 * Runs on the raw value, skipping whatever has the wrong shape, and a library this rtsim does not carry
 * (`pinProblems` reports that).
 * @param value - the parsed file, any value
 * @returns one problem per arm that uses the local-control model, and one at `complications` or `metastasis`, under a
 *   pin to a library without their values
 */
export function pinnedLibraryProblems(value: unknown): PathIssue[] {
  if (!isMapping(value) || !isMapping(value['pin']) || !Array.isArray(value['arms'])) return [];
  const pinned = value['pin']['library'];
  const kept = keptLibraries.find((library) => library.release.version === pinned);
  if (kept === undefined) return [];
  const missing = (section: LaterSection, what: string): string =>
    `${what} are not in parameter library ${kept.release.version}, which pin.library names; they were added in library ${addedIn(section)}`;
  const fields = sectionFields.flatMap(({ section, field, what, use }) =>
    value[field] !== undefined && kept.content[section] === undefined ? [{ path: [field], message: `${missing(section, what)}: pin that library to ${use}` }] : [],
  );
  if (kept.content.localControl !== undefined) return fields;
  const since = addedIn('localControl');
  return [...fields, ...value['arms'].flatMap((arm: unknown, index) =>
    isMapping(arm) && arm['localControl'] !== undefined
      ? [{ path: ['arms', index, 'localControl'], message: `${missing('localControl', "the residual-disease model's parameters")}: pin library "${since}" to use the model` }]
      : [],
  )];
}

import type { LibraryParameter } from './LibraryParameter.js';

/**
 * The same value as `parameter`, carried over to another subtype: grade lowered to D, and the note replaced by
 * the reason plus a pointer to the entry whose note still applies. Keeps the original kind, source and DOI,
 * which still describe where the number comes from.
 * @param parameter - the library value being carried over
 * @param from - the subtype id it comes from (its note explains the derivation)
 * @param reason - why it is used for this subtype, and what is known that might move it
 * @returns a new plain-data {@link LibraryParameter}
 */
export function carriedOver(parameter: LibraryParameter, from: string, reason: string): LibraryParameter {
  return {
    value: parameter.value,
    unit: parameter.unit,
    evidence: {
      ...parameter.evidence,
      grade: 'D',
      note: `${reason} Carried over from \`${from}\`, whose note on the derivation applies.`,
    },
  };
}

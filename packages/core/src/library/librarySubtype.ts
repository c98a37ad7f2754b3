import type { SubtypeEntry } from './SubtypeEntry.js';
import { subtypeIds, subtypeLibrary } from './subtypeLibrary.js';

/**
 * Looks up a subtype of the parameter library by id (e.g. `'myxoid-liposarcoma'`).
 * @param id - a subtype id, typically read from a scenario file
 * @returns the entry, or `undefined` when `id` is not a library subtype (never throws; inherited object keys
 * such as `'toString'` are not subtypes)
 */
export function librarySubtype(id: string): SubtypeEntry | undefined {
  return (subtypeIds as readonly string[]).includes(id) ? subtypeLibrary[id as keyof typeof subtypeLibrary] : undefined;
}

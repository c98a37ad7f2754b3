const utf8 = new TextEncoder();
const fnvOffsetBasis = 0x811c9dc5;
const fnvPrime = 0x01000193;

/**
 * The 32-bit name id of a user-named stream (a marker, an agent): FNV-1a (Fowler, Noll, Vo; IETF
 * draft-eastlake-fnv, 32-bit offset basis 0x811C9DC5, prime 0x01000193) of the name's UTF-8 bytes:
 * h ← (h ⊕ byte)·prime mod 2³² for each byte.
 *
 * Why a hash and not the name's position: the id depends on the name alone, so adding or reordering markers never
 * moves another marker's draws. Why FNV-1a suffices: the id only has to differ between the names of one purpose
 * (Philox mixes it fully), and compileExtras refuses a scenario in which two of them collide (streamNameCollision).
 * UTF-8, so names that differ only in non-ASCII characters differ in bytes.
 * @param name - the marker or agent name
 * @returns the id, a whole number in [0, 2³²)
 */
export function streamNameId(name: string): number {
  let hash = fnvOffsetBasis;
  for (const byte of utf8.encode(name)) hash = Math.imul(hash ^ byte, fnvPrime);
  return hash >>> 0;
}

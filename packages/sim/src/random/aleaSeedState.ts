import seedrandom from 'seedrandom';

/** Alea's state: three 32-bit fractions and the carry (seedrandom's `alea(…, { state: true }).state()` shape). */
export interface AleaState {
  readonly s0: number;
  readonly s1: number;
  readonly s2: number;
  readonly c: number;
}

const twoToMinus32 = 2 ** -32;
const utf8 = new TextEncoder();

/**
 * The key's UTF-8 bytes as a string of characters 0–255. seedrandom's key schedule keeps only the low 8 bits of each
 * UTF-16 code unit, so without this, names that differ only in non-ASCII characters (`Ki-67 β`, `Ki-67 ²`) would seed
 * the same stream.
 */
function utf8Bytes(key: string): string {
  let bytes = '';
  for (const byte of utf8.encode(key)) bytes += String.fromCharCode(byte);
  return bytes;
}

/**
 * The starting state of the Alea generator named by `key`: three 32-bit words from seedrandom's ARC4 generator
 * keyed by the key's UTF-8 bytes (RC4 with its first 256 bytes discarded), as Alea's fractions s0, s1, s2, and carry 1.
 *
 * Why not `seedrandom.alea(key)`: Alea's own seeding hashes the key with Mash, and its first state word s0 gets one
 * pass of Mash, in which the last characters barely mix. Keys that differ only in a trailing index (block k, outer
 * draw k) then start from nearly collinear states, and the first output, and every third after it while the
 * multiplier has not yet scrambled the difference, runs in arithmetic progression over k (outer draws `31:outer:k`:
 * 0.520, 0.500, 0.480, 0.461 for k = 0…3). ARC4's key schedule mixes every key byte into its whole 256-byte state,
 * so nearby keys give unrelated states; Alea then runs as before.
 * @param key - the generator's name, e.g. `20261126:3` (block 3) or `20261126:outer:7`
 * @returns the state to start Alea from
 */
export function aleaSeedState(key: string): AleaState {
  const mixer = seedrandom(utf8Bytes(key));
  const word = (): number => (mixer.int32() >>> 0) * twoToMinus32;
  return { s0: word(), s1: word(), s2: word(), c: 1 };
}

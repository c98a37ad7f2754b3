/**
 * The Philox key of a scenario seed: its low and high 32-bit words, [seed mod 2³², ⌊seed / 2³²⌋].
 *
 * Why the whole seed: seeds are whole numbers 0 … 2⁵³ − 1 (the scenario schema), so the two words hold every seed
 * exactly and distinct seeds are distinct keys, whose streams Philox keeps independent.
 * @param seed - scenario seed, a whole number in [0, 2⁵³)
 * @returns the key words [key0, key1], each in [0, 2³²)
 * @throws RangeError for a seed that is not such a whole number (the schema refuses it earlier, with its path)
 */
export function seedKey(seed: number): [number, number] {
  if (!(Number.isSafeInteger(seed) && seed >= 0)) {
    throw new RangeError(`seed must be a whole number from 0 to 2^53 − 1, got ${String(seed)}`);
  }
  return [seed % 4294967296, Math.floor(seed / 4294967296)];
}

import { philox4x32 } from './philox4x32.js';
import { seedKey } from './seedKey.js';
import { streamPurposes, type SequentialStreamPurpose } from './streamPurposes.js';

/** A stream of uniform numbers in [0, 1), each a whole multiple of 2⁻³² (map with openUniform before a quantile). */
export type UniformGenerator = () => number;

const twoToMinus32 = 2 ** -32;
const maxDrawGroups = 4294967296;

/**
 * A sequential generator for a purpose other than the patients of a block: draw n is word n mod 4 of Philox 4×32-10
 * ({@link philox4x32}) keyed by the seed at counter (0, index, ⌊n/4⌋, purpose·2¹⁶), returned as x·2⁻³².
 *
 * For users that take a variable number of draws (the outer draws of a two-level run `(seed, 'outer', k)`, a
 * sensitivity design `(seed, 'saltelli', 0)`, its bootstrap `(seed, 'bootstrap', 0)`, the avatar posterior draws).
 * Sequential purposes have codes from 256 (streamPurposes), so these streams never meet a patient's, and adding an
 * analysis never shifts a patient's draws.
 * @param seed - scenario seed, a whole number in [0, 2⁵³)
 * @param purpose - the stream's purpose
 * @param index - index within the purpose (e.g. the outer draw k), a whole number in [0, 2³²)
 * @returns a fresh generator of uniforms in [0, 1) on the 2⁻³² grid; it throws a RangeError after 2³⁴ draws
 */
export function namedGenerator(seed: number, purpose: SequentialStreamPurpose, index: number): UniformGenerator {
  const [key0, key1] = seedKey(seed);
  if (!(Number.isInteger(index) && index >= 0 && index < 4294967296)) {
    throw new RangeError(`generator index must be a whole number in [0, 2^32), got ${String(index)}`);
  }
  const counter3 = streamPurposes[purpose] * 65536;
  const words = new Uint32Array(4);
  let group = 0;
  let lane = 4;
  return () => {
    if (lane === 4) {
      if (group === maxDrawGroups) throw new RangeError(`generator (${purpose}, ${index}) exhausted after 2^34 draws`);
      philox4x32(0, index, group, counter3, key0, key1, words);
      group++;
      lane = 0;
    }
    return words[lane++] * twoToMinus32;
  };
}

import seedrandom from 'seedrandom';
import { aleaSeedState } from './aleaSeedState.js';
import type { UniformGenerator } from './blockGenerator.js';

/**
 * A generator for a purpose other than a block of patients: Alea started from
 * {@link aleaSeedState}(`${seed}:${purpose}:${index}`).
 *
 * The purpose word keeps these streams apart from the block generators (`${seed}:${k}`, blockGenerator) and from
 * each other: the outer draws of a two-level run use `(seed, 'outer', k)`, a sensitivity design
 * `(seed, 'saltelli', 0)`, its bootstrap `(seed, 'bootstrap', 0)`. So parameter draws never share a stream with
 * the patients, and adding an analysis never shifts a patient's draws.
 * @param seed - scenario seed, a whole number
 * @param purpose - a word naming the stream (letters only, so the seed string cannot collide with a block's)
 * @param index - index within the purpose (e.g. the outer draw k), a whole number ≥ 0
 * @returns a fresh generator of uniforms in [0, 1) on the 2⁻³² grid (map with openUniform before a quantile)
 */
export function namedGenerator(seed: number, purpose: string, index: number): UniformGenerator {
  return seedrandom.alea('', { state: { ...aleaSeedState(`${seed}:${purpose}:${index}`) } });
}

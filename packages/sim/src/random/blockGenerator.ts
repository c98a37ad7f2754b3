import seedrandom from 'seedrandom';
import { aleaSeedState } from './aleaSeedState.js';

/** A stream of uniform numbers in [0, 1), each a multiple of 2⁻³² (Alea's resolution). */
export type UniformGenerator = () => number;

/**
 * The generator of one block of patients: Alea started from {@link aleaSeedState}(`${seed}:${blockIndex}`).
 *
 * Every block has its own generator, seeded from the scenario seed and the block index alone, so a block's
 * patients are the same whichever worker, shard or process draws them (determinism contract, contracts.md).
 * @param seed - scenario seed, a whole number
 * @param blockIndex - block index k ≥ 0 (block k holds patients 4096k … 4096k + 4095)
 * @returns a fresh generator; each call returns the next uniform in [0, 1) on the 2⁻³² grid
 * @remarks Alea: Baagøe J, 2010, via seedrandom 3 (D. Bau), started from ARC4-derived state (aleaSeedState: Alea's
 *   own Mash seeding leaves consecutive block indices nearly collinear). The key is formatted with `String(number)`,
 *   which is the same in Node and in every browser.
 */
export function blockGenerator(seed: number, blockIndex: number): UniformGenerator {
  return seedrandom.alea('', { state: { ...aleaSeedState(`${seed}:${blockIndex}`) } });
}

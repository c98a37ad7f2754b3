import { keyedStream } from './keyedStream.js';

/**
 * The state of block k's stream for lesion j, as [s0, s1, s2, c] for nextBlockUniforms: Alea seeded from
 * `${seed}:${blockIndex}:lesion:${j}` (docs/local-control-model.md, "Random numbers"). Every patient of the block,
 * valid or not, takes `lesionUniforms` (5) uniforms from it in patient order, whether or not it has a j-th lesion,
 * so the lesion count never shifts another lesion's draws, and lesion j of a patient is the same lesion in every
 * arm (common random numbers). Keyed like {@link keyedStream} (four parts), so it collides with no other stream.
 * @param seed - scenario seed, a whole number
 * @param blockIndex - block index k ≥ 0
 * @param lesionIndex - j ≥ 0 (the patient's (j + 1)-th lesion)
 * @returns a new Float64Array(4) holding the generator state after seeding
 */
export function lesionStream(seed: number, blockIndex: number, lesionIndex: number): Float64Array {
  return keyedStream(seed, blockIndex, 'lesion', String(lesionIndex));
}

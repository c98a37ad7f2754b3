import { aleaSeedState } from './aleaSeedState.js';

/**
 * The state of block k's metastasis stream, as [s0, s1, s2, c] for nextBlockUniforms: Alea started from
 * aleaSeedState(`${seed}:${blockIndex}:metastasis`). Every patient of the block, valid or not, takes
 * `metastasisUniforms` (5) uniforms from it in patient order, used or not, so patient i always gets the same five
 * and every other stream (patient slots, local control, lesions, background) draws exactly what it drew without the
 * metastasis model (docs/determinism.md).
 * @param seed - scenario seed, a whole number
 * @param blockIndex - block index k ≥ 0
 * @returns a new Float64Array(4) holding the generator state after seeding
 */
export function metastasisStream(seed: number, blockIndex: number): Float64Array {
  const { s0, s1, s2, c } = aleaSeedState(`${seed}:${blockIndex}:metastasis`);
  return Float64Array.of(s0, s1, s2, c);
}

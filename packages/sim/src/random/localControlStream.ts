import { aleaSeedState } from './aleaSeedState.js';

/**
 * The state of block k's local-control stream, as [s0, s1, s2, c] for nextBlockUniform: Alea seeded from
 * `${seed}:${blockIndex}:localControl` (docs/local-control-model.md, "Random numbers"). Each patient of the block,
 * valid or not, takes the same fixed number of uniforms from it in patient order (LocalControlPlan), so patient i
 * of block k always gets the same draws whatever the worker count, shard split or platform, and the 15 patient
 * slots stay as they were. The key cannot collide with a block's (`${seed}:${k}`), a keyed stream's (four parts) or
 * a named generator's (`${seed}:${purpose}:${index}`, whose third part is a number).
 * @param seed - scenario seed, a whole number
 * @param blockIndex - block index k ≥ 0
 * @returns a new Float64Array(4) holding the generator state after seeding
 */
export function localControlStream(seed: number, blockIndex: number): Float64Array {
  const { s0, s1, s2, c } = aleaSeedState(`${seed}:${blockIndex}:localControl`);
  return Float64Array.of(s0, s1, s2, c);
}

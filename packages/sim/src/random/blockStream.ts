import { aleaSeedState } from './aleaSeedState.js';

const twoToMinus32 = 2.3283064365386963e-10; // Alea's carry scale, 2⁻³²
const halfCell = 2 ** -33;

/**
 * The state of block k's generator as a typed array [s0, s1, s2, c]: the same Alea stream as
 * {@link blockGenerator} (started from {@link aleaSeedState}), but stepped by {@link nextBlockUniform} without a call
 * through seedrandom's closure.
 *
 * Why: the hot loop draws 15 uniforms per patient; stepping Alea on a Float64Array keeps every intermediate an
 * unboxed double (the closure returns a fresh heap number per draw, which shows up as garbage collection).
 * @param seed - scenario seed, a whole number
 * @param blockIndex - block index k ≥ 0
 * @returns a new Float64Array(4) holding the generator state after seeding
 */
export function blockStream(seed: number, blockIndex: number): Float64Array {
  const { s0, s1, s2, c } = aleaSeedState(`${seed}:${blockIndex}`);
  return Float64Array.of(s0, s1, s2, c);
}

/**
 * Steps a {@link blockStream} state once and returns the draw as an open uniform: Alea's recurrence
 * t = 2091639·s0 + c·2⁻³², (s0, s1, s2) ← (s1, s2, t − ⌊t⌋), c ← ⌊t⌋ (Baagøe 2010, as in seedrandom 3), then
 * u = s2 + 2⁻³³. Alea's s2 is a whole multiple of 2⁻³², so u is exactly {@link openUniform}(s2).
 * @param state - from {@link blockStream}, modified in place
 * @returns u ∈ [2⁻³³, 1 − 2⁻³³], bit-identical to `openUniform(blockGenerator(seed, k)())` for the same call count
 */
export function nextBlockUniform(state: Float64Array): number {
  const t = 2091639 * state[0] + state[3] * twoToMinus32;
  state[0] = state[1];
  state[1] = state[2];
  const carry = t | 0;
  const next = t - carry;
  state[2] = next;
  state[3] = carry;
  return next + halfCell;
}

/**
 * Steps a {@link blockStream} state `count` times, writing the draws to `out[0 … count)`: the same numbers as
 * `count` calls of {@link nextBlockUniform}, bit for bit.
 *
 * Why: the state stays in local variables between the steps (one load and one store of it per call instead of
 * per draw), which matters in the engine's loop, where every patient draws all its slots at once.
 * @param state - from {@link blockStream}, modified in place
 * @param out - receives the draws, each in [2⁻³³, 1 − 2⁻³³]
 * @param count - number of draws, at most `out.length`
 */
export function nextBlockUniforms(state: Float64Array, out: Float64Array, count: number): void {
  let s0 = state[0];
  let s1 = state[1];
  let s2 = state[2];
  let c = state[3];
  for (let j = 0; j < count; j++) {
    const t = 2091639 * s0 + c * twoToMinus32;
    s0 = s1;
    s1 = s2;
    c = t | 0;
    s2 = t - c;
    out[j] = s2 + halfCell;
  }
  state[0] = s0;
  state[1] = s1;
  state[2] = s2;
  state[3] = c;
}

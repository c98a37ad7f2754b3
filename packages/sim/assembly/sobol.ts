// Scrambled Sobol' points of expected mode in the kernel (issue 20, B7), bit for bit: the scramble of
// packages/sim/src/random/scrambleSobol.ts with namedGenerator's Philox words, the Gray-code step of
// random/nextSobolPoint.ts and the open uniforms of random/sobolUniform.ts. Layout of a scrambling (u32): dimensions × 32
// direction words (dimension d's word k at d·32 + k, as SobolScramble.directions), then the dimensions' shifts.
import { philoxWords } from './philox';

const SOBOL_BITS = 32;
/** Philox groups (4 words each) per dimension of a scrambling: rows 2…32 of L and the shift, 32 draws. */
const GROUPS_PER_DIMENSION = 8;

/**
 * scrambleSobol(directions, namedGenerator(seed, purpose, index)): Matoušek's linear matrix scramble and digital shift
 * of every dimension, from draws 32d … 32d + 31 of the generator (philox4x32(0, index, group, counter3, key0, key1),
 * four words a group, in lane order) for dimension d: rows 2…32 of L from the first 31 (digits above the diagonal, unit
 * diagonal), the shift from the last; then L·V for each of the 32 unscrambled words V, by L's columns.
 * @param directions - unscrambled words (u32, dimensions × 32)
 * @param out - the scrambling (u32): dimensions × 32 scrambled words, then the shifts
 * @param scratch - 36 u32 words (4 draws, then L's 32 columns)
 */
export function scrambleSobol(key0: u32, key1: u32, index: u32, counter3: u32, directions: usize, dimensions: i32, out: usize, scratch: usize): void {
  const draws = scratch;
  const columns = scratch + 16;
  for (let d = 0; d < dimensions; d++) {
    memory.fill(columns, 0, SOBOL_BITS << 2);
    // Row 1 of L is its diagonal alone, so its column is bit 31 of column 1: set below with the others, from row j's
    // word: draw j − 2 for j = 2…32 (digits 1…j − 1 above the diagonal), the diagonal digit j at bit 32 − j.
    store<u32>(columns, 1 << 31);
    let shift: u32 = 0;
    for (let g = 0; g < GROUPS_PER_DIMENSION; g++) {
      philoxWords(0, index, <u32>(d * GROUPS_PER_DIMENSION + g), counter3, key0, key1, draws);
      for (let lane = 0; lane < 4; lane++) {
        const n = 4 * g + lane;
        const word = load<u32>(draws + (<usize>lane << 2));
        if (n == SOBOL_BITS - 1) {
          shift = word;
          continue;
        }
        const j = n + 2;
        const row = (word & (<u32>0xffffffff << (SOBOL_BITS + 1 - j))) | (<u32>1 << (SOBOL_BITS - j));
        for (let i = 1; i <= j; i++) {
          if ((row >>> (SOBOL_BITS - i)) & 1) {
            const at = columns + (<usize>(i - 1) << 2);
            store<u32>(at, load<u32>(at) | (<u32>1 << (SOBOL_BITS - j)));
          }
        }
      }
    }
    store<u32>(out + (<usize>(dimensions * SOBOL_BITS + d) << 2), shift);
    for (let k = 0; k < SOBOL_BITS; k++) {
      const v = load<u32>(directions + (<usize>(d * SOBOL_BITS + k) << 2));
      let y: u32 = 0;
      for (let i = 1; i <= SOBOL_BITS; i++) if ((v >>> (SOBOL_BITS - i)) & 1) y ^= load<u32>(columns + (<usize>(i - 1) << 2));
      store<u32>(out + (<usize>(d * SOBOL_BITS + k) << 2), y);
    }
  }
}
const TWO_TO_32: f64 = 4294967296;

/**
 * nextSobolPoint: writes point `index` to `point` (u32 words, one per dimension), which holds point index − 1 when
 * index > 0. Point 0 is the shift; point i is point i − 1 ⊕ V_c, c the lowest set bit of i (Antonov & Saleev 1979).
 */
@inline export function nextSobolPoint(directions: usize, dimensions: i32, point: usize, index: u32): void {
  if (index == 0) {
    memory.copy(point, directions + (<usize>(dimensions * SOBOL_BITS) << 2), <usize>dimensions << 2);
    return;
  }
  const c = <i32>ctz(index);
  for (let d = 0; d < dimensions; d++) {
    const at = point + (<usize>d << 2);
    store<u32>(at, load<u32>(at) ^ load<u32>(directions + (<usize>(d * SOBOL_BITS + c) << 2)));
  }
}

/** sobolUniform of every coordinate: u = (X + ½)/2³² to `uniforms` (f64), slot d from dimension d. */
@inline export function sobolUniforms(point: usize, dimensions: i32, uniforms: usize): void {
  for (let d = 0; d < dimensions; d++) store<f64>(uniforms + (<usize>d << 3), (<f64>load<u32>(point + (<usize>d << 2)) + 0.5) / TWO_TO_32);
}

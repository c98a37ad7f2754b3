// Scrambled Sobol' points of expected mode in the kernel (issue 20, B7): the Gray-code step of
// packages/sim/src/random/nextSobolPoint.ts and the open uniforms of random/sobolUniform.ts, bit for bit, reading the
// scrambled direction words and the shift that scrambleSobol computed (the scramble itself stays in TypeScript: it runs
// once per scrambling, the step once per point). Layout at `directions` (u32): dimensions × 32 direction words
// (dimension d's word k at d·32 + k, as SobolScramble.directions), then the dimensions' shifts.

const SOBOL_BITS = 32;
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

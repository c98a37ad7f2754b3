// Philox 4×32-10 draws of the block kernel (issue 20): the counter-based generator of
// packages/sim/src/random/philox4x32.ts and the block stream's layout (random/blockStream.ts), scalar and four Philox
// groups at a time in i32x4 lanes, giving the same draws (w + ½)·2⁻³² bit for bit (test/sim/kernelBlock.test.ts).

const TWO_TO_MINUS_32: f64 = 2.3283064365386963e-10;

// Philox 4×32-10 constants (philox4x32.ts).
const M0: u64 = 0xd2511f53;
const M1: u64 = 0xcd9e8d57;
const W0: u32 = 0x9e3779b9;
const W1: u32 = 0xbb67ae85;

/** philox4x32(c0, c1, c2, c3, k0, k1): the four output words to out (u32), as philox4x32.ts (namedGenerator's words). */
export function philoxWords(c0: u32, c1: u32, c2: u32, c3: u32, k0: u32, k1: u32, out: usize): void {
  for (let round = 0; round < 10; round++) {
    const p0 = M0 * <u64>c0;
    const p1 = M1 * <u64>c2;
    c0 = <u32>(p1 >> 32) ^ c1 ^ k0;
    c1 = <u32>p1;
    c2 = <u32>(p0 >> 32) ^ c3 ^ k1;
    c3 = <u32>p0;
    k0 += W0;
    k1 += W1;
  }
  store<u32>(out, c0);
  store<u32>(out, c1, 4);
  store<u32>(out, c2, 8);
  store<u32>(out, c3, 12);
}

/** Four u32 words of static scratch for philoxUniforms. */
const PHILOX_WORDS: usize = memory.data(16);

/**
 * philox4x32(c0, c1, c2, c3, k0, k1) written as the draws (w + ½)·2⁻³² of lanes [0, lanes) to out (f64), as
 * nextBlockUniforms does: the 64-bit products are exact in u64, so their high and low words are those of multiplyHigh.
 */
function philoxUniforms(c0: u32, c1: u32, c2: u32, c3: u32, k0: u32, k1: u32, out: usize, lanes: i32): void {
  philoxWords(c0, c1, c2, c3, k0, k1, PHILOX_WORDS);
  for (let lane = 0; lane < lanes; lane++) store<f64>(out + (<usize>lane << 3), (<f64>load<u32>(PHILOX_WORDS + (<usize>lane << 2)) + 0.5) * TWO_TO_MINUS_32);
}

/** nextBlockUniforms: patient i's `count` draws of the stream (key0, key1, nameId, block, ·, purpose) to out. */
export function blockUniforms(key0: u32, key1: u32, nameId: u32, block: u32, patient: u32, purpose: u32, out: usize, count: i32): void {
  for (let group = 0; 4 * group < count; group++) {
    const first = 4 * group;
    const lanes = count - first < 4 ? count - first : 4;
    philoxUniforms(nameId, block, patient, purpose + <u32>group, key0, key1, out + (<usize>first << 3), lanes);
  }
}

const M0X4: v128 = i32x4.splat(<i32>M0);
const M1X4: v128 = i32x4.splat(<i32>M1);
const HALF: v128 = f64x2.splat(0.5);
const SCALE: v128 = f64x2.splat(TWO_TO_MINUS_32);

/** Two unsigned lanes of an i32x4 (0–1 of `words`) as draws (w + ½)·2⁻³² (exact: a u32, +½ and a power of two). */
@inline function lowUniforms(words: v128): v128 {
  return f64x2.mul(f64x2.add(f64x2.convert_low_i32x4_u(words), HALF), SCALE);
}

/**
 * The 16 draws of Philox groups 0–3 of one patient (the 15 slot uniforms and one unused), the four groups in the
 * four i32x4 lanes: lane g is philox4x32 at counter (nameId, block, patient, purpose + g). Each round's 32 × 32 → 64-bit
 * products come from i64x2.extmul (exact), their low words from i32x4.mul; the words are those of the scalar
 * philoxUniforms, only computed four at a time. `out` receives draw 4g + w at word 4g + w, as blockUniforms.
 */
export function slotUniforms(key0: u32, key1: u32, nameId: u32, block: u32, patient: u32, purpose: u32, out: usize): void {
  let c0 = i32x4.splat(<i32>nameId);
  let c1 = i32x4.splat(<i32>block);
  let c2 = i32x4.splat(<i32>patient);
  let c3 = i32x4.add(i32x4.splat(<i32>purpose), i32x4(0, 1, 2, 3));
  let k0 = key0;
  let k1 = key1;
  for (let round = 0; round < 10; round++) {
    const low0 = i32x4.mul(c0, M0X4);
    const low1 = i32x4.mul(c2, M1X4);
    // High words: lanes 0 and 1 of each product from extmul_low, lanes 2 and 3 from extmul_high (odd i32 lanes).
    const high0 = v128.shuffle<i32>(i64x2.extmul_low_i32x4_u(c0, M0X4), i64x2.extmul_high_i32x4_u(c0, M0X4), 1, 3, 5, 7);
    const high1 = v128.shuffle<i32>(i64x2.extmul_low_i32x4_u(c2, M1X4), i64x2.extmul_high_i32x4_u(c2, M1X4), 1, 3, 5, 7);
    c0 = v128.xor(v128.xor(high1, c1), i32x4.splat(<i32>k0));
    c1 = low1;
    c2 = v128.xor(v128.xor(high0, c3), i32x4.splat(<i32>k1));
    c3 = low0;
    k0 += W0;
    k1 += W1;
  }
  // Lane g holds group g's words (c0, c1, c2, c3): transpose to draw order 4g + w.
  const t0 = v128.shuffle<i32>(c0, c1, 0, 4, 1, 5); // c0[0] c1[0] c0[1] c1[1]
  const t1 = v128.shuffle<i32>(c2, c3, 0, 4, 1, 5); // c2[0] c3[0] c2[1] c3[1]
  const t2 = v128.shuffle<i32>(c0, c1, 2, 6, 3, 7);
  const t3 = v128.shuffle<i32>(c2, c3, 2, 6, 3, 7);
  const group0 = v128.shuffle<i64>(t0, t1, 0, 2);
  const group1 = v128.shuffle<i64>(t0, t1, 1, 3);
  const group2 = v128.shuffle<i64>(t2, t3, 0, 2);
  const group3 = v128.shuffle<i64>(t2, t3, 1, 3);
  v128.store(out, lowUniforms(group0));
  v128.store(out, lowUniforms(v128.shuffle<i64>(group0, group0, 1, 1)), 16);
  v128.store(out, lowUniforms(group1), 32);
  v128.store(out, lowUniforms(v128.shuffle<i64>(group1, group1, 1, 1)), 48);
  v128.store(out, lowUniforms(group2), 64);
  v128.store(out, lowUniforms(v128.shuffle<i64>(group2, group2, 1, 1)), 80);
  v128.store(out, lowUniforms(group3), 96);
  v128.store(out, lowUniforms(v128.shuffle<i64>(group3, group3, 1, 1)), 112);
}

// Core's portable arithmetic (packages/core/src/portable, normalQuantile.ts) in AssemblyScript: the same IEEE double
// operations in the same order, so every function returns the bits of its TypeScript original (test/sim/kernel*.test.ts
// compares them on many inputs). WebAssembly's f64 add, multiply, divide, sqrt and floor are IEEE-exact, and there is
// no fused multiply-add outside relaxed SIMD, which is not enabled. Change both sides together.
import {
  EXP2_HI, EXP2_LO, INV_LN2_128, LN2_128_HI, LN2_128_LO, ROUND_SHIFT,
  LN2_HI, LN2_LO, INV_LN2_HI, INV_LN2_LO, LOG_F_HI, LOG_F_LO, INV_F,
} from './generated/tables';

const POW2_OFFSET: i32 = 1100;
const INV_LN2_HEAD: f64 = 1.4426950514316559;
const INV_LN2_TAIL: f64 = -1.0542692496784412e-8;
const MIN_NORMAL: f64 = 2.2250738585072014e-308;

/**
 * 2^m for m = −1074…1023 at word POW2_OFFSET + m (0 below), built as core builds it: exact doubling and halving. Static
 * data (memory.data), not a heap array: the JavaScript side lays its regions out from the heap base.
 */
const POW2: usize = memory.data(2200 * 8, 8);
let power: f64 = 1;
for (let m = 0; m <= 1023; m++) {
  store<f64>(POW2 + (<usize>(POW2_OFFSET + m) << 3), power);
  power *= 2;
}
power = 1;
for (let m = 0; m >= -1074; m--) {
  store<f64>(POW2 + (<usize>(POW2_OFFSET + m) << 3), power);
  power *= 0.5;
}

@inline function pow2(m: i32): f64 {
  return load<f64>(POW2 + (<usize>(POW2_OFFSET + m) << 3));
}

/** expScaled of core's expKernel.ts. */
function expScaled(tHi: f64, tail: f64, m: i32): f64 {
  if (m > 0) return (tHi + tail) * pow2(m - 1) * 2;
  const scale = pow2(m + 1022);
  const a = scale * tHi;
  const b = scale * tail;
  const y = a + b;
  if (y >= 1) return y * MIN_NORMAL;
  const h = 1 + a;
  const l = 1 - h + a;
  return (h + (l + b) - 1) * MIN_NORMAL;
}

/** expKernel(hi, 0) of core (the only use here: portableExp's slow path). */
function expKernel(hi: f64, lo: f64): f64 {
  if (hi > 710) return Infinity;
  if (hi < -746) return 0;
  const n = hi * INV_LN2_128 + ROUND_SHIFT - ROUND_SHIFT;
  const r = hi - n * LN2_128_HI - n * LN2_128_LO + lo;
  const ni = <i32>n;
  const m = ni >> 7;
  const j = ni & 127;
  const r2 = r * r;
  const p = r + r2 * (0.5 + r * 0.16666666666666666 + r2 * (0.041666666666666664 + r * 0.008333333333333333));
  const tHi = unchecked(EXP2_HI[j]);
  const tail = tHi * p + unchecked(EXP2_LO[j]);
  if (m > -1022 && m < 1024) return (tHi + tail) * pow2(m);
  return expScaled(tHi, tail, m);
}

/** core's portableExp. */
export function portableExp(x: f64): f64 {
  if (!(Math.abs(x) < 708)) {
    if (x != x) return x;
    return expKernel(x, 0);
  }
  const n = x * INV_LN2_128 + ROUND_SHIFT - ROUND_SHIFT;
  const r = x - n * LN2_128_HI - n * LN2_128_LO;
  const ni = <i32>n;
  const j = ni & 127;
  const r2 = r * r;
  const p = r + r2 * (0.5 + r * 0.16666666666666666 + r2 * (0.041666666666666664 + r * 0.008333333333333333));
  const tHi = unchecked(EXP2_HI[j]);
  return (tHi + (tHi * p + unchecked(EXP2_LO[j]))) * pow2(ni >> 7);
}

/** core's logKernel(x, 0) followed by portableLog's final sum (the low part is not needed elsewhere here). */
function logKernelRounded(x: f64, tail: f64): f64 {
  let k: i32 = 0;
  if (x < MIN_NORMAL) {
    x *= 18014398509481984;
    k -= 54;
  }
  const high = <u32>(reinterpret<u64>(x) >> 32);
  const mantissaHigh = high & 0xfffff;
  const j = (mantissaHigh + 0x1000) >>> 13;
  const exponent = <i32>(high >>> 20) - 1023;
  k += exponent + <i32>(j >>> 7);
  const y = x * pow2(-exponent);
  const breakpoint = 1 + <f64>j * 0.0078125;
  const f = y - breakpoint;
  const inverse = unchecked(INV_F[j]);
  const uHi = f * inverse;
  const split = 134217729 * uHi;
  const uHead = split - (split - uHi);
  const uTail = uHi - uHead;
  const uLo = (f - uHead * breakpoint - uTail * breakpoint) * inverse;
  const u2 = uHi * uHi;
  const poly =
    u2 *
    (-0.5 +
      uHi * 0.3333333333333333 +
      u2 * (-0.25 + uHi * 0.2 + u2 * (-0.16666666666666666 + uHi * 0.14285714285714285 - u2 * 0.125)));
  const fk = <f64>k;
  const head = fk * LN2_HI + unchecked(LOG_F_HI[j]);
  const sum = head + uHi;
  const back = sum - head;
  const error = head - (sum - back) + (uHi - back);
  const low = error + (fk * LN2_LO + unchecked(LOG_F_LO[j]) + tail + (uLo - uLo * uHi + poly));
  const result = sum + low;
  const lowPart = sum - result + low;
  return result + lowPart;
}

/** core's portableLog. */
export function portableLog(x: f64): f64 {
  if (x > 0 && x < Infinity) return logKernelRounded(x, 0);
  if (x == 0) return -Infinity;
  return x == Infinity ? x : NaN;
}

/** core's portableLog2. */
export function portableLog2(x: f64): f64 {
  if (!(x > 0 && x < Infinity)) {
    if (x == 0) return -Infinity;
    return x == Infinity ? x : NaN;
  }
  let k: i32 = 0;
  if (x < MIN_NORMAL) {
    x *= 18014398509481984;
    k -= 54;
  }
  const high = <u32>(reinterpret<u64>(x) >> 32);
  const mantissaHigh = high & 0xfffff;
  const j = (mantissaHigh + 0x1000) >>> 13;
  const exponent = <i32>(high >>> 20) - 1023;
  k += exponent + <i32>(j >>> 7);
  const breakpoint = 1 + <f64>j * 0.0078125;
  const f = x * pow2(-exponent) - breakpoint;
  const inverse = unchecked(INV_F[j]);
  const uHi = f * inverse;
  const split = 134217729 * uHi;
  const uHead = split - (split - uHi);
  const uTail = uHi - uHead;
  const uLo = (f - uHead * breakpoint - uTail * breakpoint) * inverse;
  const u2 = uHi * uHi;
  const poly =
    u2 *
    (-0.5 +
      uHi * 0.3333333333333333 +
      u2 * (-0.25 + uHi * 0.2 + u2 * (-0.16666666666666666 + uHi * 0.14285714285714285 - u2 * 0.125)));
  const t = unchecked(LOG_F_HI[j]);
  const a = t + uHi;
  const back = a - t;
  const b = t - (a - back) + (uHi - back) + (unchecked(LOG_F_LO[j]) + (uLo - uLo * uHi + poly));
  const aSplit = 134217729 * a;
  const aHead = aSplit - (aSplit - a);
  const aTail = a - aHead;
  const pHi = a * INV_LN2_HI;
  const pLo =
    aHead * INV_LN2_HEAD - pHi + aHead * INV_LN2_TAIL + aTail * INV_LN2_HEAD + aTail * INV_LN2_TAIL +
    (a * INV_LN2_LO + b * INV_LN2_HI);
  const fk = <f64>k;
  const sum = fk + pHi;
  const back2 = sum - fk;
  const error = fk - (sum - back2) + (pHi - back2);
  return sum + (error + pLo);
}

/** core's normalQuantile (Wichura, AS 241, 1988). */
export function normalQuantile(p: f64): f64 {
  if (!(p >= 0 && p <= 1)) return NaN;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((2509.0809287301227 * r + 33430.57558358813) * r + 67265.7709270087) * r +
          45921.95393154987) * r + 13731.69376550946) * r + 1971.5909503065513) * r +
          133.14166789178438) * r + 3.3871328727963665)) /
      (((((((5226.495278852546 * r + 28729.085735721943) * r + 39307.89580009271) * r +
        21213.794301586597) * r + 5394.196021424751) * r + 687.1870074920579) * r +
        42.31333070160091) * r + 1)
    );
  }
  if (p == 0) return -Infinity;
  if (p == 1) return Infinity;
  let r = Math.sqrt(-portableLog(q < 0 ? p : 1 - p));
  let z: f64;
  if (r <= 5) {
    r -= 1.6;
    z =
      (((((((0.0007745450142783414 * r + 0.022723844989269184) * r + 0.2417807251774506) * r +
        1.2704582524523684) * r + 3.6478483247632045) * r + 5.769497221460691) * r +
        4.630337846156546) * r + 1.4234371107496835) /
      (((((((1.0507500716444169e-09 * r + 0.0005475938084995345) * r + 0.015198666563616457) * r +
        0.14810397642748008) * r + 0.6897673349851) * r + 1.6763848301838038) * r +
        2.053191626637759) * r + 1);
  } else {
    r -= 5;
    z =
      (((((((2.0103343992922881e-07 * r + 2.7115555687434876e-05) * r + 0.0012426609473880784) * r +
        0.026532189526576124) * r + 0.29656057182850487) * r + 1.7848265399172913) * r +
        5.463784911164114) * r + 6.657904643501103) /
      (((((((2.0442631033899397e-15 * r + 1.421511758316446e-07) * r + 1.8463183175100548e-05) * r +
        0.0007868691311456133) * r + 0.014875361290850615) * r + 0.1369298809227358) * r +
        0.599832206555888) * r + 1);
  }
  return q < 0 ? -z : z;
}

/**
 * Two lognormal draws a·exp(b·Φ⁻¹(u)) (distributionQuantile, kind 2) in the two f64x2 lanes, written to out1 and
 * out2, when both uniforms take Φ⁻¹'s central branch (|u − ½| ≤ 0.425) and both exponents portableExp's main range
 * (|x| < 708); otherwise nothing is written and false is returned (the caller draws them one at a time). Each lane
 * performs exactly the scalar operations of normalQuantile and portableExp, in their order (lane-wise IEEE
 * arithmetic; the table look-ups are scalar), so each value is the scalar one, bit for bit.
 */
export function lognormalPair(a1: f64, b1: f64, u1: f64, a2: f64, b2: f64, u2: f64, out1: usize, out2: usize): bool {
  const q1 = u1 - 0.5;
  const q2 = u2 - 0.5;
  if (!(Math.abs(q1) <= 0.425 && Math.abs(q2) <= 0.425)) return false;
  const q = f64x2(q1, q2);
  const r = f64x2.sub(f64x2.splat(0.180625), f64x2.mul(q, q));
  let num = f64x2.add(f64x2.mul(f64x2.splat(2509.0809287301227), r), f64x2.splat(33430.57558358813));
  num = f64x2.add(f64x2.mul(num, r), f64x2.splat(67265.7709270087));
  num = f64x2.add(f64x2.mul(num, r), f64x2.splat(45921.95393154987));
  num = f64x2.add(f64x2.mul(num, r), f64x2.splat(13731.69376550946));
  num = f64x2.add(f64x2.mul(num, r), f64x2.splat(1971.5909503065513));
  num = f64x2.add(f64x2.mul(num, r), f64x2.splat(133.14166789178438));
  num = f64x2.add(f64x2.mul(num, r), f64x2.splat(3.3871328727963665));
  let den = f64x2.add(f64x2.mul(f64x2.splat(5226.495278852546), r), f64x2.splat(28729.085735721943));
  den = f64x2.add(f64x2.mul(den, r), f64x2.splat(39307.89580009271));
  den = f64x2.add(f64x2.mul(den, r), f64x2.splat(21213.794301586597));
  den = f64x2.add(f64x2.mul(den, r), f64x2.splat(5394.196021424751));
  den = f64x2.add(f64x2.mul(den, r), f64x2.splat(687.1870074920579));
  den = f64x2.add(f64x2.mul(den, r), f64x2.splat(42.31333070160091));
  den = f64x2.add(f64x2.mul(den, r), f64x2.splat(1));
  const z = f64x2.div(f64x2.mul(q, num), den);
  const x = f64x2.mul(f64x2(b1, b2), z);
  const x1 = f64x2.extract_lane(x, 0);
  const x2 = f64x2.extract_lane(x, 1);
  if (!(Math.abs(x1) < 708 && Math.abs(x2) < 708)) return false;
  const e = expLanes(x);
  const value = f64x2.mul(f64x2(a1, a2), e);
  store<f64>(out1, f64x2.extract_lane(value, 0));
  store<f64>(out2, f64x2.extract_lane(value, 1));
  return true;
}

/**
 * portableExp of both lanes of x, for |x| < 708 in each (the caller checks): each lane performs portableExp's main-path
 * operations in their order (the table look-ups are scalar), so each lane is the scalar result, bit for bit.
 */
@inline function expLanes(x: v128): v128 {
  const shift = f64x2.splat(ROUND_SHIFT);
  const n = f64x2.sub(f64x2.add(f64x2.mul(x, f64x2.splat(INV_LN2_128)), shift), shift);
  const reduced = f64x2.sub(f64x2.sub(x, f64x2.mul(n, f64x2.splat(LN2_128_HI))), f64x2.mul(n, f64x2.splat(LN2_128_LO)));
  const n1 = <i32>f64x2.extract_lane(n, 0);
  const n2 = <i32>f64x2.extract_lane(n, 1);
  const j1 = n1 & 127;
  const j2 = n2 & 127;
  const r2 = f64x2.mul(reduced, reduced);
  // p = r + r²·(½ + r/6 + r²·(1/24 + r/120)), as portableExp.
  const inner = f64x2.add(f64x2.splat(0.041666666666666664), f64x2.mul(reduced, f64x2.splat(0.008333333333333333)));
  const middle = f64x2.add(f64x2.add(f64x2.splat(0.5), f64x2.mul(reduced, f64x2.splat(0.16666666666666666))), f64x2.mul(r2, inner));
  const p = f64x2.add(reduced, f64x2.mul(r2, middle));
  const tHi = f64x2(unchecked(EXP2_HI[j1]), unchecked(EXP2_HI[j2]));
  const tLo = f64x2(unchecked(EXP2_LO[j1]), unchecked(EXP2_LO[j2]));
  const scale = f64x2(pow2(n1 >> 7), pow2(n2 >> 7));
  return f64x2.mul(f64x2.add(tHi, f64x2.add(f64x2.mul(tHi, p), tLo)), scale);
}

/**
 * portableExp(x1) and portableExp(x2) in the two f64x2 lanes, written to out1 and out2, when both lie in its main range
 * |x| < 708; otherwise nothing is written and false is returned (NaN included).
 */
export function expPair(x1: f64, x2: f64, out1: usize, out2: usize): bool {
  if (!(Math.abs(x1) < 708 && Math.abs(x2) < 708)) return false;
  const e = expLanes(f64x2(x1, x2));
  store<f64>(out1, f64x2.extract_lane(e, 0));
  store<f64>(out2, f64x2.extract_lane(e, 1));
  return true;
}

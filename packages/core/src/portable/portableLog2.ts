import { POW2, POW2_OFFSET } from './expTable.js';
import { HIGH_WORD, WORD_F64, WORD_U32 } from './float64Words.js';
import { INV_F, INV_LN2_HI, INV_LN2_LO, LOG_F_HI, LOG_F_LO } from './logTable.js';

const INV_LN2_HEAD = 1.4426950514316559; // INV_LN2_HI split into 26 + 27 bits (Veltkamp), checked by the tests
const INV_LN2_TAIL = -1.0542692496784412e-8;

/**
 * Base-2 logarithm computed with IEEE double arithmetic only, so every JavaScript engine returns the same bits.
 * @param x - any number
 * @returns log₂ x, exact (an integer) for powers of two, error below 1 ulp elsewhere (correctly rounded for all but a
 *   small fraction of inputs, see test/core/portableMath.test.ts); NaN for NaN and x < 0, −Infinity for ±0,
 *   Infinity for Infinity, as Math.log2.
 * @remarks x = 2^k·y; ln y = ln F + log1p(u) as a double-double with the reduction of logKernel (Tang 1990, ACM
 *   Trans Math Softw 16:378), multiplied by 1/ln 2 as a double-double (Dekker's exact product through Veltkamp
 *   splitting), and k added with an exact two-sum: the integer part never passes through a rounded ln 2.
 */
export function portableLog2(x: number): number {
  if (!(x > 0 && x < Infinity)) {
    if (x === 0) return -Infinity;
    return x === Infinity ? x : Number.NaN;
  }
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54
    k -= 54;
  }
  WORD_F64[0] = x;
  const high = WORD_U32[HIGH_WORD];
  const mantissaHigh = high & 0xfffff;
  const j = (mantissaHigh + 0x1000) >>> 13;
  const exponent = (high >>> 20) - 1023;
  k += exponent + (j >>> 7);
  const breakpoint = 1 + j * 0.0078125;
  const f = x * POW2[POW2_OFFSET - exponent] - breakpoint; // mantissa in [1, 2) (exact scaling) minus F: exact
  const inverse = INV_F[j];
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
  // ln y = a + b
  const t = LOG_F_HI[j];
  const a = t + uHi;
  const back = a - t;
  const b = t - (a - back) + (uHi - back) + (LOG_F_LO[j] + (uLo - uLo * uHi + poly));
  // (a + b)/ln 2 = pHi + pLo, pHi = a·INV_LN2_HI exactly split off
  const aSplit = 134217729 * a;
  const aHead = aSplit - (aSplit - a);
  const aTail = a - aHead;
  const pHi = a * INV_LN2_HI;
  const pLo =
    aHead * INV_LN2_HEAD - pHi + aHead * INV_LN2_TAIL + aTail * INV_LN2_HEAD + aTail * INV_LN2_TAIL +
    (a * INV_LN2_LO + b * INV_LN2_HI);
  const sum = k + pHi;
  const back2 = sum - k;
  const error = k - (sum - back2) + (pHi - back2);
  return sum + (error + pLo);
}

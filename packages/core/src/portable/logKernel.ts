import { POW2, POW2_OFFSET } from './expTable.js';
import { HIGH_WORD, WORD_F64, WORD_U32 } from './float64Words.js';
import { INV_F, LN2_HI, LN2_LO, LOG_F_HI, LOG_F_LO } from './logTable.js';

/** Low part of the last logKernel result: ln x + tail ≈ returned value + LOG_KERNEL_LOW[0]. */
export const LOG_KERNEL_LOW: Float64Array = new Float64Array(1);

/**
 * ln x + tail as a double-double, for finite x > 0 (subnormals included) and |tail| ≲ 2⁻⁵²·ln-scale (the rounding
 * correction of log1p). Returns the rounded sum and stores the remainder in LOG_KERNEL_LOW[0]; relative error of
 * the pair about 2⁻⁶⁸.
 *
 * Table-driven, after Tang PTP, "Table-driven implementation of the logarithm function in IEEE floating-point
 * arithmetic", ACM Trans Math Softw 1990;16:378–400: x = 2^k·y with y in [1, 2); F = 1 + j/128 the nearest
 * 129-point breakpoint; f = y − F (exact); ln x = k·ln 2 + ln F + log1p(u), u = f/F. k·ln 2 + ln F uses a split
 * ln 2 and a table whose high parts lie on a 2⁻⁴² grid, so k·LN2_HI + LOG_F_HI[j] is exact. u is computed as a
 * double-double (the remainder f − u·F is exact through a Veltkamp split, since F has 8 significant bits), and
 * log1p(u) = u − u²/2 + … − u⁸/8 (Taylor; |u| ≤ 2⁻⁸, truncation below 2⁻⁶⁴·|u|). When y lies within 2⁻⁸ below 2
 * the breakpoint is F = 2 and the factor 2 goes into k, so x near 1 on either side gives k·ln 2 + ln F = 0 and the
 * result keeps full relative accuracy. The high parts are added with an exact two-sum.
 */
export function logKernel(x: number, tail: number): number {
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54: normalise a subnormal
    k -= 54;
  }
  WORD_F64[0] = x;
  const high = WORD_U32[HIGH_WORD];
  const mantissaHigh = high & 0xfffff;
  const j = (mantissaHigh + 0x1000) >>> 13; // nearest multiple of 1/128 of the mantissa: 0…128
  const exponent = (high >>> 20) - 1023;
  k += exponent + (j >>> 7);
  const y = x * POW2[POW2_OFFSET - exponent]; // the mantissa in [1, 2), exact (a power-of-two scaling)
  const breakpoint = 1 + j * 0.0078125;
  const f = y - breakpoint; // exact (Sterbenz)
  const inverse = INV_F[j];
  const uHi = f * inverse;
  const split = 134217729 * uHi; // 2^27 + 1: Veltkamp split of uHi into 26 + 27 bits
  const uHead = split - (split - uHi);
  const uTail = uHi - uHead;
  const uLo = (f - uHead * breakpoint - uTail * breakpoint) * inverse; // remainder exact, then divided
  const u2 = uHi * uHi;
  const poly =
    u2 *
    (-0.5 +
      uHi * 0.3333333333333333 +
      u2 * (-0.25 + uHi * 0.2 + u2 * (-0.16666666666666666 + uHi * 0.14285714285714285 - u2 * 0.125)));
  const head = k * LN2_HI + LOG_F_HI[j]; // exact
  const sum = head + uHi;
  const back = sum - head;
  const error = head - (sum - back) + (uHi - back);
  const low = error + (k * LN2_LO + LOG_F_LO[j] + tail + (uLo - uLo * uHi + poly));
  const result = sum + low;
  LOG_KERNEL_LOW[0] = sum - result + low;
  return result;
}

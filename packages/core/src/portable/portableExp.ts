import { expKernel } from './expKernel.js';
import { EXP2_HI, EXP2_LO, INV_LN2_128, LN2_128_HI, LN2_128_LO, POW2, POW2_OFFSET, ROUND_SHIFT } from './expTable.js';

/**
 * e^x computed with IEEE double arithmetic only, so every JavaScript engine returns the same bits (Math.exp is
 * "implementation-approximated" and differs between engines in the last bit).
 * @param x - any number
 * @returns e^x: error below 1 ulp (≈0.51 ulp bound; correctly rounded for all but a small fraction of inputs, see
 *   test/core/portableMath.test.ts), subnormal results rounded once, Infinity above ln(MAX_VALUE) ≈ 709.78, 0 below
 *   ≈ −745.13; exp(NaN) = NaN, exp(±0) = 1, exp(−Infinity) = +0, exp(Infinity) = Infinity, as Math.exp.
 * @remarks Table-driven algorithm of Tang PTP, "Table-driven implementation of the exponential function in IEEE
 *   floating-point arithmetic", ACM Trans Math Softw 1989;15:144–157, with 128 table entries: n = round(x·128/ln 2)
 *   by the 1.5·2⁵² shift, Cody–Waite reduction r = x − n·(ln2/128)_hi − n·(ln2/128)_lo (the high part has 35 bits,
 *   so its product is exact), |r| ≤ ln2/256; e^x = 2^m·2^(j/128)·e^r with n = 128m + j, 2^(j/128) stored as a
 *   double-double, e^r − 1 by its degree-5 Taylor polynomial (truncation < 2⁻⁶⁰), and the sum
 *   T_hi + (T_hi·p + T_lo) rounded once. 2^m comes from an exactly built table of powers of two.
 */
export function portableExp(x: number): number {
  if (!(Math.abs(x) < 708)) {
    if (x !== x) return x; // NaN
    return expKernel(x, 0); // Infinity → Infinity, −Infinity → 0, overflow, subnormal results
  }
  const n = x * INV_LN2_128 + ROUND_SHIFT - ROUND_SHIFT;
  const r = x - n * LN2_128_HI - n * LN2_128_LO;
  const ni = n | 0;
  const j = ni & 127;
  const r2 = r * r;
  const p = r + r2 * (0.5 + r * 0.16666666666666666 + r2 * (0.041666666666666664 + r * 0.008333333333333333));
  const tHi = EXP2_HI[j];
  return (tHi + (tHi * p + EXP2_LO[j])) * POW2[POW2_OFFSET + (ni >> 7)];
}

import { EXP2_HI, EXP2_LO, INV_LN2_128, LN2_128_HI, LN2_128_LO, POW2, POW2_OFFSET, ROUND_SHIFT } from './expTable.js';
import { portableExp } from './portableExp.js';

/**
 * e^x − 1 computed with IEEE double arithmetic only, so every JavaScript engine returns the same bits.
 * @param x - any number
 * @returns e^x − 1 accurate also for tiny |x|: error below 1 ulp (correctly rounded for all but a small fraction of
 *   inputs, see test/core/portableMath.test.ts); expm1(±0) = ±0, −1 for x < −40 and −Infinity, Infinity above
 *   ≈ 709.78, NaN for NaN, as Math.expm1.
 * @remarks |x| < 1/8: x + x²·P(x), P the degree-9 Taylor polynomial of (e^x − 1 − x)/x² (truncation < 2⁻⁶¹
 *   relative). 1/8 ≤ |x| ≤ 700: e^x as the double-double 2^m·(T_hi + (T_hi·p + T_lo)) of the table-driven
 *   exponential (Tang 1989, ACM Trans Math Softw 15:144; see portableExp), then 1 is subtracted with an exact
 *   two-sum and the low parts added, so the cancellation near 0 costs at most a factor 8.5 on an error of 2⁻⁶¹.
 *   Above 700 e^x − 1 rounds as e^x.
 */
export function portableExpm1(x: number): number {
  const ax = Math.abs(x);
  if (ax < 0.125) {
    if (x === 0) return x; // keeps −0
    const x2 = x * x;
    const x4 = x2 * x2;
    const poly =
      0.5 +
      x * 0.16666666666666666 +
      x2 * (0.041666666666666664 + x * 0.008333333333333333) +
      x4 * (0.001388888888888889 + x * 0.0001984126984126984 + x2 * (2.48015873015873e-5 + x * 2.7557319223985893e-6)) +
      x4 * x4 * (2.755731922398589e-7 + x * 2.505210838544172e-8);
    return x + x2 * poly;
  }
  if (!(x >= -40 && x <= 700)) {
    if (x < -40) return -1;
    return x > 700 ? portableExp(x) : x; // Infinity or overflow; NaN
  }
  const n = x * INV_LN2_128 + ROUND_SHIFT - ROUND_SHIFT;
  const r = x - n * LN2_128_HI - n * LN2_128_LO;
  const ni = n | 0;
  const j = ni & 127;
  const r2 = r * r;
  const p = r + r2 * (0.5 + r * 0.16666666666666666 + r2 * (0.041666666666666664 + r * 0.008333333333333333));
  const tHi = EXP2_HI[j];
  const scale = POW2[POW2_OFFSET + (ni >> 7)];
  const eHi = tHi * scale; // exact
  const eLo = (tHi * p + EXP2_LO[j]) * scale;
  const sum = eHi - 1;
  const back = sum - eHi;
  const error = eHi - (sum - back) + (-1 - back);
  return sum + (error + eLo);
}

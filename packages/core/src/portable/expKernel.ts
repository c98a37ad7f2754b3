import { EXP2_HI, EXP2_LO, INV_LN2_128, LN2_128_HI, LN2_128_LO, POW2, POW2_OFFSET, ROUND_SHIFT } from './expTable.js';

/**
 * 2^m·(tHi + tail) rounded once, for the results near the ends of the double range (m < −1021 or m > 1023), where
 * a plain product would overflow 2^m or round twice into the subnormals. Above: (tHi + tail)·2^(m−1) is exact and
 * the doubling rounds (to Infinity when it overflows). Below: a + b = 2^(m+1022)·(tHi + tail) is formed with
 * 1 + a + b in [1, 2), whose spacing 2⁻⁵² is the subnormal spacing 2⁻¹⁰⁷⁴ scaled by 2¹⁰²², so the one rounding of
 * that sum is the correct rounding of the subnormal (the technique of the ARM optimized-routines exp, specialcase).
 */
export function expScaled(tHi: number, tail: number, m: number): number {
  if (m > 0) return (tHi + tail) * POW2[POW2_OFFSET + m - 1] * 2;
  const scale = POW2[POW2_OFFSET + m + 1022];
  const a = scale * tHi; // exact
  const b = scale * tail;
  const y = a + b;
  if (y >= 1) return y * 2.2250738585072014e-308; // normal after all: exact
  const h = 1 + a;
  const l = 1 - h + a; // exact (fast two-sum, 1 ≥ a)
  return (h + (l + b) - 1) * 2.2250738585072014e-308; // one rounding on the subnormal grid, then exact
}

/**
 * e^(hi + lo) for finite hi and |lo| ≤ 2⁻⁴⁰·|hi| (a double-double exponent, as in pow); 0 below −746, Infinity
 * above 710, subnormal results correctly handled. Same reduction and polynomial as portableExp.
 */
export function expKernel(hi: number, lo: number): number {
  if (hi > 710) return Infinity;
  if (hi < -746) return 0;
  const n = hi * INV_LN2_128 + ROUND_SHIFT - ROUND_SHIFT;
  const r = hi - n * LN2_128_HI - n * LN2_128_LO + lo;
  const ni = n | 0;
  const m = ni >> 7;
  const j = ni & 127;
  const r2 = r * r;
  const p = r + r2 * (0.5 + r * 0.16666666666666666 + r2 * (0.041666666666666664 + r * 0.008333333333333333));
  const tHi = EXP2_HI[j];
  const tail = tHi * p + EXP2_LO[j];
  if (m > -1022 && m < 1024) return (tHi + tail) * POW2[POW2_OFFSET + m];
  return expScaled(tHi, tail, m);
}

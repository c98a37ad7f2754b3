import { LOG_KERNEL_LOW, logKernel } from './logKernel.js';

/**
 * ln(1 + x) computed with IEEE double arithmetic only, so every JavaScript engine returns the same bits.
 * @param x - any number
 * @returns ln(1 + x) accurate also for tiny |x|: error below 1 ulp (correctly rounded for all but a small fraction
 *   of inputs, see test/core/portableMath.test.ts); log1p(±0) = ±0, log1p(−1) = −Infinity, NaN below −1 and for
 *   NaN, Infinity for Infinity, as Math.log1p.
 * @remarks s = 1 + x is rounded and its rounding error c = (1 + x) − s is recovered exactly (fast two-sum, as in
 *   fdlibm's s_log1p.c, which adds the correction c/s to ln s); ln s + c/s is then computed by the table-driven
 *   double-double logKernel (Tang 1990). For |x| < 2⁻⁸, x + Σ_{k=2..8} (−1)^{k+1} x^k/k directly (Taylor,
 *   truncation below 2⁻⁶⁴·|x|), so small arguments keep full relative accuracy.
 */
export function portableLog1p(x: number): number {
  if (Math.abs(x) < 0.00390625) {
    if (x === 0) return x; // keeps −0
    const x2 = x * x;
    const poly =
      x2 *
      (-0.5 +
        x * 0.3333333333333333 +
        x2 * (-0.25 + x * 0.2 + x2 * (-0.16666666666666666 + x * 0.14285714285714285 - x2 * 0.125)));
    return x + poly;
  }
  if (x > -1 && x < Infinity) {
    const s = 1 + x;
    const correction = x <= 1 ? x - (s - 1) : 1 - (s - x);
    const high = logKernel(s, correction / s);
    return high + LOG_KERNEL_LOW[0];
  }
  if (x === -1) return -Infinity;
  return x === Infinity ? x : Number.NaN;
}

import { LOG_KERNEL_LOW, logKernel } from './logKernel.js';

/**
 * Natural logarithm computed with IEEE double arithmetic only, so every JavaScript engine returns the same bits.
 * @param x - any number
 * @returns ln x: error below 1 ulp (correctly rounded for all but a small fraction of inputs, see
 *   test/core/portableMath.test.ts), subnormal arguments included; NaN for NaN and x < 0, −Infinity for ±0,
 *   Infinity for Infinity, +0 for 1, as Math.log.
 * @remarks Table-driven (Tang PTP, ACM Trans Math Softw 1990;16:378–400): see logKernel. The double-double result
 *   is rounded once.
 */
export function portableLog(x: number): number {
  if (x > 0 && x < Infinity) {
    const high = logKernel(x, 0);
    return high + LOG_KERNEL_LOW[0];
  }
  if (x === 0) return -Infinity;
  return x === Infinity ? x : Number.NaN;
}

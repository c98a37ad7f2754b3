import { expKernel } from './expKernel.js';
import { LOG_KERNEL_LOW, logKernel } from './logKernel.js';

/** x^y for finite x > 0, x ≠ 1, finite y ≠ 0: e^(y·ln x) with ln x and the product as double-doubles. */
function positivePow(x: number, y: number): number {
  const logHigh = logKernel(x, 0);
  const logLow = LOG_KERNEL_LOW[0];
  const zHi = y * logHigh;
  if (!(Math.abs(zHi) < 746)) return zHi > 0 ? Infinity : 0;
  // Dekker's exact product y·logHigh = zHi + e (Veltkamp splits; |y| < 2⁶³ here since |ln x| ≥ 1.1e−16)
  const ySplit = 134217729 * y;
  const yHead = ySplit - (ySplit - y);
  const yTail = y - yHead;
  const lSplit = 134217729 * logHigh;
  const lHead = lSplit - (lSplit - logHigh);
  const lTail = logHigh - lHead;
  const e = yHead * lHead - zHi + yHead * lTail + yTail * lHead + yTail * lTail;
  return expKernel(zHi, e + y * logLow);
}

/**
 * x^y computed with IEEE double arithmetic only, so every JavaScript engine returns the same bits.
 * @param x - base, any number
 * @param y - exponent, any number
 * @returns x^y with the special cases of the ECMAScript Number::exponentiate operation (as Math.pow and **):
 *   NaN exponent → NaN; ±0 exponent → 1 (even for a NaN base); NaN base → NaN; ±0 and ±Infinity bases by the sign
 *   of y and whether y is an odd integer; (±1)^(±Infinity) = NaN; |x| > 1 or < 1 to ±Infinity → Infinity or +0;
 *   negative finite base with a non-integral exponent → NaN, with an integral one ±|x|^y (sign of an odd y).
 *   Accuracy: relative error ≤ 1e−14 wherever the result is a normal double (measured below 1 ulp in
 *   test/core/portableMath.test.ts: about 0.5 ulp plus |y·ln x|·2⁻⁶⁵); overflow to Infinity and underflow through
 *   the subnormals to 0 as e^(y·ln x).
 * @remarks ln x as a double-double from the table-driven logKernel (Tang, ACM Trans Math Softw 1990;16:378; relative
 *   error ≈ 2⁻⁶⁸), y·ln x as a double-double through Dekker's exact product (Dekker, Numer Math 1971;18:224), and
 *   e^(hi + lo) by the table-driven exponential (Tang, ACM Trans Math Softw 1989;15:144) with the low part added to
 *   the reduced argument. Computing exp(y·log x) in plain doubles instead would lose |y·ln x|·2⁻⁵³ relative, up to
 *   about 700 ulps near overflow.
 */
export function portablePow(x: number, y: number): number {
  if (x > 0 && x < Infinity && y !== 0 && Math.abs(y) < Infinity) {
    return x === 1 ? 1 : positivePow(x, y);
  }
  if (y !== y) return Number.NaN;
  if (y === 0) return 1;
  if (x !== x) return Number.NaN;
  const yIsOddInteger = Math.abs(y % 2) === 1;
  if (x === Infinity) return y > 0 ? Infinity : 0;
  if (x === -Infinity) {
    if (y > 0) return yIsOddInteger ? -Infinity : Infinity;
    return yIsOddInteger ? -0 : 0;
  }
  if (x === 0) {
    if (1 / x > 0) return y > 0 ? 0 : Infinity; // +0
    if (y > 0) return yIsOddInteger ? -0 : 0;
    return yIsOddInteger ? -Infinity : Infinity;
  }
  const ax = Math.abs(x);
  if (y === Infinity) return ax > 1 ? Infinity : ax === 1 ? Number.NaN : 0;
  if (y === -Infinity) return ax > 1 ? 0 : ax === 1 ? Number.NaN : Infinity;
  // finite non-zero x < 0, finite non-zero y
  if (Math.trunc(y) !== y) return Number.NaN;
  if (ax === 1) return yIsOddInteger ? -1 : 1;
  const magnitude = positivePow(ax, y);
  return yIsOddInteger ? -magnitude : magnitude;
}

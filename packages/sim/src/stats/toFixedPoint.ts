import { fixedPointBits } from './fixedPointBits.js';

const scale = 2 ** fixedPointBits;
const shift = BigInt(fixedPointBits);

/**
 * Converts a float to fixed point: the integer round(x·2⁴⁰), ties to even, as a BigInt. Integers add
 * associatively, so sums of fixed-point values do not depend on the order of the terms.
 * @param x - a finite number (any magnitude; |x| < 2⁻⁴¹ rounds to 0)
 * @returns round_half_even(x·2⁴⁰)
 * @throws RangeError for NaN or ±Infinity: a sentinel would be summed silently into a finite-looking total,
 *   so a non-finite partial sum is reported instead (the engine never produces one).
 */
export function toFixedPoint(x: number): bigint {
  if (!Number.isFinite(x)) throw new RangeError(`toFixedPoint: cannot represent ${x} in fixed point`);
  const scaled = x * scale; // exact: scaling by a power of two (no subnormal results, overflow handled below)
  // Every double of magnitude ≥ 2⁵² is already an integer.
  if (Math.abs(scaled) >= 2 ** 52) return Number.isFinite(scaled) ? BigInt(scaled) : BigInt(x) << shift;
  let rounded = Math.round(scaled); // nearest integer, ties towards +∞
  // rounded − scaled is exact here (|scaled| < 2⁵²); a tie that went up to an odd integer goes down instead.
  if (rounded - scaled === 0.5 && rounded % 2 !== 0) rounded -= 1;
  return BigInt(rounded);
}

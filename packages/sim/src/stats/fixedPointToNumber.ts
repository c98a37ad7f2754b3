import { fixedPointBits } from './fixedPointBits.js';

const scale = 2 ** fixedPointBits;
const shift = BigInt(fixedPointBits);
const fractionMask = (1n << shift) - 1n;
const largeMagnitude = 1n << 1000n;

/**
 * Converts a fixed-point value back to the nearest double: v·2⁻⁴⁰, correctly rounded (ties to even).
 * @param v - fixed-point integer (e.g. from {@link toFixedPoint} or a sum of such)
 * @returns the double nearest to v/2⁴⁰; ±Infinity when that exceeds the double range (|v| ≳ 2¹⁰⁶⁴)
 */
export function fixedPointToNumber(v: bigint): number {
  const magnitude = v < 0n ? -v : v;
  // Number(bigint) rounds correctly, and dividing by 2⁴⁰ is exact for results far above the subnormals.
  if (magnitude < largeMagnitude) return Number(v) / scale;
  // Huge values: Number(v) would overflow before the scaling. The integer part has ≥ 960 bits, so the
  // dropped fraction can be folded into its lowest bit as a sticky bit without moving the rounding point.
  const integer = magnitude >> shift;
  const sticky = (magnitude & fractionMask) === 0n ? 0n : 1n;
  const x = Number(integer | sticky);
  return v < 0n ? -x : x;
}

import { fixedPointBits } from './fixedPointBits.js';

const shift = BigInt(fixedPointBits);
const fractionMask = (1n << shift) - 1n;
// 2⁻⁴⁰ = 5⁴⁰/10⁴⁰: every fixed-point value has a finite decimal expansion of at most 40 fractional digits.
const fivePower = 5n ** shift;

/**
 * Writes a fixed-point value as the exact decimal of v/2⁴⁰, for JSON shard files: an optional '-', the
 * integer part, and '.' with up to 40 fractional digits (trailing zeros dropped; none for whole numbers).
 * Human-readable and self-describing, and {@link parseFixedPoint} reads it back to the same BigInt.
 * @param v - fixed-point integer
 * @returns e.g. v = 3·2³⁹ → "1.5", v = −1 → "-0.0000000000009094947017729282379150390625"
 */
export function formatFixedPoint(v: bigint): string {
  const sign = v < 0n ? '-' : '';
  const magnitude = v < 0n ? -v : v;
  const integer = magnitude >> shift;
  const fraction = magnitude & fractionMask;
  if (fraction === 0n) return `${sign}${integer}`;
  const digits = (fraction * fivePower).toString().padStart(fixedPointBits, '0').replace(/0+$/, '');
  return `${sign}${integer}.${digits}`;
}

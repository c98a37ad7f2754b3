import { fixedPointBits } from './fixedPointBits.js';

const shift = BigInt(fixedPointBits);
const decimal = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Reads a fixed-point value written by {@link formatFixedPoint}: the exact decimal d with v = d·2⁴⁰.
 * @param text - `-?digits(.digits)?`, no exponent, no spaces
 * @returns the fixed-point integer v
 * @throws SyntaxError when the text is not a plain decimal; RangeError when it is not a multiple of 2⁻⁴⁰
 *   (such a value was not written by formatFixedPoint, so the shard file is corrupt or hand-edited)
 */
export function parseFixedPoint(text: string): bigint {
  const match = decimal.exec(text);
  if (match === null) throw new SyntaxError(`parseFixedPoint: not a decimal number: ${JSON.stringify(text)}`);
  const [, sign, integerDigits, fractionDigits = ''] = match;
  const digits = fractionDigits.replace(/0+$/, '');
  const power = 10n ** BigInt(digits.length);
  const scaledFraction = BigInt(digits === '' ? '0' : digits) << shift;
  if (scaledFraction % power !== 0n) {
    throw new RangeError(`parseFixedPoint: ${text} is not a multiple of 2^-${fixedPointBits}`);
  }
  const v = (BigInt(integerDigits) << shift) + scaledFraction / power;
  return sign === '-' ? -v : v;
}

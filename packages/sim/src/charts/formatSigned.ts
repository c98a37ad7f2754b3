import { formatFixed } from './formatFixed.js';

/**
 * A difference with a fixed count of decimals and its sign, for tables and chart labels: `+3.25`, `-1.10`, `0.00`;
 * only a value that does not round to zero is signed, so neither `-0.0` nor `+0.0` is printed.
 * @param value - the difference, in the unit of the column
 * @param decimals - decimals kept, a whole number in [0, 20]
 * @returns the text; `—` for NaN and ±∞
 */
export function formatSigned(value: number, decimals: number): string {
  const text = formatFixed(value, decimals);
  return value > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}

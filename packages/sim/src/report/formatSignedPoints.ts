import { formatSigned } from '../charts/formatSigned.js';

/**
 * A difference of proportions in percentage points for a table, signed: `+3.25`, `-1.10`, `0.00` (formatSigned: a
 * difference that rounds to zero is unsigned); `—` when not finite.
 * @param value - the difference, as a proportion (0.0325 for 3.25 points)
 * @returns the text
 */
export function formatSignedPoints(value: number): string {
  return formatSigned(100 * value, 2);
}

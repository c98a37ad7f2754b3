import { formatFixed } from './formatFixed.js';

/**
 * A probability as a percentage for tables and labels: `0.6234` → `62.3` (no `%` sign: the column header says it).
 * @param probability - a number, typically in [0, 1]
 * @param digits - decimals of the percentage (default 1)
 * @returns the text (formatFixed: no negative zero); `—` for null, NaN or ±∞
 */
export function formatPercent(probability: number | null, digits = 1): string {
  return probability === null ? '—' : formatFixed(probability * 100, digits);
}

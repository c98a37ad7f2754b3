import { formatTableNumber } from '../charts/formatTableNumber.js';

/**
 * A probability as a percentage for a results table: `82.5%`, `81.0%` (the decimals fixed, so that a value and its
 * interval read alike: formatTableNumber), or `—` when absent or not finite (as the terminal and the report).
 * @param p - probability 0–1, or null
 * @param decimals - decimals of the percentage (default 1)
 */
export function percentText(p: number | null, decimals = 1): string {
  return p === null || !Number.isFinite(p) ? '—' : `${formatTableNumber(p * 100, decimals)}%`;
}

/**
 * A 95% interval appended to a value in a table cell: ` (80.1% to 84.7%)`, or nothing when there is none.
 * @param ci - the interval's ends (probabilities), or null
 */
export function intervalSuffix(ci: readonly [number, number] | null): string {
  return ci === null ? '' : ` (${percentText(ci[0])} to ${percentText(ci[1])})`;
}

/**
 * A survival or rate with its 95% interval for a table cell: `82.5% (80.1% to 84.7%)`, `—` when absent (beyond follow-up).
 * @param value - probability 0–1, or null
 * @param ci - the interval's ends (probabilities), or null
 */
export function percentWithInterval(value: number | null, ci: readonly [number, number] | null): string {
  return `${percentText(value)}${value === null ? '' : intervalSuffix(ci)}`;
}

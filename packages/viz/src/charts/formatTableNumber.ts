import { formatFixed } from '@rtsim/sim';

/**
 * A number for a table cell: sim's formatFixed (a fixed count of decimals, trailing zeros kept so that an estimate and
 * the ends of its interval read alike, `81.0% (72.2% to 87.4%)`, and never a negative zero) in the viewer's
 * typography: a true minus sign, and sim's `—` for what is not a number (as the terminal and the report). Charts and prose keep formatNumber, which drops
 * trailing zeros.
 * @param value - the number
 * @param decimals - decimals kept (default 1)
 * @returns the text; `—` for NaN and ±∞ (a model outside its domain)
 */
export function formatTableNumber(value: number, decimals: number = 1): string {
  return Number.isFinite(value) ? formatFixed(value, decimals).replace('-', '−') : '—';
}

/**
 * A number for tables with a fixed count of significant digits, without trailing zeros: `0.32675` → `0.327`,
 * `2.5e9` → `2500000000` (use toExponential for huge counts).
 * @param value - any number
 * @param digits - significant digits, 1 to 21 (default 3)
 * @returns the text; `—` for NaN and ±∞
 */
export function formatSignificant(value: number, digits = 3): string {
  return Number.isFinite(value) ? Number(value.toPrecision(digits)).toString() : '—';
}

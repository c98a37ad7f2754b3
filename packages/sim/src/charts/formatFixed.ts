/**
 * A number with a fixed count of decimals for tables and chart labels: trailing zeros kept, so that an estimate and
 * its interval's ends read alike (`55.0 [51.6, 58.5]`, not `55 [51.6, 58.5]`), and never a negative zero (`-0.0`):
 * a value that rounds to zero is written without a sign.
 * @param value - the number, in the unit of the column
 * @param decimals - decimals kept, a whole number in [0, 20]
 * @returns the text; `—` for NaN and ±∞
 */
export function formatFixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '—';
  const text = value.toFixed(decimals);
  // toFixed keeps the sign of a small negative number that rounds to zero: -0.04 → "-0.0".
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

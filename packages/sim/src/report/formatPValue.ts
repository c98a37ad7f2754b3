/**
 * A p-value for tables: two significant digits (`0.042`, `0.31`), `<0.001` below 0.001, `1` at 1.
 * @param p - a p-value in [0, 1]
 * @returns the text; `—` for null, NaN or a value outside [0, 1]
 */
export function formatPValue(p: number | null): string {
  if (p === null || !(p >= 0 && p <= 1)) return '—';
  if (p < 0.001) return '<0.001';
  if (p >= 0.995) return '1';
  return String(Number(p.toPrecision(2)));
}

/**
 * A p-value for tables: two significant digits as printed digits, a trailing zero kept (`0.042`, `0.31`, `0.70`, not
 * `0.7` beside `0.75`), `<0.001` below 0.001, `1.0` from 0.995 (where two digits round to 1).
 * @param p - a p-value in [0, 1]
 * @returns the text; `—` for null, NaN or a value outside [0, 1]
 */
export function formatPValue(p: number | null): string {
  if (p === null || !(p >= 0 && p <= 1)) return '—';
  if (p < 0.001) return '<0.001';
  if (p >= 0.995) return '1.0';
  // In [0.001, 0.995) toPrecision never switches to exponent notation and keeps its trailing zero.
  return p.toPrecision(2);
}

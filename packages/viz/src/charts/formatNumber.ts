/**
 * A number for people: at most `decimals` decimals, trailing zeros dropped, a true minus sign;
 * `–` for NaN and ±∞ (a model outside its domain).
 * @param value - the number
 * @param decimals - maximum decimals (default 2)
 */
export function formatNumber(value: number, decimals: number = 2): string {
  if (!Number.isFinite(value)) return '–';
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  const text = String(Object.is(rounded, -0) ? 0 : rounded);
  return text.replace('-', '−');
}

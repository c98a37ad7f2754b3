/**
 * A number for a table cell: a fixed count of decimals, trailing zeros kept so that an estimate and the ends of its
 * interval read alike (`81.0% (72.2% to 87.4%)`, not `81% (72.2% to 87.4%)`), a true minus sign, and never a negative
 * zero (a value that rounds to zero is unsigned). Charts and prose keep formatNumber, which drops trailing zeros.
 * @param value - the number
 * @param decimals - decimals kept (default 1)
 * @returns the text; `–` for NaN and ±∞ (a model outside its domain)
 */
export function formatTableNumber(value: number, decimals: number = 1): string {
  if (!Number.isFinite(value)) return '–';
  const text = value.toFixed(decimals);
  // toFixed keeps the sign of a small negative number that rounds to zero: -0.04 → "-0.0".
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text.replace('-', '−');
}

/**
 * A number as written into SVG markup: rounded to `digits` decimals, without trailing zeros, `-0` as `0`.
 * Rounding keeps the markup short and stable (snapshots do not move with the last bits of a float).
 * @param value - a finite number (non-finite values are written as `0`, so a path never holds `NaN`)
 * @param digits - decimals kept, a whole number in [0, 10] (default 2)
 * @returns the number as text
 */
export function svgNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Number(value.toFixed(digits));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

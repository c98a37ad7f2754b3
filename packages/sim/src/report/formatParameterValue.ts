/**
 * A fitted parameter's value for tables: 3 significant digits, in exponent form (`1.2e-11`) on a log scale or
 * when the magnitude is below 10⁻³ or from 10⁵ up, else as a plain decimal (`0.232`).
 * @param value - the value, in the parameter's unit
 * @param scale - the parameter's search scale
 * @returns the text; `—` for NaN or ±∞
 */
export function formatParameterValue(value: number, scale: 'linear' | 'log' = 'linear'): string {
  if (!Number.isFinite(value)) return '—';
  const magnitude = Math.abs(value);
  if (scale === 'log' || (magnitude !== 0 && (magnitude < 1e-3 || magnitude >= 1e5))) {
    return value.toExponential(2).replace(/e\+?/, 'e').replace(/\.?0+e/, 'e');
  }
  return String(Number(value.toPrecision(3)));
}

import { powerOfTen } from '@rtsim/sim/charts';

/**
 * A surviving fraction as text from its natural log, without underflow: `0.55`, `0.011`, or
 * `3.2 × 10⁻⁵⁰` below 10⁻².
 * @param logSurvival - ln S (≤ 0)
 * @returns the text; `–` when ln S is not finite
 */
export function survivalText(logSurvival: number): string {
  if (!Number.isFinite(logSurvival)) return '–';
  const log10 = logSurvival / Math.LN10;
  if (log10 > -2) return (10 ** log10).toPrecision(2);
  let exponent = Math.floor(log10);
  let mantissa = 10 ** (log10 - exponent);
  if (mantissa >= 9.95) {
    mantissa = 1;
    exponent += 1;
  }
  return `${mantissa.toFixed(1)} × ${powerOfTen(exponent)}`;
}

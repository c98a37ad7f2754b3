import { powerOfTen } from '@rtsim/sim/charts';

/**
 * A surviving fraction or a number of surviving clonogens as text from its natural log, without underflow: `0.55`,
 * `0.011`, `56`, and `3.2 × 10⁻⁵⁰`, `5.6 × 10²`, `1.0 × 10⁹` below 10⁻² and from 100 up (two significant digits
 * throughout; toPrecision would write `5.6e+2` beside `3.6 × 10⁻¹⁰` in the same read-out list).
 * @param logValue - natural log of the value (ln S, or ln N₀·S)
 * @returns the text; `–` when the log is not finite
 */
export function survivalText(logValue: number): string {
  if (!Number.isFinite(logValue)) return '–';
  const log10 = logValue / Math.LN10;
  if (log10 > -2) {
    const plain = (10 ** log10).toPrecision(2);
    // Below 100 toPrecision(2) writes plain digits; a value that rounds to 100 or more goes to the × 10ⁿ form.
    if (Number(plain) < 100) return plain;
  }
  let exponent = Math.floor(log10);
  let mantissa = 10 ** (log10 - exponent);
  if (mantissa >= 9.95) {
    mantissa = 1;
    exponent += 1;
  }
  return `${mantissa.toFixed(1)} × ${powerOfTen(exponent)}`;
}

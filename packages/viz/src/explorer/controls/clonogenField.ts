import { formatNumber } from '../../charts/formatNumber.js';
import type { FieldFormat } from '../FieldFormat.js';

/**
 * The clonogen slider's number field: the slider moves log₁₀ N₀ (10² to 10¹² spans the range evenly), but people
 * think of and type N₀ itself, so the field shows and reads `2.5e9`.
 */
export const clonogenField: FieldFormat = {
  format: (log10: number) => {
    // The small offset keeps an exact power of ten (log10 = 9 computed as 8.999…) from showing as 10.0e8.
    const exponent = Math.floor(log10 + 1e-9);
    const mantissa = 10 ** (log10 - exponent);
    return `${formatNumber(mantissa, 1)}e${exponent}`;
  },
  parse: (text: string) => {
    const value = Number(text.trim());
    return value > 0 ? Math.log10(value) : NaN;
  },
  inputMode: 'text',
};

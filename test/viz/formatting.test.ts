import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../packages/viz/src/charts/formatNumber.js';
import { survivalText } from '../../packages/viz/src/charts/survivalText.js';

describe('formatNumber(value, decimals)', () => {
  it('rounds, drops trailing zeros and uses a true minus sign', () => {
    expect(formatNumber(2.499)).toBe('2.5');
    expect(formatNumber(-1.234, 1)).toBe('−1.2');
    expect(formatNumber(-0.0001)).toBe('0');
    expect(formatNumber(NaN)).toBe('–');
    expect(formatNumber(Infinity)).toBe('–');
  });
});

describe('survivalText(logSurvival)', () => {
  it('writes small surviving fractions in scientific notation without underflow', () => {
    expect(survivalText(Math.log(0.55))).toBe('0.55');
    // ln S = −700 is below the smallest double's log (−745 is the limit of exp): 10^(−700/ln 10) = 10^−304.006.
    expect(survivalText(-700)).toBe('9.9 × 10⁻³⁰⁵');
    expect(survivalText(-2000)).toMatch(/× 10⁻⁸⁶⁹$/);
    expect(survivalText(NaN)).toBe('–');
  });
});

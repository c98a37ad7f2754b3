import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../packages/viz/src/charts/formatNumber.js';
import { formatTableNumber } from '../../packages/viz/src/charts/formatTableNumber.js';
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

  it('writes clonogen numbers of 100 and more as × 10ⁿ like the small ones, never as 5.6e+2', () => {
    expect(survivalText(Math.log(560))).toBe('5.6 × 10²');
    expect(survivalText(Math.log(1e9))).toBe('1.0 × 10⁹');
    expect(survivalText(Math.log(99.7))).toBe('1.0 × 10²'); // rounds to 100: not "1.0e+2"
    expect(survivalText(Math.log(56))).toBe('56');
    expect(survivalText(Math.log(3.6e-10))).toBe('3.6 × 10⁻¹⁰');
  });
});

describe('formatTableNumber(value, decimals)', () => {
  it('keeps trailing zeros so an estimate and its interval read alike, with a true minus sign and no negative zero', () => {
    expect(formatTableNumber(81, 1)).toBe('81.0');
    expect(formatTableNumber(0.1, 2)).toBe('0.10');
    expect(formatTableNumber(-12.5, 1)).toBe('−12.5');
    expect(formatTableNumber(-0.04, 1)).toBe('0.0');
    // Not a number reads `—`, as sim's formatFixed prints it in the terminal and the report.
    expect(formatTableNumber(Number.NaN)).toBe('—');
  });
});

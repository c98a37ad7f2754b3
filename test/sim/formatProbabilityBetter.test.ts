// P(a beats b) over K parameter sets with its Wilson 95% interval (audit 41: "0 ± 0" with K = 100 hid that up to
// about 3.7 % of sets could favour a). Hand values of Wilson's formula, z = 1.959964:
// 0 of 100: upper = z²/n / (1 + z²/n) = 0.038415/1.038415 = 0.0370 → [0, 4] %.
// 50 of 100: centre 0.5, half-width z·√(0.25/100 + z²/40000)/(1 + z²/100) = 0.09800·1.00192/1.038415 = 0.0946 → [40, 60] %.
// 3 of 5 sets: p̂ 0.6, centre (0.6 + 0.38415)/1.76829 = 0.5566, half-width z·√(0.048 + 0.038415)/1.76829 = 0.3258 → [23, 88] %.
import { describe, expect, it } from 'vitest';
import { formatProbabilityBetter } from '../../packages/sim/src/report/formatProbabilityBetter.js';

describe('formatProbabilityBetter(probability, draws)', () => {
  it('writes 0 of 100 sets as 0 [0, 4], not 0 ± 0', () => {
    expect(formatProbabilityBetter(0, 100)).toBe('0 [0, 4]');
    expect(formatProbabilityBetter(1, 100)).toBe('100 [96, 100]');
  });
  it('writes half of the sets (ties count one half) as 50 [40, 60]', () => {
    expect(formatProbabilityBetter(0.5, 100)).toBe('50 [40, 60]');
  });
  it('widens with few sets: 3 of 5 is 60 [23, 88]', () => {
    expect(formatProbabilityBetter(0.6, 5)).toBe('60 [23, 88]');
  });
  it('writes no sets as dashes', () => {
    expect(formatProbabilityBetter(Number.NaN, 0)).toBe('— [—, —]');
  });
});

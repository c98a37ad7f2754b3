import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { meanAndStandardError } from '../../packages/sim/src/stats/meanAndStandardError.js';
import { pairedDifference } from '../../packages/sim/src/stats/pairedDifference.js';

describe('meanAndStandardError(sum, sumSquares, n)', () => {
  test('matches the hand computation for 2, 4, 4, 4, 5, 5, 7, 9', () => {
    // Σx = 40, Σx² = 232, n = 8: mean 5, s² = (232 − 200)/7 = 32/7, se = √(32/56).
    const { mean, se } = meanAndStandardError(40, 232, 8);
    expect(mean).toBe(5);
    expect(se).toBeCloseTo(Math.sqrt(32 / 56), 15);
  });

  test('has NaN se for fewer than 2 values, NaN everything for n ≤ 0 or non-finite input', () => {
    expect(meanAndStandardError(0.7, 0.49, 1)).toEqual({ mean: 0.7, se: NaN });
    for (const [s, ss, n] of [[1, 1, 0], [1, 1, -3], [NaN, 1, 5], [1, Infinity, 5], [1, 1, NaN], [1, 1, Infinity]]) {
      expect(meanAndStandardError(s, ss, n)).toEqual({ mean: NaN, se: NaN });
    }
  });

  test('a constant sample has se 0 (a negative rounding residue is clamped)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 1, noNaN: true }), fc.integer({ min: 2, max: 1_000_000 }), (x, n) => {
        const { se } = meanAndStandardError(x * n, x * x * n, n);
        expect(se >= 0 && se <= 1e-7 * Math.abs(x)).toBe(true);
      }),
    );
  });
});

describe('pairedDifference(sumDiff, sumDiffSquared, n)', () => {
  test('builds the normal 95% interval mean ± 1.959964·se', () => {
    // Differences 0.1, 0.3, 0.2, 0.4: mean 0.25, s² = (0.30 − 0.25)/3, se = √(0.05/12).
    const result = pairedDifference(1, 0.3, 4);
    const se = Math.sqrt(0.05 / 12);
    expect(result.mean).toBe(0.25);
    expect(result.se).toBeCloseTo(se, 15);
    expect(result.ci95[0]).toBeCloseTo(0.25 - 1.959963984540054 * se, 15);
    expect(result.ci95[1]).toBeCloseTo(0.25 + 1.959963984540054 * se, 15);
  });

  test('has NaN se and interval for a single pair', () => {
    expect(pairedDifference(0.2, 0.04, 1)).toEqual({ mean: 0.2, se: NaN, ci95: [NaN, NaN] });
  });

  test('the interval is centred on the mean with half-width Φ⁻¹(0.975)·se', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 2, maxLength: 50 }), (d) => {
        const sum = d.reduce((s, x) => s + x, 0);
        const squares = d.reduce((s, x) => s + x * x, 0);
        const { mean, se, ci95 } = pairedDifference(sum, squares, d.length);
        expect(ci95[0] <= mean && mean <= ci95[1]).toBe(true);
        expect(Math.abs(ci95[1] - ci95[0] - 2 * 1.959963984540054 * se)).toBeLessThanOrEqual(1e-15 + 1e-12 * se);
      }),
    );
  });
});

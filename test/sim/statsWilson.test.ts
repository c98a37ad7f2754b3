import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { wilsonInterval } from '../../packages/sim/src/stats/wilsonInterval.js';

// Counts up to 10⁷ (far beyond a simulated arm's subgroups) with successes drawn inside [0, trials].
const countPair = fc
  .integer({ min: 1, max: 10_000_000 })
  .chain((trials) => fc.tuple(fc.integer({ min: 0, max: trials }), fc.constant(trials)));
const confidence = fc.double({ min: 0.01, max: 0.999999, noNaN: true });

describe('wilsonInterval(successes, trials, confidence)', () => {
  test('reproduces the score intervals of Newcombe (1998) Table II to the 4 printed decimals', () => {
    // Newcombe RG, Stat Med 1998;17:857–872, Table II, method 3 (score, no continuity correction), 95%.
    const cases: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [x, n, lower, upper] of cases) {
      const [l, u] = wilsonInterval(x, n);
      expect(l).toBeCloseTo(lower, 4);
      expect(u).toBeCloseTo(upper, 4);
    }
  });

  test('gives exactly 0 below no successes and exactly 1 above all successes', () => {
    expect(wilsonInterval(0, 50)[0]).toBe(0);
    expect(wilsonInterval(50, 50)[1]).toBe(1);
    // x = n: lower = n/(n + z²) (the product of the roots with upper = 1).
    const z = 1.959963984540054;
    expect(wilsonInterval(50, 50)[0]).toBeCloseTo(50 / (50 + z * z), 14);
  });

  test('returns [0, 1] for no trials (the limit as n → 0) and [NaN, NaN] outside the domain', () => {
    expect(wilsonInterval(0, 0)).toEqual([0, 1]);
    for (const [x, n, c] of [
      [-1, 10, 0.95], [11, 10, 0.95], [NaN, 10, 0.95], [1, NaN, 0.95], [1, Infinity, 0.95],
      [1, 10, 0], [1, 10, 1], [1, 10, NaN],
    ] as const) {
      expect(wilsonInterval(x, n, c)).toEqual([NaN, NaN]);
    }
  });

  test('the interval contains the point estimate and lies in [0, 1]', () => {
    fc.assert(
      fc.property(countPair, confidence, ([x, n], c) => {
        const [lower, upper] = wilsonInterval(x, n, c);
        expect(0 <= lower && lower <= x / n && x / n <= upper && upper <= 1).toBe(true);
      }),
    );
  });

  test('lower(x, n) = 1 − upper(n − x, n) (failures and successes swap roles), within 1e-12', () => {
    fc.assert(
      fc.property(countPair, confidence, ([x, n], c) => {
        expect(Math.abs(wilsonInterval(x, n, c)[0] - (1 - wilsonInterval(n - x, n, c)[1]))).toBeLessThan(1e-12);
      }),
    );
  });

  test('a higher confidence level gives a nested, wider interval', () => {
    fc.assert(
      fc.property(countPair, confidence, confidence, ([x, n], c1, c2) => {
        const [a, b] = c1 <= c2 ? [c1, c2] : [c2, c1];
        const narrow = wilsonInterval(x, n, a);
        const wide = wilsonInterval(x, n, b);
        expect(wide[0] <= narrow[0] + 1e-15 && narrow[1] <= wide[1] + 1e-15).toBe(true);
      }),
    );
  });
});

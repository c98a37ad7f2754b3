import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { yearOfAgeDeathYears } from '@rtsim/core';

describe('yearOfAgeDeathYears(hazardsPerYear, ageYears, u)', () => {
  test('a constant hazard h gives the exponential quantile T = −ln(1 − u)/h at any age', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-4, max: 2, noNaN: true }), fc.double({ min: 0, max: 80, noNaN: true }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (h, age, u) => {
        const years = yearOfAgeDeathYears([h, h, h], age, u);
        expect(Math.abs(years - -Math.log1p(-u) / h)).toBeLessThanOrEqual(1e-9 * (1 + years));
      }),
    );
  });

  test('two hazards: the year-0 hazard is spent first, then the last hazard continues (hand-solved cases)', () => {
    // From age 0.5 with h₀ = 0.2, h₁ = 1: the first half year holds 0.1 of hazard.
    // E = 0.05 (u = 1 − e^{−0.05}): T = 0.05/0.2 = 0.25. E = 0.6: 0.5 + (0.6 − 0.1)/1 = 1.
    expect(yearOfAgeDeathYears([0.2, 1], 0.5, -Math.expm1(-0.05))).toBeCloseTo(0.25, 12);
    expect(yearOfAgeDeathYears([0.2, 1], 0.5, -Math.expm1(-0.6))).toBeCloseTo(1, 12);
  });

  test('u = 0 gives 0, u = 1 gives +∞, a zero last hazard +∞, an infinite hazard death at once', () => {
    expect(yearOfAgeDeathYears([0.1], 40, 0)).toBe(0);
    expect(yearOfAgeDeathYears([0.1], 40, 1)).toBe(Number.POSITIVE_INFINITY);
    expect(yearOfAgeDeathYears([0.1, 0], 0, 0.5)).toBe(Number.POSITIVE_INFINITY);
    expect(yearOfAgeDeathYears([0.1, Number.POSITIVE_INFINITY], 0.5, 0.9)).toBe(0.5);
  });

  test('NaN for an empty array, a NaN hazard on the way, or an age or uniform outside the domain', () => {
    expect(yearOfAgeDeathYears([], 40, 0.5)).toBeNaN();
    expect(yearOfAgeDeathYears([0.01, Number.NaN, 0.1], 0, 0.5)).toBeNaN();
    expect(yearOfAgeDeathYears([0.1], -1, 0.5)).toBeNaN();
    expect(yearOfAgeDeathYears([0.1], 40, 1.5)).toBeNaN();
    expect(yearOfAgeDeathYears([0.1], Number.NaN, 0.5)).toBeNaN();
  });
});

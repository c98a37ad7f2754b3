import { describe, expect, test } from 'vitest';
import { distributionShareBeyond } from '@rtsim/core';

// Expected values by hand (uniform, triangular: areas of triangles) or from Python's math.erfc, independent of core's
// normalCdf: Φ(−z) = erfc(z/√2)/2.
describe('distributionShareBeyond(distribution, x, side): P(X ≥ x) or P(X ≤ x)', () => {
  test('uniform and triangular, by the areas of their densities', () => {
    expect(distributionShareBeyond({ dist: 'uniform', min: 0, max: 10 }, 2.5, 'above')).toBe(0.75);
    expect(distributionShareBeyond({ dist: 'uniform', min: 0, max: 10 }, 2.5, 'below')).toBe(0.25);
    // Triangle 0–5–10: the left half-triangle up to 2.5 has area 2.5²/(10·5) = 0.125.
    expect(distributionShareBeyond({ dist: 'triangular', min: 0, mode: 5, max: 10 }, 2.5, 'above')).toBe(0.875);
    expect(distributionShareBeyond({ dist: 'triangular', min: 0, mode: 5, max: 10 }, 7.5, 'above')).toBe(0.125);
    expect(distributionShareBeyond({ dist: 'triangular', min: 0, mode: 5, max: 10 }, 7.5, 'below')).toBe(0.875);
  });

  test('normal, truncated normal and lognormal tails (Python math.erfc)', () => {
    // Φ(−1.96) = 0.024997895148220435; truncated to [0, ∞) the mass halves: 0.0499957902964408…
    expect(distributionShareBeyond({ dist: 'normal', mean: 0, sd: 1 }, 1.96, 'above')).toBeCloseTo(0.024997895148220435, 14);
    expect(distributionShareBeyond({ dist: 'normal', mean: 0, sd: 1, min: 0 }, 1.96, 'above')).toBeCloseTo(0.04999579029644087, 14);
    expect(distributionShareBeyond({ dist: 'normal', mean: 0, sd: 1 }, -1.96, 'below')).toBeCloseTo(0.024997895148220435, 14);
    // ln X ~ N(0, 1): P(X ≥ e) = Φ(−1) = 0.15865525393145707.
    expect(distributionShareBeyond({ dist: 'lognormal', median: 1, sigma: 1 }, Math.E, 'above')).toBeCloseTo(0.15865525393145707, 14);
  });

  test('a far tail keeps its digits: the library α of sts (normal 0.232, sd 0.08, min 0) at or above 0.8 Gy⁻¹', () => {
    // Φ(−7.1)/(1 − Φ(−2.9)) = 6.23784446333164e−13 / 0.9981341866996160 = 6.249504872643834e−13.
    const share = distributionShareBeyond({ dist: 'normal', mean: 0.232, sd: 0.08, min: 0 }, 0.8, 'above');
    expect(Math.abs(share / 6.249504872643834e-13 - 1)).toBeLessThan(1e-9);
  });

  test('fixed laws count their value as beyond x when it is at x; a threshold outside the support gives 0 or 1', () => {
    expect(distributionShareBeyond(0.8, 0.8, 'above')).toBe(1);
    expect(distributionShareBeyond({ dist: 'fixed', value: 0.8 }, 0.8, 'below')).toBe(1);
    expect(distributionShareBeyond({ dist: 'normal', mean: 0.5, sd: 0 }, 0.8, 'above')).toBe(0);
    expect(distributionShareBeyond({ dist: 'lognormal', median: 2, sigma: 0 }, 1, 'above')).toBe(1);
    expect(distributionShareBeyond({ dist: 'uniform', min: 1, max: 2 }, 0, 'above')).toBe(1);
    expect(distributionShareBeyond({ dist: 'uniform', min: 1, max: 2 }, 3, 'above')).toBe(0);
    expect(distributionShareBeyond({ dist: 'lognormal', median: 1, sigma: 1 }, 0, 'below')).toBe(0);
  });

  test('NaN for an invalid law or a NaN threshold', () => {
    expect(distributionShareBeyond({ dist: 'uniform', min: 2, max: 1 }, 1.5, 'above')).toBeNaN();
    expect(distributionShareBeyond({ dist: 'normal', mean: 0, sd: -1 }, 0, 'above')).toBeNaN();
    expect(distributionShareBeyond(1, Number.NaN, 'above')).toBeNaN();
  });
});

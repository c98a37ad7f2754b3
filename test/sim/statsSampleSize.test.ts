import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { twoProportionSampleSize } from '../../packages/sim/src/stats/twoProportionSampleSize.js';

// Any proportion: the formula holds on the closed interval [0, 1].
const proportion = fc.double({ min: 0, max: 1, noNaN: true });

describe('twoProportionSampleSize(p1, p2, options)', () => {
  test('p1 = 0.6 vs p2 = 0.8 at two-sided α = 0.05, power 0.8 needs 82 per arm, 91 continuity-corrected', () => {
    // Fleiss JL (1981) Statistical Methods for Rates and Proportions, 2nd ed., Table A.3 tabulates 91 for these
    // inputs (continuity-corrected, Fleiss–Tytun–Ury 1980); uncorrected n = 81.22 → 82. Independently:
    // [1.95996·√(2·0.7·0.3) + 0.84162·√(0.24 + 0.16)]²/0.2² = 81.224.
    expect(twoProportionSampleSize(0.6, 0.8)).toBe(82);
    expect(twoProportionSampleSize(0.6, 0.8, { continuityCorrection: true })).toBe(91);
    expect(twoProportionSampleSize(0.8, 0.6, { alpha: 0.05, power: 0.8 })).toBe(82);
  });

  test('equal proportions need infinitely many patients; invalid inputs give NaN', () => {
    expect(twoProportionSampleSize(0.3, 0.3)).toBe(Infinity);
    expect(twoProportionSampleSize(0, 0)).toBe(Infinity);
    for (const [p1, p2, alpha, power] of [
      [-0.1, 0.5, 0.05, 0.8], [0.5, 1.1, 0.05, 0.8], [NaN, 0.5, 0.05, 0.8], [0.4, 0.5, 0, 0.8],
      [0.4, 0.5, 1, 0.8], [0.4, 0.5, 0.05, 1], [0.4, 0.5, 0.05, 0.4], [0.4, 0.5, NaN, 0.8],
    ] as const) {
      expect(twoProportionSampleSize(p1, p2, { alpha, power })).toBeNaN();
    }
  });

  test('is symmetric in (p1, p2) and an integer ≥ 1 (or Infinity past the double range)', () => {
    fc.assert(
      fc.property(proportion, proportion, fc.boolean(), (p1, p2, continuityCorrection) => {
        fc.pre(p1 !== p2);
        const n = twoProportionSampleSize(p1, p2, { continuityCorrection });
        expect(n).toBe(twoProportionSampleSize(p2, p1, { continuityCorrection }));
        expect(n >= 1 && (Number.isInteger(n) || n === Infinity)).toBe(true);
      }),
    );
  });

  test('grows as the difference shrinks (p2 moving towards p1 from either side)', () => {
    // Found by this property (seed −1238707705): p₁ = 1 and p₂ a few ulp below it, where 1 − p̄ used to cancel to 0.
    expect(twoProportionSampleSize(1, 1 - 2 ** -53)).toBeGreaterThanOrEqual(twoProportionSampleSize(1, 0.9999999999999988));
    fc.assert(
      // The nearer p2 is at least 0.1% closer: for differences changing by ~1 ulp, n changes by less than the
      // rounding error of the formula itself.
      fc.property(proportion, proportion, fc.double({ min: 0, max: 0.999, noNaN: true }), fc.boolean(), (p1, far, t, cc) => {
        fc.pre(far !== p1);
        const near = p1 + t * (far - p1);
        fc.pre(near !== p1);
        const options = { continuityCorrection: cc };
        expect(twoProportionSampleSize(p1, near, options)).toBeGreaterThanOrEqual(twoProportionSampleSize(p1, far, options));
      }),
    );
  });

  test('grows with the power and with a stricter α, and the continuity correction only adds patients', () => {
    fc.assert(
      fc.property(proportion, proportion, (p1, p2) => {
        fc.pre(p1 !== p2);
        const base = twoProportionSampleSize(p1, p2);
        expect(twoProportionSampleSize(p1, p2, { power: 0.9 })).toBeGreaterThanOrEqual(base);
        expect(twoProportionSampleSize(p1, p2, { alpha: 0.01 })).toBeGreaterThanOrEqual(base);
        expect(twoProportionSampleSize(p1, p2, { continuityCorrection: true })).toBeGreaterThanOrEqual(base);
      }),
    );
  });
});

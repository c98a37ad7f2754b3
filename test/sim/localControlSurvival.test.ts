import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { portableLog, portableLog1p, reoxygenatedLogSurvival, tumourBedLogSurvival } from '@rtsim/core';
import { reoxygenatedFractionLogSurvival } from '../../packages/sim/src/cohort/reoxygenatedFractionLogSurvival.js';
import { tumourBedCourseLogSurvival } from '../../packages/sim/src/cohort/tumourBedCourseLogSurvival.js';

// The engine's survival with the logs of the hypoxic share computed once (docs/performance.md, "B6") must give core's
// kernels bit for bit, or the local-control results would change. Bounds: α, β and d cover and exceed the library's
// and SBRT's ranges; h includes 0 and 1 (one term −∞); OER 1–3.
const alpha = fc.double({ min: 0, max: 1.5, noNaN: true });
const beta = fc.double({ min: 0, max: 0.5, noNaN: true });
const dose = fc.double({ min: 0, max: 30, noNaN: true });
const fractions = fc.integer({ min: 0, max: 45 });
const hypoxicFraction = fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true }));
const oer = fc.double({ min: 1, max: 3, noNaN: true });

describe('the engine survival kernels with precomputed logs equal core kernels bit for bit', () => {
  it('F·reoxygenatedFractionLogSurvival(ln(1 − h), ln h) is reoxygenatedLogSurvival with F fractions', () => {
    fc.assert(
      fc.property(alpha, beta, dose, fractions, hypoxicFraction, oer, (a, b, d, f, h, r) => {
        const fast = f * reoxygenatedFractionLogSurvival(a, b, d, portableLog1p(-h), portableLog(h), r);
        expect(Object.is(fast, reoxygenatedLogSurvival(a, b, d, f, h, r))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it('tumourBedCourseLogSurvival of one dose group, with ln(1 − h) and ln h, is tumourBedLogSurvival', () => {
    fc.assert(
      fc.property(alpha, beta, dose, fractions, hypoxicFraction, oer, (a, b, d, f, h, r) => {
        const fast = tumourBedCourseLogSurvival(a, b, [d, f], portableLog1p(-h), portableLog(h), r);
        expect(Object.is(fast, tumourBedLogSurvival(a, b, d, f, h, r))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it("both return NaN outside the kernels' domain (negative α or F, OER below 1, h outside [0, 1]) and for NaN h", () => {
    expect(reoxygenatedFractionLogSurvival(-0.1, 0.03, 2, -0.2, -1.7, 2.5)).toBeNaN();
    expect(reoxygenatedFractionLogSurvival(0.3, 0.03, 2, -0.2, -1.7, 0.9)).toBeNaN();
    expect(reoxygenatedFractionLogSurvival(0.3, 0.03, 2, Number.NaN, Number.NaN, 2.5)).toBeNaN();
    expect(tumourBedCourseLogSurvival(-0.1, 0.03, [2, 33], -0.01, -4.6, 2.5)).toBeNaN();
    expect(tumourBedCourseLogSurvival(0.3, 0.03, [2, -1], -0.01, -4.6, 2.5)).toBeNaN();
    for (const h of [Number.NaN, -0.1, 1.5]) {
      expect(reoxygenatedFractionLogSurvival(0.3, 0.03, 2, portableLog1p(-h), portableLog(h), 2.5)).toBeNaN();
      expect(tumourBedCourseLogSurvival(0.3, 0.03, [2, 33], portableLog1p(-h), portableLog(h), 2.5)).toBeNaN();
      expect(reoxygenatedLogSurvival(0.3, 0.03, 2, 1, h, 2.5)).toBeNaN(); // the kernels' own answer
    }
  });
});

// A postoperative course of two doses per fraction in the scarred bed: one two-compartment mixture over the whole
// course (models-extensions.md, "Residual clonogens and the tumour bed"), not one mixture per dose size. Expected
// values by the equation written out here with Math.log/Math.exp, independent of the engine's arithmetic.
describe('the tumour bed over a course of several doses per fraction', () => {
  const bedLogSurvival = (a: number, b: number, course: readonly (readonly [number, number])[], h: number, r: number): number => {
    const oxic = course.reduce((sum, [d, f]) => sum + f * (a * d + b * d * d), 0);
    const hypoxic = course.reduce((sum, [d, f]) => sum + f * ((a * d) / r + (b * d * d) / (r * r)), 0);
    return Math.log((1 - h) * Math.exp(-oxic) + h * Math.exp(-hypoxic));
  };
  const libraryAlpha = 0.232; // 1/Gy, the library's STS α
  const libraryBeta = 0.232 / 4.9; // 1/Gy², α/β 4.9 Gy
  const bedHypoxic = 0.0103; // the library's h_bed
  const logs = [portableLog1p(-bedHypoxic), portableLog(bedHypoxic)] as const;

  it('45 Gy in 25 × 1.8 Gy with a boost of 8 × 2 Gy: ln S −11.09 by the one-mixture equation (the per-size sum gave −14.30)', () => {
    const course = [[1.8, 25], [2, 8]] as const;
    const expected = bedLogSurvival(libraryAlpha, libraryBeta, course, bedHypoxic, 2.5);
    expect(expected).toBeCloseTo(-11.09, 2);
    expect(tumourBedCourseLogSurvival(libraryAlpha, libraryBeta, course.flat(), ...logs, 2.5)).toBeCloseTo(expected, 10);
  });

  it('any two groups: within 1e-9 of the equation; a dose split into two nearby sizes gives nearly the one-size value', () => {
    fc.assert(
      fc.property(alpha, beta, dose, fractions, dose, fractions, fc.double({ min: 0.001, max: 0.5, noNaN: true }), oer, (a, b, d1, f1, d2, f2, h, r) => {
        const course = [[d1, f1], [d2, f2]] as const;
        const value = tumourBedCourseLogSurvival(a, b, course.flat(), portableLog1p(-h), portableLog(h), r);
        const expected = bedLogSurvival(a, b, course, h, r);
        // The equation's exponentials underflow where the engine's log-sum does not: compare only where they are finite.
        if (Number.isFinite(expected) && expected > -700) expect(Math.abs(value - Math.min(expected, 0))).toBeLessThan(1e-9 * Math.max(1, -expected));
        expect(value).toBeLessThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
    const split = tumourBedCourseLogSurvival(libraryAlpha, libraryBeta, [2, 16, 2 + 1e-9, 17], ...logs, 2.5);
    const whole = tumourBedCourseLogSurvival(libraryAlpha, libraryBeta, [2, 33], ...logs, 2.5);
    expect(split).toBeCloseTo(whole, 6);
  });

  it('no postoperative fraction: no kill (0)', () => {
    expect(tumourBedCourseLogSurvival(libraryAlpha, libraryBeta, [], ...logs, 2.5)).toBe(0);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { portableLog, portableLog1p, reoxygenatedLogSurvival, tumourBedLogSurvival } from '@rtsim/core';
import { reoxygenatedFractionLogSurvival } from '../../packages/sim/src/cohort/reoxygenatedFractionLogSurvival.js';
import { tumourBedGroupLogSurvival } from '../../packages/sim/src/cohort/tumourBedGroupLogSurvival.js';

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
  it('tumourBedGroupLogSurvival(ln(1 − h), ln h) is tumourBedLogSurvival', () => {
    fc.assert(
      fc.property(alpha, beta, dose, fractions, hypoxicFraction, oer, (a, b, d, f, h, r) => {
        const fast = tumourBedGroupLogSurvival(a, b, d, f, portableLog1p(-h), portableLog(h), r);
        expect(Object.is(fast, tumourBedLogSurvival(a, b, d, f, h, r))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it("both return NaN outside the kernels' domain (negative α or F, OER below 1, h outside [0, 1]) and for NaN h", () => {
    expect(reoxygenatedFractionLogSurvival(-0.1, 0.03, 2, -0.2, -1.7, 2.5)).toBeNaN();
    expect(reoxygenatedFractionLogSurvival(0.3, 0.03, 2, -0.2, -1.7, 0.9)).toBeNaN();
    expect(reoxygenatedFractionLogSurvival(0.3, 0.03, 2, Number.NaN, Number.NaN, 2.5)).toBeNaN();
    expect(tumourBedGroupLogSurvival(-0.1, 0.03, 2, 33, -0.01, -4.6, 2.5)).toBeNaN();
    expect(tumourBedGroupLogSurvival(0.3, 0.03, 2, -1, -0.01, -4.6, 2.5)).toBeNaN();
    for (const h of [Number.NaN, -0.1, 1.5]) {
      expect(reoxygenatedFractionLogSurvival(0.3, 0.03, 2, portableLog1p(-h), portableLog(h), 2.5)).toBeNaN();
      expect(tumourBedGroupLogSurvival(0.3, 0.03, 2, 33, portableLog1p(-h), portableLog(h), 2.5)).toBeNaN();
      expect(reoxygenatedLogSurvival(0.3, 0.03, 2, 1, h, 2.5)).toBeNaN(); // the kernels' own answer
    }
  });
});

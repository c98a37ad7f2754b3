import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fractionLogSurvival, uscQuasiThresholdDose, uscTransitionDose } from '@rtsim/core';
import { alpha, beta, closeTo } from './radiobiologyArbitraries.js';

describe('uscTransitionDose(alpha, beta, d0) and uscQuasiThresholdDose', () => {
  // Park et al.'s H460 values (D_q 1.8 Gy, D_T ≈ 6.2 Gy) are reproductions: test/reproductions.
  // D₀ in 0.2–3 Gy brackets Park's fitted lines; αD₀ < 1 is required by the model.
  test('D_T = 2D_q/(1 − αD₀) (models.md)', () => {
    fc.assert(
      fc.property(alpha, beta.filter((b) => b > 1e-3), fc.double({ min: 0.2, max: 3, noNaN: true }), (a, b, d0) => {
        fc.pre(a * d0 < 0.95);
        const expected = (2 * uscQuasiThresholdDose(a, b, d0)) / (1 - a * d0);
        expect(closeTo(uscTransitionDose(a, b, d0), expected, 1e-12)).toBe(true);
      }),
    );
  });

  test('NaN when αD₀ ≥ 1 (no smooth join) and for NaN input', () => {
    expect(uscTransitionDose(0.8, 0.05, 1.25)).toBeNaN();
    expect(uscQuasiThresholdDose(1, 0.05, 1)).toBeNaN();
    expect(uscTransitionDose(Number.NaN, 0.05, 1)).toBeNaN();
    expect(uscTransitionDose(0.3, Number.NaN, 1)).toBeNaN();
    expect(uscTransitionDose(0.3, 0.05, Number.NaN)).toBeNaN();
    expect(uscTransitionDose(0.3, 0.05, 0)).toBeNaN();
  });

  // D₀ in 0.2–3 Gy brackets Park's fitted lines; αD₀ < 1 is required by the model.
  test('USC is continuous in value and slope at D_T: the LQ slope there is 1/D₀', () => {
    fc.assert(
      fc.property(alpha, beta.filter((b) => b > 1e-3), fc.double({ min: 0.2, max: 3, noNaN: true }), (a, b, d0) => {
        fc.pre(a * d0 < 0.95);
        const transition = uscTransitionDose(a, b, d0);
        expect(closeTo(a + 2 * b * transition, 1 / d0, 1e-12)).toBe(true);
        const model = { model: 'usc', d0 } as const;
        const h = 1e-6 * Math.max(1, transition);
        const below = fractionLogSurvival(transition - h, { alpha: a, beta: b }, model);
        const above = fractionLogSurvival(transition + h, { alpha: a, beta: b }, model);
        const lq = -(a * transition + b * transition * transition);
        const line = -(transition - uscQuasiThresholdDose(a, b, d0)) / d0;
        expect(closeTo(lq, line, 1e-12)).toBe(true);
        // Central difference across the join equals the common slope −1/D₀ (step 1e-6·D_T: error O(h)).
        expect(closeTo((above - below) / (2 * h), -1 / d0, 1e-5)).toBe(true);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { alphaFromRsi, gard, logSurvival, schedule } from '@rtsim/core';

const course = schedule({ fractions: 25, dose: 2 });

describe('alphaFromRsi(rsi, beta) and gard(schedule, alpha, beta)', () => {
  // Scott JG et al., Lancet Oncol 2017;18:202 (GARD); RxRSI rectal threshold PMID 32686956 (sts-evidence §1d, §3a):
  // RSI < 0.31 needs GARD 29.76 at 50 Gy; RSI 0.31 with 50 Gy/25 gives GARD 29.28 (β = 0.05).
  test('RSI 0.31 with 50 Gy in 25 fractions gives GARD ≈ 29.28', () => {
    expect(alphaFromRsi(0.31)).toBeCloseTo(0.4856, 4);
    expect(gard(course, alphaFromRsi(0.31), 0.05)).toBeCloseTo(29.28, 2);
  });

  test('GARD 29.76 at 50 Gy/25 corresponds to RSI ≈ 0.3041', () => {
    expect(gard(course, alphaFromRsi(0.3041), 0.05)).toBeCloseTo(29.76, 2);
  });

  test('RSI is the surviving fraction at 2 Gy: exp(−2α − 4β) = RSI', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 0.8, noNaN: true }), fc.double({ min: 0, max: 0.1, noNaN: true }), (rsi, beta) => Math.abs(Math.exp(-2 * alphaFromRsi(rsi, beta) - 4 * beta) - rsi) <= 1e-15),
    );
  });

  test('GARD is the LQ log cell kill: gard = −logSurvival for α, β ≥ 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0.5, max: 20, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.2, noNaN: true }), (n, d, alpha, beta) => {
        const s = schedule({ fractions: n, dose: d });
        const value = gard(s, alpha, beta);
        return Math.abs(value + logSurvival(s, { alpha, beta })) <= 1e-12 * Math.max(1, value);
      }),
    );
  });

  test('alphaFromRsi is not clamped: negative above e^{−4β}', () => {
    expect(alphaFromRsi(0.9)).toBeLessThan(0);
    expect(alphaFromRsi(Math.exp(-0.2))).toBeCloseTo(0, 15);
  });

  test('NaN for NaN or out-of-domain input', () => {
    for (const [rsi, beta] of [
      [Number.NaN, 0.05],
      [0.3, Number.NaN],
      [0, 0.05],
      [1.2, 0.05],
      [0.3, -0.01],
    ] as const) {
      expect(alphaFromRsi(rsi, beta)).toBeNaN();
    }
    expect(gard(course, Number.NaN, 0.05)).toBeNaN();
    expect(gard(course, 0.3, Number.NaN)).toBeNaN();
    expect(gard(course, 0.3, -0.05)).toBeNaN();
    expect(gard(schedule({ fractions: -1, dose: 2 }), 0.3, 0.05)).toBeNaN();
    expect(gard([], 0.3, 0.05)).toBe(0);
  });
});

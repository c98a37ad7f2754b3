import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { repopulationDosePerDay, repopulationLogGain } from '@rtsim/core';

/** Overall time, days: 0–100 covers single fractions to long split courses. */
const time = fc.double({ min: 0, max: 100, noNaN: true });
/** Doubling time, days: 1–100 spans fast head-and-neck regrowth to slow sarcoma-like kinetics. */
const doublingTime = fc.double({ min: 1, max: 100, noNaN: true });
/** Kick-off, days: 0 (from the start) to 60. */
const kickoffTime = fc.double({ min: 0, max: 60, noNaN: true });

describe('repopulationLogGain(overallTime, { doublingTime, kickoffTime })', () => {
  test('ln 2/T_d per day after kick-off: 39 d, T_d = 3, T_k = 21 gives 6 ln 2', () => {
    expect(repopulationLogGain(39, { doublingTime: 3, kickoffTime: 21 })).toBeCloseTo(6 * Math.LN2, 14);
  });

  test('is zero up to kick-off', () => {
    fc.assert(
      fc.property(kickoffTime, doublingTime, fc.double({ min: 0, max: 1, noNaN: true }), (tk, td, u) => {
        expect(repopulationLogGain(u * tk, { doublingTime: td, kickoffTime: tk })).toBe(0);
      }),
    );
  });

  test('never lowers survival: the gain is ≥ 0 and does not decrease with T', () => {
    fc.assert(
      fc.property(time, time, doublingTime, kickoffTime, (t1, t2, td, tk) => {
        const [early, late] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const p = { doublingTime: td, kickoffTime: tk };
        expect(repopulationLogGain(early, p)).toBeGreaterThanOrEqual(0);
        expect(repopulationLogGain(late, p)).toBeGreaterThanOrEqual(repopulationLogGain(early, p));
      }),
    );
  });

  test('NaN for NaN or out-of-domain input', () => {
    expect(repopulationLogGain(Number.NaN, { doublingTime: 3, kickoffTime: 21 })).toBeNaN();
    expect(repopulationLogGain(30, { doublingTime: Number.NaN, kickoffTime: 21 })).toBeNaN();
    expect(repopulationLogGain(30, { doublingTime: 3, kickoffTime: Number.NaN })).toBeNaN();
    expect(repopulationLogGain(-1, { doublingTime: 3, kickoffTime: 0 })).toBeNaN();
    expect(repopulationLogGain(30, { doublingTime: 0, kickoffTime: 0 })).toBeNaN();
    expect(repopulationLogGain(30, { doublingTime: 3, kickoffTime: -1 })).toBeNaN();
  });
});

describe('repopulationDosePerDay({ alpha, beta, doublingTime }, dosePerFraction)', () => {
  // The published values (Pedicini et al. 2014, 2015: 0.30 and 0.69 Gy/d) are reproductions: test/reproductions.
  test('uses the given dose per fraction: ln 2/(T_d(α + βd))', () => {
    expect(repopulationDosePerDay({ alpha: 0.3, beta: 0.03, doublingTime: 5 }, 6)).toBeCloseTo(Math.LN2 / (5 * 0.48), 14);
  });
  test('offsets one day of regrowth: D_prolif·(α + βd) = ln 2/T_d', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.2, noNaN: true }), doublingTime, (a, b, td) => {
        const perDay = repopulationDosePerDay({ alpha: a, beta: b, doublingTime: td });
        expect(perDay * (a + 2 * b)).toBeCloseTo(repopulationLogGain(1, { doublingTime: td, kickoffTime: 0 }), 12);
      }),
    );
  });
  test('NaN for NaN or out-of-domain input', () => {
    expect(repopulationDosePerDay({ alpha: Number.NaN, beta: 0.02, doublingTime: 3 })).toBeNaN();
    expect(repopulationDosePerDay({ alpha: 0.3, beta: Number.NaN, doublingTime: 3 })).toBeNaN();
    expect(repopulationDosePerDay({ alpha: 0.3, beta: 0.02, doublingTime: Number.NaN })).toBeNaN();
    expect(repopulationDosePerDay({ alpha: 0.3, beta: 0.02, doublingTime: 3 }, Number.NaN)).toBeNaN();
    expect(repopulationDosePerDay({ alpha: 0, beta: 0, doublingTime: 3 })).toBeNaN();
  });
});

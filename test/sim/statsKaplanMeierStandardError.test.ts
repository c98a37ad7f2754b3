import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { kaplanMeierStandardError } from '../../packages/sim/src/stats/kaplanMeierStandardError.js';

describe('kaplanMeierStandardError(group, bin): Greenwood', () => {
  test('a case worked by hand: 4 at risk, one event, one censored, then one event of 2', () => {
    // Bin 0: S = 3/4, V = 1/(4·3); one censored leaves 2 at risk; bin 1: S = 3/4 · 1/2 = 3/8, V += 1/(2·1) → 7/12.
    const group = { events: [1, 1], censored: [1, 0], atRiskStart: 4 };
    expect(kaplanMeierStandardError(group, 0)).toBeCloseTo((3 / 4) * Math.sqrt(1 / 12), 14);
    expect(kaplanMeierStandardError(group, 1)).toBeCloseTo((3 / 8) * Math.sqrt(7 / 12), 14);
  });

  test('without censoring it is the binomial SE √(S(1 − S)/n), however the events are spread over the bins', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5000 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (n, share) => {
        const failures = Math.min(n - 1, Math.max(1, Math.round(share * n)));
        const first = Math.floor(failures / 3);
        const survival = (n - failures) / n;
        const se = kaplanMeierStandardError({ events: [first, 0, failures - first], censored: [0, 0, 0], atRiskStart: n }, 2);
        expect(se).toBeCloseTo(Math.sqrt((survival * (1 - survival)) / n), 12);
      }),
    );
  });

  test('censoring before the events widens it: the same events among fewer followed patients', () => {
    const followed = kaplanMeierStandardError({ events: [0, 10], censored: [0, 0], atRiskStart: 100 }, 1);
    const censored = kaplanMeierStandardError({ events: [0, 10], censored: [40, 0], atRiskStart: 100 }, 1);
    expect(censored).toBeGreaterThan(followed);
    // 60 followed, 10 events: the binomial SE of S = 50/60 on 60 patients.
    expect(censored).toBeCloseTo(Math.sqrt(((50 / 60) * (10 / 60)) / 60), 14);
  });

  test('0 before any event and once everyone at risk has failed; NaN for invalid counts or a bin outside the range', () => {
    expect(kaplanMeierStandardError({ events: [0, 0, 1], censored: [3, 0, 0], atRiskStart: 10 }, 1)).toBe(0);
    expect(kaplanMeierStandardError({ events: [2, 3], censored: [0, 0], atRiskStart: 5 }, 1)).toBe(0);
    expect(kaplanMeierStandardError({ events: [3], censored: [0], atRiskStart: 2 }, 0)).toBeNaN();
    expect(kaplanMeierStandardError({ events: [1], censored: [0], atRiskStart: 5 }, 1)).toBeNaN();
  });
});

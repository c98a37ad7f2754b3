// timeBinCount: the follow-up bins always reach the horizon, so every followUp.at time (≤ years) has a value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeBinCount, timeBinDays } from '../../packages/sim/src/cohort/timeBins.js';
import { survivalAt } from '../../packages/sim/src/stats/survivalAt.js';

describe('timeBinCount(years)', () => {
  it('is 52 bins a year on whole, half and quarter years, the last bin partial otherwise', () => {
    expect([1, 2, 5, 0.5, 0.25, 15].map(timeBinCount)).toEqual([52, 104, 260, 26, 13, 780]);
    expect(timeBinCount(1 / 3)).toBe(18); // 17.33 bins
    expect(timeBinCount(1e-9)).toBe(1);
  });

  it('adds the partial bin a horizon a rounding error past a bin edge needs', () => {
    expect(timeBinCount(1.000000000001)).toBe(53);
    expect(timeBinCount(5.000000000001)).toBe(261);
  });

  it('reaches every time up to the horizon: the curve has a value at each, read as followUp.at is (52·t·w)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 100, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (years, share) => {
        const bins = timeBinCount(years);
        const curve = new Float64Array(bins).fill(0.5);
        for (const t of [years, years * share]) expect(survivalAt(curve, timeBinDays, 52 * t * timeBinDays)).not.toBeNaN();
        // Not one bin too many: the last bin starts before the horizon.
        expect(bins - 1).toBeLessThan(52 * years);
      }),
    );
  });

  it('is NaN outside its domain', () => {
    for (const years of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(timeBinCount(years)).toBeNaN();
  });
});

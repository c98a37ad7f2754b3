import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { kaplanMeierFromBins } from '../../packages/sim/src/stats/kaplanMeierFromBins.js';
import { kaplanMeierLogLogInterval } from '../../packages/sim/src/stats/kaplanMeierLogLogInterval.js';
import { wilsonInterval } from '../../packages/sim/src/stats/wilsonInterval.js';

/** Grouped Kaplan–Meier case and its log–log intervals (scripts/reference/competing_events.py, numpy, written per event). */
const { kaplanMeier } = JSON.parse(readFileSync(new URL('../fixtures/competing-events.json', import.meta.url), 'utf8')) as {
  kaplanMeier: { events: number[]; censored: number[]; atRiskStart: number; bins: ({ survival: number; ci95: [number, number] } | null)[] };
};

describe('kaplanMeierLogLogInterval(group, bin)', () => {
  test('matches the independent reference (Greenwood, log–log scale) in every bin, within 1e-12', () => {
    const curve = kaplanMeierFromBins(kaplanMeier.events, kaplanMeier.censored, kaplanMeier.atRiskStart);
    kaplanMeier.bins.forEach((expected, j) => {
      if (expected === null) throw new Error('every bin of the case follows an event');
      expect(curve[j]).toBeCloseTo(expected.survival, 14);
      const [lower, upper] = kaplanMeierLogLogInterval(kaplanMeier, j);
      expect(Math.abs(lower - expected.ci95[0])).toBeLessThan(1e-12);
      expect(Math.abs(upper - expected.ci95[1])).toBeLessThan(1e-12);
    });
  });

  test('without censoring Greenwood is the binomial variance: w = z√((1 − S)/(nS))/|ln S|', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5000 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (n, share) => {
        const failures = Math.min(n - 1, Math.max(1, Math.round(share * n)));
        const survival = (n - failures) / n;
        // Spread the failures over three bins: the product telescopes to (n − D)/n whatever the split.
        const first = Math.floor(failures / 3);
        const events = [first, 0, failures - first];
        const w = (1.959963984540054 * Math.sqrt((1 - survival) / (n * survival))) / -Math.log(survival);
        const [lower, upper] = kaplanMeierLogLogInterval({ events, censored: [0, 0, 0], atRiskStart: n }, 2);
        expect(lower).toBeCloseTo(survival ** Math.exp(w), 10);
        expect(upper).toBeCloseTo(survival ** Math.exp(-w), 10);
        expect(lower).toBeLessThanOrEqual(survival);
        expect(upper).toBeGreaterThanOrEqual(survival);
      }),
    );
  });

  test('before any event it is the Wilson interval of the patients at risk, all event-free; after everyone failed [0, 0]', () => {
    expect(kaplanMeierLogLogInterval({ events: [0, 0, 1], censored: [3, 0, 0], atRiskStart: 10 }, 1)).toEqual(wilsonInterval(7, 7));
    expect(kaplanMeierLogLogInterval({ events: [2, 3], censored: [0, 0], atRiskStart: 5 }, 1)).toEqual([0, 0]);
  });

  test('invalid counts or a bin outside the range give [NaN, NaN]', () => {
    expect(kaplanMeierLogLogInterval({ events: [3], censored: [0], atRiskStart: 2 }, 0)).toEqual([NaN, NaN]);
    expect(kaplanMeierLogLogInterval({ events: [1], censored: [0], atRiskStart: 5 }, 1)).toEqual([NaN, NaN]);
    expect(kaplanMeierLogLogInterval({ events: [1], censored: [0], atRiskStart: 5 }, -1)).toEqual([NaN, NaN]);
  });
});

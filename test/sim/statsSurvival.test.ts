import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { GroupedSurvival } from '../../packages/sim/src/stats/GroupedSurvival.js';
import { kaplanMeierFromBins } from '../../packages/sim/src/stats/kaplanMeierFromBins.js';
import { logRankTest } from '../../packages/sim/src/stats/logRankTest.js';
import { survivalAt } from '../../packages/sim/src/stats/survivalAt.js';
import { mercaptopurine, placebo } from './freireichLeukaemia.js';

// Grouped survival data with up to 40 bins and 2000 patients; each bin fails and censors a random share
// of those still at risk (shares up to 0.5 so that curves reach zero now and then).
const groupedSurvival = (bins: number): fc.Arbitrary<GroupedSurvival> =>
  fc
    .record({
      atRiskStart: fc.integer({ min: 0, max: 2000 }),
      shares: fc.array(fc.tuple(fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0, max: 0.3, noNaN: true })), {
        minLength: bins,
        maxLength: bins,
      }),
    })
    .map(({ atRiskStart, shares }) => {
      const events: number[] = [];
      const censored: number[] = [];
      let atRisk = atRiskStart;
      for (const [failing, leaving] of shares) {
        const d = Math.floor(failing * atRisk);
        const c = Math.floor(leaving * (atRisk - d));
        events.push(d);
        censored.push(c);
        atRisk -= d + c;
      }
      return { events, censored, atRiskStart };
    });
const binCount = fc.integer({ min: 1, max: 40 });

describe('kaplanMeierFromBins(events, censored, atRiskStart)', () => {
  test('reproduces the 6-MP product-limit estimates of the Freireich trial', () => {
    // Kleinbaum DG, Klein M (2012) Survival Analysis: A Self-Learning Text, 3rd ed., ch. 2 (6-MP group):
    // S(6) = 0.8571, S(7) = 0.8067, S(10) = 0.7529, S(13) = 0.6902, S(16) = 0.6275, S(22) = 0.5378,
    // S(23) = 0.4482 (products 18/21·16/17·14/15·11/12·10/11·6/7·5/6).
    const curve = kaplanMeierFromBins(mercaptopurine.events, mercaptopurine.censored, mercaptopurine.atRiskStart);
    const expected: [number, number][] = [[6, 18 / 21], [7, (18 / 21) * (16 / 17)], [10, 0.7529], [13, 0.6902],
      [16, 0.6275], [22, 0.5378], [23, 0.4482]];
    for (const [week, survival] of expected) expect(curve[week - 1]).toBeCloseTo(survival, 4);
    expect(curve[34]).toBeCloseTo(0.4482, 4);
  });

  test('with only administrative censoring equals 1 − cumulative failures/n, to the last bit', () => {
    const events = [3, 0, 7, 1, 12, 0, 5];
    const censored = [0, 0, 0, 0, 0, 0, 90];
    const curve = kaplanMeierFromBins(events, censored, 118);
    let failed = 0;
    events.forEach((d, j) => {
      failed += d;
      expect(curve[j]).toBe((118 - failed) / 118);
    });
  });

  test('carries the last value forward once nobody is at risk, and is 1 for an empty group', () => {
    expect(Array.from(kaplanMeierFromBins([1, 0, 0], [1, 0, 0], 4))).toEqual([0.75, 0.75, 0.75]);
    expect(Array.from(kaplanMeierFromBins([1, 0], [1, 0], 2))).toEqual([0.5, 0.5]);
    expect(Array.from(kaplanMeierFromBins([2, 0], [0, 0], 2))).toEqual([0, 0]);
    expect(Array.from(kaplanMeierFromBins([0, 0], [0, 0], 0))).toEqual([1, 1]);
  });

  test('returns all NaN for inconsistent counts', () => {
    for (const [events, censored, n] of [
      [[1, 2], [0], 10], [[5, 6], [0, 0], 10], [[-1, 0], [0, 0], 10], [[1.5, 0], [0, 0], 10],
      [[1, 0], [0, 0], NaN], [[1, 0], [0, 0], -1], [[NaN, 0], [0, 0], 10],
    ] as [number[], number[], number][]) {
      expect(Array.from(kaplanMeierFromBins(events, censored, n)).every(Number.isNaN)).toBe(true);
    }
  });

  test('the curve is non-increasing and stays in [0, 1]', () => {
    fc.assert(
      fc.property(binCount.chain(groupedSurvival), ({ events, censored, atRiskStart }) => {
        const curve = kaplanMeierFromBins(events, censored, atRiskStart);
        let previous = 1;
        for (const s of curve) {
          expect(s >= 0 && s <= previous).toBe(true);
          previous = s;
        }
      }),
    );
  });
});

describe('survivalAt(curve, binWidthDays, day)', () => {
  const curve = [0.9, 0.8, 0.5];
  test('is the right-continuous step function with steps at the bin ends', () => {
    expect(survivalAt(curve, 30, 0)).toBe(1);
    expect(survivalAt(curve, 30, 29.9)).toBe(1);
    expect(survivalAt(curve, 30, 30)).toBe(0.9);
    expect(survivalAt(curve, 30, 59)).toBe(0.9);
    expect(survivalAt(curve, 30, 60)).toBe(0.8);
    expect(survivalAt(curve, 30, 90)).toBe(0.5);
  });
  test('is NaN beyond the follow-up horizon and outside the domain', () => {
    for (const [width, day] of [[30, 90.5], [30, -1], [0, 10], [NaN, 10], [30, NaN], [Infinity, 10]]) {
      expect(survivalAt(curve, width, day)).toBeNaN();
    }
  });
});

describe('logRankTest(groupA, groupB)', () => {
  test('reproduces the log-rank test of the Freireich 6-MP trial', () => {
    // Kleinbaum & Klein (2012) ch. 2: O₁ = 9, E₁ = 19.25, Var(O₂ − E₂) = 6.2570, log-rank statistic 16.79;
    // R survival::survdiff gives p = 4.17e-5. Exact rationals (scripts/reference/sim_stats.py approach):
    // E₁ = 19.250500948031…, V = 6.256960573675…, χ² = 16.792940989216…
    const result = logRankTest(mercaptopurine, placebo);
    expect(result.observedA).toBe(9);
    expect(result.expectedA).toBeCloseTo(19.25050094803113, 12);
    expect(result.variance).toBeCloseTo(6.2569605736755, 12);
    expect(result.statistic).toBeCloseTo(16.792940989216532, 11);
    expect(result.pValue / 4.16880910933455e-5).toBeCloseTo(1, 9);
  });

  // Changed deliberately: p = 1 here read as "no difference found" where no test is possible (audit F5).
  test('gives statistic and p NaN (no test) without informative bins', () => {
    const none = { events: [0, 0], censored: [0, 0], atRiskStart: 10 };
    expect(logRankTest(none, none)).toEqual({ statistic: NaN, pValue: NaN, observedA: 0, expectedA: 0, variance: 0 });
    const empty = { events: [0, 0], censored: [0, 0], atRiskStart: 0 };
    expect(logRankTest({ events: [3, 1], censored: [0, 0], atRiskStart: 5 }, empty).pValue).toBeNaN();
  });

  test('returns NaN for unequal bin counts or invalid counts', () => {
    const a = { events: [1, 2], censored: [0, 0], atRiskStart: 10 };
    expect(logRankTest(a, { events: [1], censored: [0], atRiskStart: 10 }).statistic).toBeNaN();
    expect(logRankTest(a, { events: [1, 20], censored: [0, 0], atRiskStart: 10 }).pValue).toBeNaN();
  });

  test('the statistic is 0 (p = 1) for identical groups, NaN (no test) when no bin is informative', () => {
    fc.assert(
      fc.property(binCount.chain(groupedSurvival), (group) => {
        const result = logRankTest(group, group);
        // Changed deliberately (audit F5): without an informative bin (V = 0) there is no test, not p = 1.
        expect([result.statistic, result.pValue]).toEqual(result.variance > 0 ? [0, 1] : [NaN, NaN]);
      }),
    );
  });

  test('swapping the groups leaves statistic and p unchanged and turns O_A − E_A into O_B − E_B', () => {
    fc.assert(
      fc.property(
        binCount.chain((bins) => fc.tuple(groupedSurvival(bins), groupedSurvival(bins))),
        ([a, b]) => {
          const ab = logRankTest(a, b);
          const ba = logRankTest(b, a);
          expect(ba.statistic).toBe(ab.statistic);
          expect(ba.pValue).toBe(ab.pValue);
          const failures = [...Array.from(a.events), ...Array.from(b.events)].reduce((s, d) => s + d, 0);
          expect(ab.observedA + ba.observedA).toBe(failures);
          expect(Math.abs(ab.expectedA + ba.expectedA - failures)).toBeLessThanOrEqual(1e-9 * Math.max(1, failures));
          expect(ab.variance > 0 ? ab.pValue >= 0 && ab.pValue <= 1 : Number.isNaN(ab.pValue)).toBe(true);
        },
      ),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CompetingRiskBins } from '../../packages/sim/src/stats/CompetingRiskBins.js';
import { competingRiskBinsProblem } from '../../packages/sim/src/stats/CompetingRiskBins.js';
import { coxHazardRatio } from '../../packages/sim/src/stats/coxHazardRatio.js';
import { cumulativeIncidenceFromBins } from '../../packages/sim/src/stats/cumulativeIncidenceFromBins.js';
import type { GroupedSurvival } from '../../packages/sim/src/stats/GroupedSurvival.js';
import { kaplanMeierFromBins } from '../../packages/sim/src/stats/kaplanMeierFromBins.js';
import { petoHazardRatio } from '../../packages/sim/src/stats/petoHazardRatio.js';
import { requiredEvents } from '../../packages/sim/src/stats/requiredEvents.js';
import { restrictedMeanDifference } from '../../packages/sim/src/stats/restrictedMeanDifference.js';
import { restrictedMeanSurvival } from '../../packages/sim/src/stats/restrictedMeanSurvival.js';
import { timeToEventSampleSize } from '../../packages/sim/src/stats/timeToEventSampleSize.js';
import { mercaptopurine, placebo } from './freireichLeukaemia.js';

const oneCause = (group: GroupedSurvival): CompetingRiskBins => ({ events: [group.events], censored: group.censored, atRiskStart: group.atRiskStart });
const pooled = (bins: CompetingRiskBins): number[] =>
  Array.from(bins.censored, (_, j) => bins.events.reduce((sum, cause) => sum + cause[j], 0));

// Competing-risk counts with 1–4 causes, up to 30 bins and 0–3000 patients: each bin removes a random share of those
// at risk by each cause (shares summing to at most 0.6, so curves reach 0 now and then) and censors a share of the
// rest (up to 0.3, or none when `censoring` is false).
const competingRiskBins = (censoring = true): fc.Arbitrary<CompetingRiskBins> =>
  fc
    .record({
      atRiskStart: fc.integer({ min: 0, max: 3000 }),
      causes: fc.integer({ min: 1, max: 4 }),
      bins: fc.integer({ min: 1, max: 30 }),
      seedShares: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 150, maxLength: 150 }),
    })
    .map(({ atRiskStart, causes, bins, seedShares }) => {
      const events = Array.from({ length: causes }, () => new Array<number>(bins).fill(0));
      const censored = new Array<number>(bins).fill(0);
      let atRisk = atRiskStart;
      let next = 0;
      const share = (): number => seedShares[next++ % seedShares.length];
      for (let j = 0; j < bins; j++) {
        let left = atRisk;
        for (let k = 0; k < causes; k++) {
          const d = Math.floor(((0.6 * share()) / causes) * atRisk);
          events[k][j] = d;
          left -= d;
        }
        censored[j] = censoring ? Math.floor(0.3 * share() * left) : 0;
        atRisk = left - censored[j];
      }
      return { events, censored, atRiskStart };
    });
const asGroup = (bins: CompetingRiskBins): GroupedSurvival => ({ events: pooled(bins), censored: bins.censored, atRiskStart: bins.atRiskStart });

/** Two groups cut to the shorter follow-up: a prefix of valid counts is valid. */
function commonFollowUp(first: CompetingRiskBins, second: CompetingRiskBins): [GroupedSurvival, GroupedSurvival] {
  const bins = Math.min(first.censored.length, second.censored.length);
  const prefix = (group: GroupedSurvival): GroupedSurvival =>
    ({ events: Array.from(group.events).slice(0, bins), censored: Array.from(group.censored).slice(0, bins), atRiskStart: group.atRiskStart });
  return [prefix(asGroup(first)), prefix(asGroup(second))];
}

describe('cumulativeIncidenceFromBins(bins, confidence)', () => {
  test('with one cause is 1 − Kaplan–Meier, with the Greenwood standard errors R prints for the 6-MP arm', () => {
    // R survival::survfit on the Freireich 6-MP arm (Greenwood): S(6, 7, 10, 13, 16, 22, 23) = 0.857, 0.807, 0.753,
    // 0.690, 0.627, 0.538, 0.448 with std.err 0.0764, 0.0869, 0.0963, 0.1068, 0.1141, 0.1282, 0.1346.
    const { causes, eventFree } = cumulativeIncidenceFromBins(oneCause(mercaptopurine));
    const expected: [week: number, survival: number, se: number][] = [[6, 0.857, 0.0764], [7, 0.807, 0.0869],
      [10, 0.753, 0.0963], [13, 0.69, 0.1068], [16, 0.627, 0.1141], [22, 0.538, 0.1282], [23, 0.448, 0.1346]];
    for (const [week, survival, se] of expected) {
      expect(1 - causes[0].incidence[week - 1]).toBeCloseTo(survival, 3);
      expect(eventFree[week - 1]).toBeCloseTo(survival, 3);
      expect(causes[0].standardError[week - 1]).toBeCloseTo(se, 4);
    }
  });

  test('reproduces a hand-computed two-cause example with censoring', () => {
    // n₀ = 10. Bin 0: one event of each cause, 2 censored → S₀ = 8/10, F₁ = F₂ = 1/10, 6 at risk.
    // Bin 1: 2 of cause 1 → F₁ = 1/10 + (8/10)(2/6) = 11/30, S₁ = (8/10)(4/6) = 8/15, 4 at risk.
    // Bin 2: 1 of cause 2 → F₂ = 1/10 + (8/15)(1/4) = 7/30, S₂ = (8/15)(3/4) = 2/5; 11/30 + 7/30 + 2/5 = 1.
    const { causes, eventFree } = cumulativeIncidenceFromBins({ events: [[1, 2, 0], [1, 0, 1]], censored: [2, 0, 0], atRiskStart: 10 });
    expect(Array.from(causes[0].incidence)).toEqual([0.1, 11 / 30, 11 / 30].map((x) => expect.closeTo(x, 15)));
    expect(Array.from(causes[1].incidence)).toEqual([0.1, 0.1, 7 / 30].map((x) => expect.closeTo(x, 15)));
    expect(Array.from(eventFree)).toEqual([0.8, 8 / 15, 0.4].map((x) => expect.closeTo(x, 15)));
    // Bin 0 alone is a multinomial with n = 10: Var F₁ = (1/10)(9/10)/10.
    expect(causes[0].standardError[0]).toBeCloseTo(Math.sqrt(0.009), 15);
  });

  test('all causes plus event-free survival sum to 1 at every bin', () => {
    fc.assert(
      fc.property(competingRiskBins(), (bins) => {
        const { causes, eventFree } = cumulativeIncidenceFromBins(bins);
        eventFree.forEach((s, j) => {
          const total = causes.reduce((sum, cause) => sum + cause.incidence[j], s);
          expect(Math.abs(total - 1)).toBeLessThanOrEqual(1e-13);
        });
      }),
    );
  });

  test('event-free survival is Kaplan–Meier on the pooled events, bit for bit', () => {
    fc.assert(
      fc.property(competingRiskBins(), (bins) => {
        const km = kaplanMeierFromBins(pooled(bins), bins.censored, bins.atRiskStart);
        expect(Array.from(cumulativeIncidenceFromBins(bins).eventFree)).toEqual(Array.from(km));
      }),
    );
  });

  test('with one cause the incidence is 1 − Kaplan–Meier', () => {
    fc.assert(
      fc.property(competingRiskBins(), (bins) => {
        const single = { ...bins, events: [pooled(bins)] };
        const km = kaplanMeierFromBins(single.events[0], bins.censored, bins.atRiskStart);
        cumulativeIncidenceFromBins(single).causes[0].incidence.forEach((f, j) => expect(Math.abs(f - (1 - km[j]))).toBeLessThanOrEqual(1e-15));
      }),
    );
  });

  test('without censoring equals the crude proportions bit for bit, with binomial variance F(1 − F)/n₀', () => {
    fc.assert(
      fc.property(competingRiskBins(false), (bins) => {
        const { causes } = cumulativeIncidenceFromBins(bins);
        bins.events.forEach((cause, k) => {
          let cumulative = 0;
          for (let j = 0; j < cause.length; j++) {
            cumulative += cause[j];
            const crude = bins.atRiskStart > 0 ? cumulative / bins.atRiskStart : 0;
            expect(causes[k].incidence[j]).toBe(crude);
            const binomial = bins.atRiskStart > 0 ? Math.sqrt((crude * (1 - crude)) / bins.atRiskStart) : 0;
            expect(Math.abs(causes[k].standardError[j] - binomial)).toBeLessThanOrEqual(1e-9 * binomial + 1e-15);
          }
        });
      }),
    );
  });

  test('incidence is non-decreasing in [0, 1] and inside its interval, which stays in [0, 1]', () => {
    fc.assert(
      fc.property(competingRiskBins(), fc.double({ min: 0.5, max: 0.999, noNaN: true }), (bins, confidence) => {
        for (const { incidence, lower, upper, standardError } of cumulativeIncidenceFromBins(bins, confidence).causes) {
          let previous = 0;
          incidence.forEach((f, j) => {
            expect(f >= previous && f <= 1).toBe(true);
            expect(standardError[j] >= 0).toBe(true);
            expect(lower[j] >= 0 && lower[j] <= f && f <= upper[j] && upper[j] <= 1).toBe(true);
            previous = f;
          });
        }
      }),
    );
  });

  test('relabelling the causes permutes the results bit for bit', () => {
    fc.assert(
      fc.property(competingRiskBins(), (bins) => {
        const reversed = cumulativeIncidenceFromBins({ ...bins, events: [...bins.events].reverse() });
        const original = cumulativeIncidenceFromBins(bins);
        expect(reversed.causes.map((cause) => Array.from(cause.standardError)).reverse())
          .toEqual(original.causes.map((cause) => Array.from(cause.standardError)));
        expect(reversed.causes.map((cause) => Array.from(cause.incidence)).reverse())
          .toEqual(original.causes.map((cause) => Array.from(cause.incidence)));
      }),
    );
  });

  test('reads each group of a flat arm × stratum × cause × bin array through subarray views, as from plain arrays', () => {
    fc.assert(
      fc.property(fc.array(competingRiskBins(), { minLength: 4, maxLength: 4 }), (groups) => {
        // 2 arms × 2 strata; every group cut to the same causes and bins (a prefix of valid counts is valid).
        const causes = Math.min(...groups.map((group) => group.events.length));
        const bins = Math.min(...groups.map((group) => group.censored.length));
        const plain = groups.map((group) => ({ events: group.events.slice(0, causes).map((cause) => Array.from(cause).slice(0, bins)),
          censored: Array.from(group.censored).slice(0, bins), atRiskStart: group.atRiskStart }));
        const events = new Int32Array(4 * causes * bins);
        const censored = new Int32Array(4 * bins);
        plain.forEach((group, g) => {
          group.events.forEach((cause, k) => events.set(cause, (g * causes + k) * bins));
          censored.set(group.censored, g * bins);
        });
        plain.forEach((group, g) => {
          const view = { events: Array.from({ length: causes }, (_, k) => events.subarray((g * causes + k) * bins, (g * causes + k + 1) * bins)),
            censored: censored.subarray(g * bins, (g + 1) * bins), atRiskStart: group.atRiskStart };
          expect(cumulativeIncidenceFromBins(view)).toEqual(cumulativeIncidenceFromBins(group));
        });
      }),
      { numRuns: 30 },
    );
  });

  test('is all NaN for invalid counts, and competingRiskBinsProblem says where and why', () => {
    const cases: [CompetingRiskBins, string][] = [
      [{ events: [], censored: [0], atRiskStart: 5 }, 'events: at least one cause'],
      [{ events: [[1, 0], [0]], censored: [0, 0], atRiskStart: 5 }, 'events[1]: 1 bins, but censored has 2'],
      [{ events: [[1, 0.5]], censored: [0, 0], atRiskStart: 5 }, 'events[0][1]: 0.5 is not a non-negative integer'],
      [{ events: [[1, 0]], censored: [-1, 0], atRiskStart: 5 }, 'censored[0]: -1 is not a non-negative integer'],
      [{ events: [[3, 0], [2, 0]], censored: [1, 0], atRiskStart: 5 }, 'bin 0: 6 patients leave (events + censored) but only 5 are at risk'],
      [{ events: [[0]], censored: [0], atRiskStart: NaN }, 'atRiskStart: NaN is not a non-negative integer'],
    ];
    for (const [bins, message] of cases) {
      expect(competingRiskBinsProblem(bins)).toContain(message);
      const result = cumulativeIncidenceFromBins(bins);
      expect([...result.eventFree, ...result.causes.flatMap((cause) => [...cause.incidence, ...cause.upper])].every(Number.isNaN)).toBe(true);
    }
    expect(competingRiskBinsProblem({ events: [[1, 0]], censored: [0, 4], atRiskStart: 5 })).toBeUndefined();
    expect(Array.from(cumulativeIncidenceFromBins({ events: [[1]], censored: [0], atRiskStart: 5 }, 1).eventFree)).toEqual([NaN]);
  });
});

describe('restrictedMeanSurvival(group, binWidthDays, tauDays)', () => {
  test('integrates the 6-MP Kaplan–Meier curve to 35 weeks', () => {
    // Area under the Freireich 6-MP product-limit curve on [0, 35], by hand in exact rationals:
    // 6 + 18/21 + 3·(18/21)(16/17) + … = 13856/595 = 23.2874 weeks (R survival prints rmean 23.287).
    const result = restrictedMeanSurvival(mercaptopurine, 1, 35);
    expect(result.estimate).toBeCloseTo(13856 / 595, 12);
    expect(result.lower < result.estimate && result.estimate < result.upper).toBe(true);
  });

  test('is τ exactly, with standard error 0, when nobody fails', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 60 }), fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0.1, max: 30, noNaN: true }), (n, bins, share, width) => {
          const group = { events: new Array<number>(bins).fill(0), censored: new Array<number>(bins).fill(0), atRiskStart: n };
          group.censored[0] = Math.floor(n / 3);
          const tau = share * bins * width;
          // Changed deliberately (audit F5): with fewer than 2 patients the interval is not defined (NaN), not [τ, τ].
          const spread = n < 2 ? NaN : 0;
          expect(restrictedMeanSurvival(group, width, tau)).toEqual({ estimate: tau, standardError: spread, lower: tau + spread, upper: tau + spread });
        }),
    );
  });

  test('without censoring is the mean of min(T, τ), with variance (mean of squares − square of mean)/n', () => {
    fc.assert(
      fc.property(competingRiskBins(false), fc.double({ min: 0.05, max: 1, noNaN: true }), (bins, share) => {
        // One patient has no standard error (NaN, test/sim/smallSampleIntervals.test.ts): the identity needs 2.
        fc.pre(bins.atRiskStart > 1);
        const group = asGroup(bins);
        const width = 365.25 / 52;
        const tau = share * group.events.length * width;
        // Two passes over the patients' min(T, τ) (a one-pass Σx² − n·mean² would cancel for small variances).
        const times: [count: number, time: number][] = Array.from(group.events, (d, j) => [d, Math.min((j + 1) * width, tau)]);
        times.push([bins.atRiskStart - times.reduce((total, [d]) => total + d, 0), tau]);
        const mean = times.reduce((total, [d, time]) => total + d * time, 0) / bins.atRiskStart;
        const variance = times.reduce((total, [d, time]) => total + d * (time - mean) ** 2, 0) / bins.atRiskStart / bins.atRiskStart;
        const result = restrictedMeanSurvival(group, width, tau);
        expect(Math.abs(result.estimate - mean)).toBeLessThanOrEqual(1e-12 * tau);
        expect(Math.abs(result.standardError - Math.sqrt(variance))).toBeLessThanOrEqual(1e-9 * Math.sqrt(variance) + 1e-12 * tau);
      }),
    );
  });

  test('lies in [0, τ] and grows with τ by at most the τ added', () => {
    fc.assert(
      fc.property(competingRiskBins(), fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }), (bins, a, b) => {
        const group = asGroup(bins);
        const horizon = group.events.length * 7;
        const [shorter, longer] = [Math.min(a, b) * horizon, Math.max(a, b) * horizon];
        const first = restrictedMeanSurvival(group, 7, shorter).estimate;
        const second = restrictedMeanSurvival(group, 7, longer).estimate;
        expect(first >= 0 && first <= shorter).toBe(true);
        expect(second >= first - 1e-12 * horizon && second - first <= longer - shorter + 1e-12 * horizon).toBe(true);
      }),
    );
  });

  test('is NaN beyond the follow-up, for τ ≤ 0, a bad bin width or invalid counts', () => {
    const group = { events: [1, 0], censored: [0, 0], atRiskStart: 4 };
    for (const [width, tau] of [[7, 14.5], [7, 0], [7, -1], [0, 5], [NaN, 5], [7, NaN]]) {
      expect(restrictedMeanSurvival(group, width, tau).estimate).toBeNaN();
    }
    expect(restrictedMeanSurvival({ events: [5, 0], censored: [0, 0], atRiskStart: 4 }, 7, 7).standardError).toBeNaN();
  });
});

describe('restrictedMeanDifference(armA, armB, options)', () => {
  test('of independent arms adds the variances; the covariance of paired arms narrows it', () => {
    const a = restrictedMeanSurvival(mercaptopurine, 1, 23);
    const b = restrictedMeanSurvival(placebo, 1, 23);
    const independent = restrictedMeanDifference(a, b);
    expect(independent.difference).toBe(a.estimate - b.estimate);
    expect(independent.standardError).toBeCloseTo(Math.hypot(a.standardError, b.standardError), 14);
    expect(independent.upper - independent.difference).toBeCloseTo(1.959963984540054 * independent.standardError, 12);
    const paired = restrictedMeanDifference(a, b, { covarianceDaysSquared: 0.5 * a.standardError * b.standardError });
    expect(paired.standardError < independent.standardError).toBe(true);
    // An arm against itself: difference 0, and with Cov = Var the variance is exactly 0.
    expect(restrictedMeanDifference(a, a, { covarianceDaysSquared: a.standardError ** 2 }).standardError).toBe(0);
    expect(restrictedMeanDifference(a, b, { covarianceDaysSquared: 10 * a.standardError * b.standardError }).difference).toBeNaN();
  });
});

describe('petoHazardRatio(groupA, groupB)', () => {
  test('reproduces Peto\'s estimate from the log-rank sums of the Freireich trial', () => {
    // Kleinbaum & Klein (2012) ch. 2: O = 9, E = 19.25, V = 6.2570 for the 6-MP arm, so
    // HR = exp(−10.25/6.257) = 0.1943, 95% interval exp(−1.638 ± 1.96/√6.257) = 0.0887 to 0.4254.
    const result = petoHazardRatio(mercaptopurine, placebo);
    expect(result.hazardRatio).toBeCloseTo(0.1943, 3);
    expect(result.lower).toBeCloseTo(0.0887, 3);
    expect(result.upper).toBeCloseTo(0.4254, 3);
    expect(result.standardError).toBeCloseTo(1 / Math.sqrt(6.257), 4);
  });

  test('is exactly 1 for identical arms, and swapping the arms negates ln HR', () => {
    fc.assert(
      fc.property(competingRiskBins(), competingRiskBins(), (first, second) => {
        const [a, b] = commonFollowUp(first, second);
        const same = petoHazardRatio(a, a);
        if (!Number.isNaN(same.hazardRatio)) expect([same.hazardRatio, same.logHazardRatio]).toEqual([1, 0]);
        const forward = petoHazardRatio(a, b);
        const backward = petoHazardRatio(b, a);
        if (Number.isNaN(forward.hazardRatio)) return;
        // Compared in log space: with a tiny V (2 at risk against 1418) ln HR reaches ~710 and HR overflows.
        const scale = Math.abs(forward.logHazardRatio) + 1;
        expect(Math.abs(forward.logHazardRatio + backward.logHazardRatio)).toBeLessThanOrEqual(1e-12 * scale);
        expect(forward.lower <= forward.hazardRatio && forward.hazardRatio <= forward.upper).toBe(true);
      }),
    );
  });

  test('is NaN when no bin is informative or the counts are invalid', () => {
    const none = { events: [0, 0], censored: [0, 0], atRiskStart: 10 };
    expect(petoHazardRatio(none, none).hazardRatio).toBeNaN();
    expect(petoHazardRatio(none, { events: [11, 0], censored: [0, 0], atRiskStart: 10 }).hazardRatio).toBeNaN();
    expect(petoHazardRatio(mercaptopurine, placebo, 1).lower).toBeNaN();
  });
});

describe('coxHazardRatio(groupA, groupB)', () => {
  test('solves a two-bin example by hand: HR = √2, information 6√2 − 8', () => {
    // A: 2 at risk, one fails in bin 0, the other is censored after bin 1. B: 2 at risk, one fails in bin 1, the other
    // censored after it. With r = e^β: U = [1 − 2r/(2r + 2)] − r/(r + 2) = (2 − r²)/((r + 1)(r + 2)) = 0 at r = √2;
    // I = r/(r + 1)² + 2r/(r + 2)², both terms 3√2 − 4 at r = √2. One failure per bin: Efron = Breslow = exact.
    const result = coxHazardRatio({ events: [1, 0], censored: [0, 1], atRiskStart: 2 }, { events: [0, 1], censored: [0, 1], atRiskStart: 2 });
    expect(result.hazardRatio).toBeCloseTo(Math.SQRT2, 14);
    expect(result.standardError).toBeCloseTo(1 / Math.sqrt(6 * Math.SQRT2 - 8), 13);
    expect(result.lower).toBeCloseTo(Math.SQRT2 * Math.exp(-1.959963984540054 / Math.sqrt(6 * Math.SQRT2 - 8)), 13);
    expect(result.notEstimable).toBeNull();
  });

  test('splits tied failures by Efron\'s rule: one bin, A 1 of 2 and B 1 of 1 fail, HR = 1/√6 (Breslow would give 1/2)', () => {
    // Efron: the first tied failure sees 2r/(2r + 1), the second (3/2)r/((3/2)r + 1/2) = 3r/(3r + 1);
    // U = 1 − 2r/(2r + 1) − 3r/(3r + 1) = (1 − 6r²)/((2r + 1)(3r + 1)) = 0 at r = 1/√6, and both information terms
    // equal 6r/(5 + 12r), so I = 12r/(5 + 12r) = 10√6 − 24. Breslow: U = 1 − 2·2r/(2r + 1) = 0 at r = 1/2.
    const result = coxHazardRatio({ events: [1], censored: [1], atRiskStart: 2 }, { events: [1], censored: [0], atRiskStart: 1 });
    expect(result.hazardRatio).toBeCloseTo(1 / Math.sqrt(6), 14);
    expect(result.standardError).toBeCloseTo(1 / Math.sqrt(10 * Math.sqrt(6) - 24), 12);
  });

  test('reproduces R\'s coxph (Efron ties) on the Freireich (Gehan) leukaemia trial', () => {
    // Venables & Ripley (2002) MASS, 4th ed., §13.3: coxph(Surv(time, cens) ~ treat, gehan) gives placebo against 6-MP
    // coef 1.572, exp(coef) 4.817, se 0.412; Peto's one-step 0.194 is further from 1 than Cox's 1/4.817 = 0.2076.
    const result = coxHazardRatio(placebo, mercaptopurine);
    expect(result.logHazardRatio).toBeCloseTo(1.572, 3);
    expect(result.hazardRatio).toBeCloseTo(4.817, 3);
    expect(result.standardError).toBeCloseTo(0.412, 3);
    expect(coxHazardRatio(mercaptopurine, placebo).hazardRatio).toBeCloseTo(1 / 4.817, 4);
  });

  test('is exactly 1 for identical arms, converges within 40 steps, and swapping the arms negates ln HR', () => {
    fc.assert(
      fc.property(competingRiskBins(), competingRiskBins(), (first, second) => {
        const [a, b] = commonFollowUp(first, second);
        const same = coxHazardRatio(a, a);
        if (same.notEstimable === null) expect([same.hazardRatio, same.logHazardRatio]).toEqual([1, 0]);
        const forward = coxHazardRatio(a, b);
        const backward = coxHazardRatio(b, a);
        expect(forward.notEstimable).not.toBe('not-converged');
        if (forward.notEstimable !== null) {
          expect(forward.hazardRatio).toBeNaN();
          return;
        }
        // 3 to 6 steps on balanced data; up to about 25 on extreme ones (2 patients against 2569, 1444 failures).
        expect(forward.iterations).toBeLessThanOrEqual(40);
        // The root is as precise as the score sums (rounding ~1e-16 × failures) over the information: 1e-10 covers
        // 3 patients with 2 failures against 1907 with 1601 (information 2, ln HR −0.09 within 2e-12).
        expect(Math.abs(forward.logHazardRatio + backward.logHazardRatio)).toBeLessThanOrEqual(1e-10 * (Math.abs(forward.logHazardRatio) + 1));
        expect(forward.lower < forward.hazardRatio && forward.hazardRatio < forward.upper).toBe(true);
      }),
    );
  });

  test('gives no estimate, and says why, when the maximum is not finite or the input is invalid', () => {
    const none = { events: [0, 0], censored: [0, 0], atRiskStart: 10 };
    const some = { events: [3, 1], censored: [0, 0], atRiskStart: 10 };
    expect(coxHazardRatio(none, none)).toMatchObject({ hazardRatio: NaN, lower: NaN, upper: NaN, notEstimable: 'no-events' });
    // One arm without events: the likelihood rises towards HR = 0 (or ∞); Peto's one-step would print a finite number.
    expect(coxHazardRatio(none, some)).toMatchObject({ hazardRatio: NaN, notEstimable: 'no-events-in-a' });
    expect(coxHazardRatio(some, none)).toMatchObject({ hazardRatio: NaN, notEstimable: 'no-events-in-b' });
    expect(Number.isFinite(petoHazardRatio(none, some).hazardRatio)).toBe(true);
    // B's failures all come after A has nobody left at risk: no information on HR from them.
    const early = { events: [2, 0], censored: [0, 0], atRiskStart: 2 };
    const late = { events: [0, 2], censored: [0, 0], atRiskStart: 4 };
    expect(coxHazardRatio(early, late).notEstimable).toBe('no-events-in-b');
    expect(coxHazardRatio(none, { events: [11, 0], censored: [0, 0], atRiskStart: 10 }).notEstimable).toBe('invalid-input');
    expect(coxHazardRatio(mercaptopurine, placebo, 1).notEstimable).toBe('invalid-input');
  });

  test('finds the maximum without overflow when the hazard ratio is extreme', () => {
    // One failure among 2 patients against 1418 without failure in bin 0, then one failure in B in bin 1: the
    // estimate is large (the Peto one-step gives ln HR ≈ 710, clamped to 20 as the start) but finite, found in a
    // handful of safeguarded Newton steps.
    const result = coxHazardRatio({ events: [1, 0], censored: [0, 0], atRiskStart: 2 }, { events: [0, 1], censored: [0, 0], atRiskStart: 1418 });
    expect(result.notEstimable).toBeNull();
    expect(Number.isFinite(result.logHazardRatio) && result.logHazardRatio > 5).toBe(true);
    expect(result.iterations).toBeLessThanOrEqual(10);
  });

  test('converges in a few steps however unequal the arms: one patient against 10⁶ to 10¹⁴', () => {
    // A: 1 patient fails in bin 1. B: N patients, one fails in bin 0, one in bin 1. With r = HR, Efron's score is
    // U = 1 − r/(r + N) − r/(r + N − 1) − (r/2)/(r/2 + N − 3/2); for large N, r = cN with 2c/(c + 1) + c/(c + 2) = 1,
    // i.e. c² + c − 1 = 0, c = (√5 − 1)/2. Peto's one-step start lies far out; clamped, a few steps reach the root.
    for (const patients of [1e6, 1e8, 1e12, 1e14]) {
      const result = coxHazardRatio({ events: [0, 1], censored: [0, 0], atRiskStart: 1 }, { events: [1, 1], censored: [0, 0], atRiskStart: patients });
      expect(result.notEstimable, String(patients)).toBeNull();
      expect(result.iterations, String(patients)).toBeLessThanOrEqual(12);
      expect(result.hazardRatio / patients, String(patients)).toBeCloseTo((Math.sqrt(5) - 1) / 2, 5);
    }
  });

  test('gives no estimate when every event falls in a bin where everyone at risk failed, as the log-rank test gives no p', () => {
    // A 5 of 5 and B 3 of 3 fail in one bin: the log-rank variance 5·3·8·0/(8²·7) is 0, so the exact discrete
    // likelihood is flat; Efron's approximation alone would print HR 1.00 [0.24, 4.18] beside a log-rank p of —.
    const result = coxHazardRatio({ events: [5], censored: [0], atRiskStart: 5 }, { events: [3], censored: [0], atRiskStart: 3 });
    expect(result.notEstimable).toBe('no-events');
    expect(result.hazardRatio).toBeNaN();
  });
});

describe('requiredEvents(hazardRatio, options) and timeToEventSampleSize(...)', () => {
  test('give the textbook numbers of events', () => {
    // Hand calculation with z₀.₉₇₅ = 1.959964, z₀.₈ = 0.841621, (z₀.₉₇₅ + z₀.₈)² = 7.848879:
    // Schoenfeld ψ = 0.75: 4·7.848879/(ln 0.75)² = 379.35 → 380; ψ = 0.5: 4·7.848879/(ln 2)² = 65.35 → 66;
    // Freedman ψ = 0.5: 7.848879·(1.5/0.5)² = 70.64 → 71; Schoenfeld 2:1 (π = 2/3), ψ = 0.5: 7.848879/((2/9)(ln 2)²) = 73.5 → 74.
    expect(requiredEvents(0.75)).toBe(380);
    expect(requiredEvents(0.5)).toBe(66);
    expect(requiredEvents(0.5, { method: 'freedman' })).toBe(71);
    expect(requiredEvents(0.5, { allocation: 2 / 3 })).toBe(74);
    // 90% power: (1.959964 + 1.281552)² = 10.507423, ψ = 0.75: 4·10.507423/0.082761 = 507.8 → 508.
    expect(requiredEvents(0.75, { power: 0.9 })).toBe(508);
  });

  test('patients: events over the probability of an event by the analysis time, split by the allocation', () => {
    // 380 events with P_A = 0.3, P_B = 0.4 (mean 0.35): 380/0.35 = 1085.7 → 543 per arm.
    expect(timeToEventSampleSize(0.75, 0.3, 0.4)).toEqual({ events: 380, patientsA: 543, patientsB: 543, patients: 1086 });
    expect(timeToEventSampleSize(1, 0.3, 0.3).patients).toBe(Infinity);
    expect(timeToEventSampleSize(0.75, 0, 0.4).patients).toBeNaN();
  });

  test('the same for ψ and 1/ψ with 1:1 allocation, Freedman above Schoenfeld, more for more power', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 0.98, noNaN: true }), fc.double({ min: 0.5, max: 0.99, noNaN: true }), (psi, power) => {
        expect(requiredEvents(psi, { power })).toBe(requiredEvents(1 / psi, { power }));
        expect(requiredEvents(psi, { power, method: 'freedman' }) >= requiredEvents(psi, { power })).toBe(true);
        expect(requiredEvents(psi, { power: Math.min(0.995, power + 0.005) }) >= requiredEvents(psi, { power })).toBe(true);
      }),
    );
  });

  test('is NaN outside the domain', () => {
    for (const [psi, options] of [[0, {}], [-1, {}], [NaN, {}], [Infinity, {}], [0.5, { alpha: 0 }], [0.5, { power: 0.3 }],
      [0.5, { allocation: 1 }], [0.5, { method: 'cox' }]] as [number, object][]) {
      expect(requiredEvents(psi, options)).toBeNaN();
    }
  });
});

import { describe, expect, test } from 'vitest';
import { pairedProportionDifference } from '../../packages/sim/src/stats/pairedProportionDifference.js';
import { restrictedMeanDifference } from '../../packages/sim/src/stats/restrictedMeanDifference.js';
import { restrictedMeanSurvival } from '../../packages/sim/src/stats/restrictedMeanSurvival.js';

// Audit F4 and F5: intervals at a handful of patients stay possible, and say "not defined" rather than print a
// width of 0 that only means the formula had nothing to add up.

describe('pairedProportionDifference(b, c, n) at small n', () => {
  test('clips the Wald interval to [−1, 1]: b = 9, c = 0, n = 10 gives 0.9 [0.714, 1]', () => {
    // Hand: half-width 1.959964·√(9 − 81/10)/10 = 1.959964·√0.9/10 = 0.18594; 0.9 + 0.18594 > 1.
    const { difference, ci95 } = pairedProportionDifference(9, 0, 10);
    expect(difference).toBe(0.9);
    expect(ci95[0]).toBeCloseTo(0.9 - 0.185939, 6);
    expect(ci95[1]).toBe(1);
  });

  test('two patients, one with the event in b only: −0.5 [−1, 0.193] (was [−1.193, 0.193])', () => {
    // Hand: 1.959964·√(1 − 1/2)/2 = 0.692952.
    const { difference, ci95 } = pairedProportionDifference(0, 1, 2);
    expect(difference).toBe(-0.5);
    expect(ci95[0]).toBe(-1);
    expect(ci95[1]).toBeCloseTo(0.192952, 6);
  });

  test('leaves an interval inside [−1, 1] untouched', () => {
    // Hand-counted example of docs/survival-statistics.md: b = 2, c = 1, n = 10, 0.1 ± 1.959964·√2.9/10.
    const { ci95 } = pairedProportionDifference(2, 1, 10);
    expect(ci95[0]).toBeCloseTo(0.1 - 0.33377, 5);
    expect(ci95[1]).toBeCloseTo(0.1 + 0.33377, 5);
  });
});

describe('restrictedMeanSurvival and restrictedMeanDifference with one patient', () => {
  const one = { events: [0, 1, 0], censored: [0, 0, 0], atRiskStart: 1 };
  const other = { events: [1, 0, 0], censored: [0, 0, 0], atRiskStart: 1 };

  test('a single patient: the area is defined (2 days to τ = 3 for a failure at the end of day 2), its interval is not', () => {
    const result = restrictedMeanSurvival(one, 1, 3);
    expect(result.estimate).toBe(2);
    expect([result.standardError, result.lower, result.upper]).toEqual([NaN, NaN, NaN]);
  });

  test('the difference of two one-patient means keeps its value (1 day) without an interval', () => {
    const result = restrictedMeanDifference(restrictedMeanSurvival(one, 1, 3), restrictedMeanSurvival(other, 1, 3));
    expect(result.difference).toBe(1);
    expect([result.standardError, result.lower, result.upper]).toEqual([NaN, NaN, NaN]);
  });

  test('two patients still get the divisor-n variance: failures at days 1 and 2, τ = 3 → 1.5 ± √(0.25/2)', () => {
    const result = restrictedMeanSurvival({ events: [1, 1, 0], censored: [0, 0, 0], atRiskStart: 2 }, 1, 3);
    expect(result.estimate).toBe(1.5);
    expect(result.standardError).toBeCloseTo(Math.sqrt(0.25 / 2), 12);
  });
});

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { lifeTableCumulativeHazard, lifeTableDeathYears, lifeTableIds, lifeTables, lifeTableSurvival, usSsa2017, yearOfAgeHazard } from '@rtsim/core';
import type { LifeTable, LifeTableSex } from '@rtsim/core';
import { fixture, publishedRows } from './lifeTableFixture.js';

// Bounds: ages 0–125 years (past the table's last age, 119, where the last hazard continues); follow-up 0–60 years;
// uniforms away from 1 by 1e−9 so that −ln(1 − u) stays finite and well conditioned.
const sex = fc.constantFrom<LifeTableSex>('female', 'male');
const age = fc.double({ min: 0, max: 125, noNaN: true });
const years = fc.double({ min: 0, max: 60, noNaN: true });
const uniform = fc.double({ min: 0, max: 1 - 1e-9, noNaN: true });

/** A made-up table for the degenerate cases: q = 0.1, then 0 (nobody dies), then 1 (everybody dies), then 0.5. */
const toyTable: LifeTable = {
  id: 'toy',
  name: 'toy',
  population: 'none',
  periodYear: 2000,
  source: 'made up for a test',
  url: '',
  deathProbability: { female: [0.1, 0, 1, 0.5], male: [0, 0, 0] },
};

describe('the us-ssa-2017 life table', () => {
  test('lifeTables lists it by id, and its q_x are the digits of its CSV for both sexes, ages 0–119', () => {
    expect(lifeTableIds).toEqual(['us-ssa-2017']);
    expect(lifeTables.get('us-ssa-2017')).toBe(usSsa2017);
    expect(lifeTables.get('constructor')).toBeUndefined();
    expect(publishedRows.map((row) => row.age)).toEqual(Array.from({ length: 120 }, (_, i) => i));
    expect(usSsa2017.deathProbability.male).toEqual(publishedRows.map((row) => row.male_qx));
    expect(usSsa2017.deathProbability.female).toEqual(publishedRows.map((row) => row.female_qx));
  });

  test('q_x rises with age from 10 years on, for both sexes (the published table; childhood mortality dips first)', () => {
    for (const q of [usSsa2017.deathProbability.female, usSsa2017.deathProbability.male]) {
      for (let x = 11; x < q.length; x++) expect(q[x]).toBeGreaterThanOrEqual(q[x - 1]);
      expect(q[0]).toBeGreaterThan(q[10]);
    }
  });
});

describe('a life table alone reproduces its own survival', () => {
  test('lifeTableSurvival(male, 0, k) × 100,000 is the published l_k within one life, k = 0 … 111', () => {
    // The SSA's l_x are whole lives out of 100,000 (±0.5) and its q_x six decimals: the Python reference finds at
    // most 0.71 lives apart (fixture.published.maleLivesMaxAbsError).
    expect(fixture.published.maleLivesMaxAbsError).toBeLessThan(1);
    for (let k = 0; k <= 111; k++) {
      expect(Math.abs(lifeTableSurvival(usSsa2017, 'male', 0, k) * 100_000 - (publishedRows[k] as { male_lx: number }).male_lx)).toBeLessThan(1);
    }
  });

  test('lifeTableSurvival(male, 65, k) is the published l_{65+k}/l_65 within the rounding of the two l (2/l_65)', () => {
    const l65 = (publishedRows[65] as { male_lx: number }).male_lx;
    for (let k = 0; 65 + k <= 111; k++) {
      const ratio = (publishedRows[65 + k] as { male_lx: number }).male_lx / l65;
      expect(Math.abs(lifeTableSurvival(usSsa2017, 'male', 65, k) - ratio)).toBeLessThan(2 / l65);
    }
  });

  test("the life expectancy ∫S dt of the table's own survival is the published e_x within 0.05 years, x = 0 … 100", () => {
    // The SSA interpolates l linearly within a year (and uses its own rule at age 0); a constant hazard within the
    // year bends l a little, which the Python reference measures at most 0.043 years (at age 100).
    for (const s of ['female', 'male'] as const) {
      expect(fixture.published[s].modelExpectancyMaxAbsError).toBeLessThan(0.05);
      for (const x of [0, 1, 20, 40, 65, 80, 90, 100]) {
        const expectancy = integratedSurvival(s, x);
        expect(Math.abs(expectancy - (fixture.published[s].modelExpectancy[x]))).toBeLessThan(1e-9);
        expect(Math.abs(expectancy - (publishedRows[x] as unknown as Record<string, number>)[`${s}_ex`])).toBeLessThan(0.05);
      }
    }
  });

  test('the life expectancy recomputed from q_x by the SSA rule is the published e_x to its rounding (0.005 years), x = 1 … 118', () => {
    // A check of the published columns against each other (fixture from the Python reference): for the male column
    // against the SSA's CSV, for the female column against the copy of its table4c6 page (README.md).
    expect(fixture.published.male.midpointExpectancyMaxAbsError).toBeLessThanOrEqual(0.005);
    expect(fixture.published.female.midpointExpectancyMaxAbsError).toBeLessThanOrEqual(0.005);
  });
});

/**
 * ∫₀^∞ S(x, t) dt for the piecewise-constant hazard, year by year: S(x, k)·(1 − S(x + k, 1))/h_{x+k} (the integral
 * of an exponential over one year), then the last hazard's exponential tail S(x, n − 1 − x)/h_{n−1}.
 */
function integratedSurvival(s: LifeTableSex, x: number): number {
  const q = usSsa2017.deathProbability[s];
  const last = q.length - 1;
  let total = 0;
  for (let k = 0; x + k < last; k++) {
    total += (lifeTableSurvival(usSsa2017, s, x, k) * (1 - lifeTableSurvival(usSsa2017, s, x + k, 1))) / yearOfAgeHazard(q[x + k]);
  }
  return total + lifeTableSurvival(usSsa2017, s, x, last - x) / yearOfAgeHazard(usSsa2017.deathProbability[s][last]);
}

test('docs/models.md and the table README state the gaps to the published table that the Python reference measures', () => {
  const models = readFileSync(new URL('../../docs/models.md', import.meta.url), 'utf8');
  const readme = readFileSync(new URL('../../packages/core/src/library/lifeTables/README.md', import.meta.url), 'utf8');
  const lives = fixture.published.maleLivesMaxAbsError.toFixed(2);
  const years = Math.max(fixture.published.female.modelExpectancyMaxAbsError, fixture.published.male.modelExpectancyMaxAbsError).toFixed(3);
  expect(models).toContain(`l_x within ${lives} lives`);
  expect(models).toContain(`e_x within ${years} years for ages 0–100`);
  expect(readme).toContain(`l_x within ${lives} lives`);
});

describe('lifeTableCumulativeHazard and lifeTableSurvival', () => {
  test('equal the 50-digit Python reference (antiderivative difference) within 1e−13 relative', () => {
    for (const c of fixture.survival) {
      const hazard = lifeTableCumulativeHazard(usSsa2017, c.sex, c.ageYears, c.years);
      expect(Math.abs(hazard - c.cumulativeHazard)).toBeLessThanOrEqual(1e-13 * c.cumulativeHazard + 1e-16);
      expect(Math.abs(lifeTableSurvival(usSsa2017, c.sex, c.ageYears, c.years) - c.survival)).toBeLessThanOrEqual(1e-13 * c.survival + 1e-16);
    }
  });

  test('survival is multiplicative over split follow-up: S(a, t₁ + t₂) = S(a, t₁)·S(a + t₁, t₂)', () => {
    fc.assert(
      fc.property(sex, age, years, years, (s, a, t1, t2) => {
        const whole = lifeTableCumulativeHazard(usSsa2017, s, a, t1 + t2);
        const split = lifeTableCumulativeHazard(usSsa2017, s, a, t1) + lifeTableCumulativeHazard(usSsa2017, s, a + t1, t2);
        return Math.abs(whole - split) <= 1e-12 * (1 + whole);
      }),
    );
  });

  test('survival falls with follow-up time, and with age from 10 years on (the hazard rises with age there)', () => {
    fc.assert(
      fc.property(sex, age, years, years, (s, a, t1, t2) => {
        const [short, long] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const older = Math.max(a, 10) + short;
        return (
          lifeTableSurvival(usSsa2017, s, a, long) <= lifeTableSurvival(usSsa2017, s, a, short) &&
          lifeTableSurvival(usSsa2017, s, older, long) <= lifeTableSurvival(usSsa2017, s, Math.max(a, 10), long)
        );
      }),
    );
  });

  test('edge cases: t = 0 gives S = 1; t = +∞ gives 0; a year with q = 1 ends survival; q = 0 throughout keeps it', () => {
    expect(lifeTableSurvival(usSsa2017, 'female', 50, 0)).toBe(1);
    expect(lifeTableSurvival(usSsa2017, 'female', 50, Number.POSITIVE_INFINITY)).toBe(0);
    expect(lifeTableSurvival(toyTable, 'female', 0, 1)).toBeCloseTo(0.9, 15);
    expect(lifeTableSurvival(toyTable, 'female', 0, 2)).toBeCloseTo(0.9, 15); // q_1 = 0
    expect(lifeTableSurvival(toyTable, 'female', 0, 2.5)).toBe(0); // q_2 = 1
    expect(lifeTableSurvival(toyTable, 'female', 3, 2)).toBeCloseTo(0.25, 15); // beyond the last age, q = 0.5 a year
    expect(lifeTableSurvival(toyTable, 'male', 10, Number.POSITIVE_INFINITY)).toBe(1);
  });

  test('NaN for another sex, an empty table, a q outside [0, 1], or an age or time outside the domain', () => {
    const broken: LifeTable = { ...toyTable, deathProbability: { female: [], male: [0.1, 1.5] } };
    for (const [table, s, a, t] of [
      [usSsa2017, 'other' as LifeTableSex, 50, 1],
      [broken, 'female', 0, 1],
      [broken, 'male', 0, 2],
      [usSsa2017, 'male', -1, 1],
      [usSsa2017, 'male', Number.NaN, 1],
      [usSsa2017, 'male', Number.POSITIVE_INFINITY, 1],
      [usSsa2017, 'male', 50, -1],
      [usSsa2017, 'male', 50, Number.NaN],
    ] as const) {
      expect(lifeTableCumulativeHazard(table, s, a, t)).toBeNaN();
      expect(lifeTableSurvival(table, s, a, t)).toBeNaN();
    }
    expect(yearOfAgeHazard(-0.1)).toBeNaN();
    expect(yearOfAgeHazard(Number.NaN)).toBeNaN();
    expect(yearOfAgeHazard(1)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('lifeTableDeathYears(table, sex, ageYears, u)', () => {
  test('equals the Python reference (bisection at 50 digits) within 1e−10 years', () => {
    for (const c of fixture.deathYears) {
      expect(Math.abs(lifeTableDeathYears(usSsa2017, c.sex, c.ageYears, c.uniform) - c.years)).toBeLessThanOrEqual(1e-10 * (1 + c.years));
    }
  });

  test('is the inverse of survival: H(a, T(u)) = −ln(1 − u)', () => {
    fc.assert(
      fc.property(sex, age, uniform, (s, a, u) => {
        const target = -Math.log1p(-u);
        const hazard = lifeTableCumulativeHazard(usSsa2017, s, a, lifeTableDeathYears(usSsa2017, s, a, u));
        return Math.abs(hazard - target) <= 1e-12 * (1 + target);
      }),
    );
  });

  test('and survival is its inverse: T(1 − S(a, t)) = t', () => {
    fc.assert(
      fc.property(sex, age, years, (s, a, t) => {
        const survival = lifeTableSurvival(usSsa2017, s, a, t);
        fc.pre(survival > 1e-6); // far in the tail 1 − S rounds away the differences of t
        const back = lifeTableDeathYears(usSsa2017, s, a, 1 - survival);
        return Math.abs(back - t) <= 1e-6 * (1 + t);
      }),
    );
  });

  test('rises with u', () => {
    fc.assert(
      fc.property(sex, age, uniform, uniform, (s, a, u1, u2) => {
        const [low, high] = u1 <= u2 ? [u1, u2] : [u2, u1];
        return lifeTableDeathYears(usSsa2017, s, a, low) <= lifeTableDeathYears(usSsa2017, s, a, high);
      }),
    );
  });

  test('edge cases: u = 0 gives 0; u = 1 gives +∞; a year with q = 1 is the latest death; q = 0 throughout never dies', () => {
    expect(lifeTableDeathYears(usSsa2017, 'male', 40, 0)).toBe(0);
    expect(lifeTableDeathYears(usSsa2017, 'male', 40, 1)).toBe(Number.POSITIVE_INFINITY);
    expect(lifeTableDeathYears(toyTable, 'female', 0, 0.05)).toBeCloseTo(Math.log1p(-0.05) / Math.log1p(-0.1), 14);
    expect(lifeTableDeathYears(toyTable, 'female', 0, 0.5)).toBe(2); // past q_0 = 0.1 and q_1 = 0, death at the start of q_2 = 1
    expect(lifeTableDeathYears(toyTable, 'female', 0, 1)).toBe(2);
    expect(lifeTableDeathYears(toyTable, 'female', 5, 0.5)).toBeCloseTo(1, 14); // beyond the last age: q = 0.5 a year
    expect(lifeTableDeathYears(toyTable, 'male', 0, 0.5)).toBe(Number.POSITIVE_INFINITY);
  });

  test('NaN for another sex, an empty table, a q outside [0, 1], or an age or u outside the domain', () => {
    const broken: LifeTable = { ...toyTable, deathProbability: { female: [], male: [0.1, 1.5] } };
    for (const [table, s, a, u] of [
      [usSsa2017, 'other' as LifeTableSex, 50, 0.5],
      [broken, 'female', 0, 0.5],
      [broken, 'male', 0, 0.99],
      [usSsa2017, 'male', -1, 0.5],
      [usSsa2017, 'male', Number.POSITIVE_INFINITY, 0.5],
      [usSsa2017, 'male', 50, -0.1],
      [usSsa2017, 'male', 50, 1.1],
      [usSsa2017, 'male', 50, Number.NaN],
    ] as const) {
      expect(lifeTableDeathYears(table, s, a, u)).toBeNaN();
    }
  });
});

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { deDestatis2022to2024, lifeTableCumulativeHazard, lifeTableDeathYears, lifeTableIds, lifeTables, lifeTableSurvival, usSsa2017, yearOfAgeHazard } from '@rtsim/core';
import type { LifeTable, LifeTableSex } from '@rtsim/core';
import { fixture, publishedRows } from './lifeTableFixture.js';

// Bounds: ages 0–125 years (past both tables' last ages, 119 and 100, where the last hazard continues); follow-up
// 0–60 years; uniforms away from 1 by 1e−9 so that −ln(1 − u) stays finite and well conditioned.
const tables = [usSsa2017, deDestatis2022to2024] as const;
const table = fc.constantFrom(...tables);
const sex = fc.constantFrom<LifeTableSex>('female', 'male');
const age = fc.double({ min: 0, max: 125, noNaN: true });
const years = fc.double({ min: 0, max: 60, noNaN: true });
const uniform = fc.double({ min: 0, max: 1 - 1e-9, noNaN: true });
const sexes = ['female', 'male'] as const;

/** A made-up table for the degenerate cases: q = 0.1, then 0 (nobody dies), then 1 (everybody dies), then 0.5. */
const toyTable: LifeTable = {
  id: 'toy',
  name: 'toy',
  population: 'none',
  periodYears: [2000, 2000],
  source: 'made up for a test',
  url: '',
  deathProbability: { female: [0.1, 0, 1, 0.5], male: [0, 0, 0] },
};

/** The published column of a table's CSV at an age. */
const published = (t: LifeTable, x: number, column: string): number => publishedRows(t.id)[x]?.[column] ?? Number.NaN;

/** The first age from which q_x never falls (the hazard is non-decreasing from there on). */
function risingFrom(q: readonly number[]): number {
  let from = q.length - 1;
  while (from > 0 && (q[from - 1] ?? Number.NaN) <= (q[from] ?? Number.NaN)) from--;
  return from;
}

describe('the life tables kept in the repository', () => {
  test('lifeTables lists us-ssa-2017 and de-destatis-2022-2024 by id (a Map: no prototype names)', () => {
    expect(lifeTableIds).toEqual(['us-ssa-2017', 'de-destatis-2022-2024']);
    expect(lifeTables.get('us-ssa-2017')).toBe(usSsa2017);
    expect(lifeTables.get('de-destatis-2022-2024')).toBe(deDestatis2022to2024);
    expect(lifeTables.get('constructor')).toBeUndefined();
    expect(lifeTables.get('__proto__')).toBeUndefined();
  });

  test.each(tables.map((t) => [t.id, t] as const))('%s: its q_x are the numbers of its CSV for both sexes, at every age', (_, t) => {
    const rows = publishedRows(t.id);
    expect(rows.map((row) => row.age)).toEqual(Array.from({ length: rows.length }, (__, i) => i));
    expect(rows.length).toBe(t === usSsa2017 ? 120 : 101); // ages 0–119 (SSA) and 0–100 (Destatis)
    for (const s of sexes) expect(t.deathProbability[s]).toEqual(rows.map((row) => row[`${s}_qx`]));
  });
});

describe('the generated life-table modules', () => {
  test('are what scripts/generate-life-tables.mjs --check writes from the CSVs: a hand edit of a module fails', () => {
    // The CSV comparison above reads only q_x; the script compares every byte (names, sources, comments).
    const script = fileURLToPath(new URL('../../scripts/generate-life-tables.mjs', import.meta.url));
    const result = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('a life table alone reproduces its own survival', () => {
  test.each([
    ['us-ssa-2017', usSsa2017, 'male'],
    ['de-destatis-2022-2024', deDestatis2022to2024, 'female'],
    ['de-destatis-2022-2024', deDestatis2022to2024, 'male'],
  ] as const)('%s, %s: l_0·lifeTableSurvival(0, k) is the published l_k within one life, at every age', (id, t, s) => {
    // The l_x are whole lives out of 100,000 (±0.5) and the q_x rounded (six decimals, SSA; eight, Destatis): the
    // Python reference finds at most 0.71 lives apart.
    expect(fixture[id]?.published[s].livesMaxAbsError).toBeLessThan(1);
    const rows = publishedRows(id);
    for (let k = 0; k < rows.length; k++) {
      expect(Math.abs(lifeTableSurvival(t, s, 0, k) * published(t, 0, `${s}_lx`) - published(t, k, `${s}_lx`))).toBeLessThan(1);
    }
  });

  test.each([
    ['us-ssa-2017', usSsa2017, 'male'],
    ['de-destatis-2022-2024', deDestatis2022to2024, 'female'],
  ] as const)('%s, %s: lifeTableSurvival(65, k) is the published l_{65+k}/l_65 within the rounding of the two l (2/l_65)', (_, t, s) => {
    const l65 = published(t, 65, `${s}_lx`);
    for (let k = 0; 65 + k < t.deathProbability[s].length; k++) {
      expect(Math.abs(lifeTableSurvival(t, s, 65, k) - published(t, 65 + k, `${s}_lx`) / l65)).toBeLessThan(2 / l65);
    }
  });

  test.each(tables.map((t) => [t.id, t] as const))("%s: the life expectancy ∫S dt of the table's own survival is the published e_x within 0.03 years, x = 0 … 90", (id, t) => {
    // The publishers interpolate l linearly within a year (and use their own rule at age 0); a constant hazard within
    // the year bends l a little: the Python reference measures at most 0.025 years.
    for (const s of sexes) {
      const reference = fixture[id]?.published[s];
      expect(reference?.modelExpectancyMaxAbsError).toBeLessThan(0.03);
      for (const x of [0, 1, 20, 40, 65, 80, 90]) {
        const expectancy = integratedSurvival(t, s, x);
        expect(Math.abs(expectancy - (reference?.modelExpectancy[x] ?? Number.NaN))).toBeLessThan(1e-9);
        expect(Math.abs(expectancy - published(t, x, `${s}_ex`))).toBeLessThan(0.03);
      }
    }
  });

  test('the published e_x recomputed from the published q_x by the publishers’ rule agree to their rounding (0.006 years), x = 1 … n − 2', () => {
    // A check of the published columns against each other (the Python reference): e_x is printed to 0.01 years.
    for (const id of lifeTableIds) for (const s of sexes) expect(fixture[id]?.published[s].midpointExpectancyMaxAbsError).toBeLessThan(0.006);
  });

  test('docs/models.md and the tables’ README state the gaps to the published tables that the Python reference measures', () => {
    const models = readFileSync(new URL('../../docs/models.md', import.meta.url), 'utf8');
    const readme = readFileSync(new URL('../../packages/core/src/library/lifeTables/README.md', import.meta.url), 'utf8');
    const checks = lifeTableIds.flatMap((id) => sexes.map((s) => fixture[id]?.published[s]));
    const lives = Math.max(...checks.map((check) => check?.livesMaxAbsError ?? 0)).toFixed(2);
    const years = Math.max(...checks.map((check) => check?.modelExpectancyMaxAbsError ?? Number.NaN)).toFixed(3);
    const germanWomenAt100 = ((fixture['de-destatis-2022-2024']?.published.female.modelExpectancy[100] ?? Number.NaN) - published(deDestatis2022to2024, 100, 'female_ex')).toFixed(2);
    expect(models).toContain(`l_x within ${lives} lives`);
    expect(models).toContain(`e_x within ${years} years for ages 0–90`);
    expect(models).toContain(`${germanWomenAt100} years more at age 100`);
    expect(readme).toContain(`l_x within ${lives} lives`);
  });
});

/**
 * ∫₀^∞ S(x, t) dt for the piecewise-constant hazard, year by year: S(x, k)·(1 − S(x + k, 1))/h_{x+k} (the integral
 * of an exponential over one year), then the last hazard's exponential tail S(x, n − 1 − x)/h_{n−1}.
 */
function integratedSurvival(t: LifeTable, s: LifeTableSex, x: number): number {
  const q = t.deathProbability[s];
  const last = q.length - 1;
  let total = 0;
  for (let k = 0; x + k < last; k++) {
    total += (lifeTableSurvival(t, s, x, k) * (1 - lifeTableSurvival(t, s, x + k, 1))) / yearOfAgeHazard(q[x + k] ?? Number.NaN);
  }
  return total + lifeTableSurvival(t, s, x, last - x) / yearOfAgeHazard(q[last] ?? Number.NaN);
}

describe('lifeTableCumulativeHazard and lifeTableSurvival', () => {
  test.each(tables.map((t) => [t.id, t] as const))('%s: equal the 50-digit Python reference (antiderivative difference) within 1e−13 relative', (id, t) => {
    for (const c of fixture[id]?.survival ?? []) {
      const hazard = lifeTableCumulativeHazard(t, c.sex, c.ageYears, c.years);
      expect(Math.abs(hazard - c.cumulativeHazard)).toBeLessThanOrEqual(1e-13 * c.cumulativeHazard + 1e-16);
      expect(Math.abs(lifeTableSurvival(t, c.sex, c.ageYears, c.years) - c.survival)).toBeLessThanOrEqual(1e-13 * c.survival + 1e-16);
    }
    expect(fixture[id]?.survival.length).toBe(140);
  });

  test('survival is multiplicative over split follow-up: S(a, t₁ + t₂) = S(a, t₁)·S(a + t₁, t₂)', () => {
    fc.assert(
      fc.property(table, sex, age, years, years, (t, s, a, t1, t2) => {
        const whole = lifeTableCumulativeHazard(t, s, a, t1 + t2);
        const split = lifeTableCumulativeHazard(t, s, a, t1) + lifeTableCumulativeHazard(t, s, a + t1, t2);
        return Math.abs(whole - split) <= 1e-12 * (1 + whole);
      }),
    );
  });

  test('survival falls with follow-up time, and with age from the age on which the table’s q_x never falls', () => {
    fc.assert(
      fc.property(table, sex, age, years, years, (t, s, a, t1, t2) => {
        const [short, long] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const from = Math.max(a, risingFrom(t.deathProbability[s]));
        // Relative 1e−12: the same hazard summed over differently cut years may differ in the last bits.
        const atMost = (x: number, y: number): boolean => x <= y * (1 + 1e-12);
        return atMost(lifeTableSurvival(t, s, a, long), lifeTableSurvival(t, s, a, short)) && atMost(lifeTableSurvival(t, s, from + short, long), lifeTableSurvival(t, s, from, long));
      }),
    );
    // The published tables: the SSA's q_x rise from age 10 (childhood mortality dips first); Destatis' fluctuate
    // at young ages (e.g. men: q_19 > q_20) and rise from some age in the thirties or later.
    expect(risingFrom(usSsa2017.deathProbability.female)).toBe(10);
    expect(risingFrom(usSsa2017.deathProbability.male)).toBe(10);
    expect(deDestatis2022to2024.deathProbability.male[19]).toBeGreaterThan(deDestatis2022to2024.deathProbability.male[20] ?? Number.NaN);
  });

  test('edge cases: t = 0 gives S = 1; t = +∞ gives 0; a year with q = 1 ends survival; q = 0 throughout keeps it', () => {
    expect(lifeTableSurvival(usSsa2017, 'female', 50, 0)).toBe(1);
    expect(lifeTableSurvival(deDestatis2022to2024, 'male', 50, Number.POSITIVE_INFINITY)).toBe(0);
    expect(lifeTableSurvival(toyTable, 'female', 0, 1)).toBeCloseTo(0.9, 15);
    expect(lifeTableSurvival(toyTable, 'female', 0, 2)).toBeCloseTo(0.9, 15); // q_1 = 0
    expect(lifeTableSurvival(toyTable, 'female', 0, 2.5)).toBe(0); // q_2 = 1
    expect(lifeTableSurvival(toyTable, 'female', 3, 2)).toBeCloseTo(0.25, 15); // beyond the last age, q = 0.5 a year
    expect(lifeTableSurvival(toyTable, 'male', 10, Number.POSITIVE_INFINITY)).toBe(1);
  });

  test('NaN for another sex, an empty table, a q outside [0, 1], or an age or time outside the domain', () => {
    const broken: LifeTable = { ...toyTable, deathProbability: { female: [], male: [0.1, 1.5] } };
    for (const [t, s, a, time] of [
      [usSsa2017, 'other' as LifeTableSex, 50, 1],
      [broken, 'female', 0, 1],
      [broken, 'male', 0, 2],
      [usSsa2017, 'male', -1, 1],
      [usSsa2017, 'male', Number.NaN, 1],
      [usSsa2017, 'male', Number.POSITIVE_INFINITY, 1],
      [usSsa2017, 'male', 50, -1],
      [usSsa2017, 'male', 50, Number.NaN],
    ] as const) {
      expect(lifeTableCumulativeHazard(t, s, a, time)).toBeNaN();
      expect(lifeTableSurvival(t, s, a, time)).toBeNaN();
    }
    expect(yearOfAgeHazard(-0.1)).toBeNaN();
    expect(yearOfAgeHazard(Number.NaN)).toBeNaN();
    expect(yearOfAgeHazard(1)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('lifeTableDeathYears(table, sex, ageYears, u)', () => {
  test.each(tables.map((t) => [t.id, t] as const))('%s: equals the Python reference (bisection at 50 digits) within 1e−10 years', (id, t) => {
    for (const c of fixture[id]?.deathYears ?? []) {
      expect(Math.abs(lifeTableDeathYears(t, c.sex, c.ageYears, c.uniform) - c.years)).toBeLessThanOrEqual(1e-10 * (1 + c.years));
    }
    expect(fixture[id]?.deathYears.length).toBe(60);
  });

  test('is the inverse of survival: H(a, T(u)) = −ln(1 − u)', () => {
    fc.assert(
      fc.property(table, sex, age, uniform, (t, s, a, u) => {
        const target = -Math.log1p(-u);
        const hazard = lifeTableCumulativeHazard(t, s, a, lifeTableDeathYears(t, s, a, u));
        return Math.abs(hazard - target) <= 1e-12 * (1 + target);
      }),
    );
  });

  test('and survival is its inverse: T(1 − S(a, t)) = t', () => {
    fc.assert(
      fc.property(table, sex, age, years, (t, s, a, time) => {
        const survival = lifeTableSurvival(t, s, a, time);
        fc.pre(survival > 1e-6); // far in the tail 1 − S rounds away the differences of t
        return Math.abs(lifeTableDeathYears(t, s, a, 1 - survival) - time) <= 1e-6 * (1 + time);
      }),
    );
  });

  test('rises with u', () => {
    fc.assert(
      fc.property(table, sex, age, uniform, uniform, (t, s, a, u1, u2) => {
        const [low, high] = u1 <= u2 ? [u1, u2] : [u2, u1];
        return lifeTableDeathYears(t, s, a, low) <= lifeTableDeathYears(t, s, a, high);
      }),
    );
  });

  test('edge cases: u = 0 gives 0; u = 1 gives +∞; a year with q = 1 is the latest death; q = 0 throughout never dies', () => {
    expect(lifeTableDeathYears(usSsa2017, 'male', 40, 0)).toBe(0);
    expect(lifeTableDeathYears(deDestatis2022to2024, 'female', 40, 1)).toBe(Number.POSITIVE_INFINITY);
    expect(lifeTableDeathYears(toyTable, 'female', 0, 0.05)).toBeCloseTo(Math.log1p(-0.05) / Math.log1p(-0.1), 14);
    expect(lifeTableDeathYears(toyTable, 'female', 0, 0.5)).toBe(2); // past q_0 = 0.1 and q_1 = 0, death at the start of q_2 = 1
    expect(lifeTableDeathYears(toyTable, 'female', 0, 1)).toBe(2);
    expect(lifeTableDeathYears(toyTable, 'female', 5, 0.5)).toBeCloseTo(1, 14); // beyond the last age: q = 0.5 a year
    expect(lifeTableDeathYears(toyTable, 'male', 0, 0.5)).toBe(Number.POSITIVE_INFINITY);
  });

  test('NaN for another sex, an empty table, a q outside [0, 1], or an age or u outside the domain', () => {
    const broken: LifeTable = { ...toyTable, deathProbability: { female: [], male: [0.1, 1.5] } };
    for (const [t, s, a, u] of [
      [usSsa2017, 'other' as LifeTableSex, 50, 0.5],
      [broken, 'female', 0, 0.5],
      [broken, 'male', 0, 0.99],
      [usSsa2017, 'male', -1, 0.5],
      [usSsa2017, 'male', Number.POSITIVE_INFINITY, 0.5],
      [usSsa2017, 'male', 50, -0.1],
      [usSsa2017, 'male', 50, 1.1],
      [usSsa2017, 'male', 50, Number.NaN],
    ] as const) {
      expect(lifeTableDeathYears(t, s, a, u)).toBeNaN();
    }
  });
});

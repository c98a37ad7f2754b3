import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bed, isoeffectDosePerFraction, isoeffectFractions, schedule } from '@rtsim/core';
import type { BedParameters, SurvivalModel } from '@rtsim/core';
import { alpha, alphaBeta, closeTo, fractionCount, repairHalfTimeHours } from './radiobiologyArbitraries.js';

// Quadratic roots from numpy.roots in scripts/reference/core_schedules_bed.py (T from a datetime calendar).
const fixture = JSON.parse(readFileSync(new URL('../fixtures/bed-eqd2.json', import.meta.url), 'utf8')) as {
  isoeffectDosePerFraction: (BedParameters & { targetBed: number; fractions: number; dosePerFraction: number })[];
  isoeffectFractions: (BedParameters & { targetBed: number; dosePerFraction: number; fractions: number })[];
};
// numpy.roots goes through an eigenvalue solver: agreement to 1e-10 relative.
const tolerance = 1e-10;
const course = (fractions: number, dose: number) => schedule({ fractions, dose, perWeek: 5 });
/** Dose per fraction for the inverse properties, Gy: 0.5–25 (non-zero, so BED is strictly increasing). */
const dose = fc.double({ min: 0.5, max: 25, noNaN: true });
const models: SurvivalModel[] = [{ model: 'lq' }, { model: 'lq-l', transitionDose: 6 }, { model: 'usc', d0: 1.25 }];

describe('isoeffectDosePerFraction(targetBed, fractions, p)', () => {
  // models.md worked checks read backwards.
  test('BED 60 Gy in 25 fractions at α/β = 10 is 2 Gy per fraction; BED 75 Gy in 5 at α/β = 4 is 6 Gy', () => {
    expect(isoeffectDosePerFraction(60, 25, { alphaBeta: 10 })).toBeCloseTo(2, 12);
    expect(isoeffectDosePerFraction(75, 5, { alphaBeta: 4 })).toBeCloseTo(6, 12);
  });

  test.each(fixture.isoeffectDosePerFraction.map((row) => [`BED ${row.targetBed} Gy in ${row.fractions}`, row] as const))(
    '%s matches the reference root',
    (_name, { targetBed, fractions, dosePerFraction, ...p }) => {
      expect(closeTo(isoeffectDosePerFraction(targetBed, fractions, p), dosePerFraction, tolerance)).toBe(true);
    },
  );

  test('inverts bed for LQ, LQ-L and USC, with and without time and repair', () => {
    fc.assert(
      fc.property(
        fractionCount,
        dose,
        alpha.filter((a) => a < 0.75), // αD₀ < 1 for USC with D₀ = 1.25 Gy
        alphaBeta,
        fc.constantFrom(...models),
        fc.boolean(),
        fc.option(repairHalfTimeHours, { nil: undefined }),
        (n, d, a, ab, model, withTime, halfTime) => {
          const p: BedParameters = {
            alphaBeta: ab,
            alpha: a,
            model,
            ...(withTime ? { doublingTime: 5, kickoffTime: 14 } : {}),
            ...(halfTime === undefined ? {} : { repairHalfTimeHours: halfTime }),
          };
          const target = bed(course(n, d), p);
          expect(closeTo(isoeffectDosePerFraction(target, n, p), d, 1e-9)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('NaN for NaN or out-of-domain input and for unreachable targets', () => {
    expect(isoeffectDosePerFraction(Number.NaN, 25, { alphaBeta: 10 })).toBeNaN();
    expect(isoeffectDosePerFraction(60, Number.NaN, { alphaBeta: 10 })).toBeNaN();
    expect(isoeffectDosePerFraction(60, 2.5, { alphaBeta: 10 })).toBeNaN();
    expect(isoeffectDosePerFraction(60, 0, { alphaBeta: 10 })).toBeNaN();
    expect(isoeffectDosePerFraction(60, 25, { alphaBeta: Number.NaN })).toBeNaN();
    expect(isoeffectDosePerFraction(60, 25, { alphaBeta: 10, model: { model: 'lq-l', transitionDose: Number.NaN } })).toBeNaN();
    expect(isoeffectDosePerFraction(-1, 25, { alphaBeta: 10 })).toBeNaN();
  });
});

describe('isoeffectFractions(targetBed, dosePerFraction, p)', () => {
  test('BED 60 Gy at 2 Gy per fraction and α/β = 10 takes 25 fractions', () => {
    expect(isoeffectFractions(60, 2, { alphaBeta: 10 })).toBeCloseTo(25, 12);
  });

  test.each(fixture.isoeffectFractions.map((row) => [`BED ${row.targetBed} Gy at ${row.dosePerFraction} Gy`, row] as const))(
    '%s matches target/BED₁',
    (_name, { targetBed, dosePerFraction, fractions, ...p }) => {
      expect(closeTo(isoeffectFractions(targetBed, dosePerFraction, p), fractions, 1e-12)).toBe(true);
    },
  );

  test('with a time term n is read off whole courses: 30 × 2 Gy (T = 39 d) is found again', () => {
    const p = { alphaBeta: 10, alpha: 0.3, doublingTime: 3, kickoffTime: 21 };
    expect(isoeffectFractions(bed(course(30, 2), p), 2, p)).toBeCloseTo(30, 9);
    // Halfway in BED between 30 and 31 fractions lies at n = 30.5.
    const halfway = (bed(course(30, 2), p) + bed(course(31, 2), p)) / 2;
    expect(isoeffectFractions(halfway, 2, p)).toBeCloseTo(30.5, 9);
  });

  test('inverts bed at whole fraction numbers when BED rises with every fraction', () => {
    fc.assert(
      fc.property(
        fractionCount,
        dose,
        alpha.filter((a) => a < 0.75),
        alphaBeta,
        fc.constantFrom(...models),
        fc.boolean(),
        fc.option(repairHalfTimeHours, { nil: undefined }),
        (n, d, a, ab, model, withTime, halfTime) => {
          // Every fraction adds BED ≥ d ≥ 0.5 Gy (all three models kill at least αd); with T_d = 20 d and α ≥ 0.25 a
          // weekend costs at most 3·ln 2/(20α) ≤ 0.42 Gy, so BED rises with every fraction and the crossing is unique.
          fc.pre(!withTime || a >= 0.25);
          const p: BedParameters = {
            alphaBeta: ab,
            alpha: a,
            model,
            ...(withTime ? { doublingTime: 20, kickoffTime: 14 } : {}),
            ...(halfTime === undefined ? {} : { repairHalfTimeHours: halfTime }),
          };
          expect(closeTo(isoeffectFractions(bed(course(n, d), p), d, p), n, 1e-9)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('0 for a zero target; NaN for NaN, out-of-domain input, or when repopulation outpaces the dose', () => {
    expect(isoeffectFractions(0, 2, { alphaBeta: 10 })).toBe(0);
    expect(isoeffectFractions(Number.NaN, 2, { alphaBeta: 10 })).toBeNaN();
    expect(isoeffectFractions(60, Number.NaN, { alphaBeta: 10 })).toBeNaN();
    expect(isoeffectFractions(60, 0, { alphaBeta: 10 })).toBeNaN();
    expect(isoeffectFractions(-5, 2, { alphaBeta: 10 })).toBeNaN();
    expect(isoeffectFractions(60, 2, { alphaBeta: Number.NaN })).toBeNaN();
    // 0.1 Gy fractions cannot keep up with a 1-day doubling time at α = 0.1: BED peaks near 0 and falls.
    expect(isoeffectFractions(60, 0.1, { alphaBeta: 10, alpha: 0.1, doublingTime: 1, kickoffTime: 0 })).toBeNaN();
  });
});

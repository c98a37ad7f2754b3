import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { logSurvival, schedule, survivalCoefficients } from '@rtsim/core';
import type { CellParameters, Schedule, SurvivalModel } from '@rtsim/core';
import { alpha, beta, closeTo, doseModifyingFactor, fractionList, repairHalfTimeHours } from './radiobiologyArbitraries.js';

// Coefficients from scripts/reference/core_schedules_bed.py: −ln S evaluated at (α, β) = (1, 0) and (0, 1).
const fixture = JSON.parse(readFileSync(new URL('../fixtures/core-survival.json', import.meta.url), 'utf8')) as {
  survival: { name: string; schedule: Schedule; cell: CellParameters; model: SurvivalModel; alphaDose?: number; betaDose?: number }[];
};
const rows = fixture.survival.filter((row) => row.alphaDose !== undefined);
// Same sums in a different order: 1e-12 relative.
const tolerance = 1e-12;

describe('survivalCoefficients(schedule, model, options)', () => {
  test('LQ without repair: alphaDose = Σd, betaDose = Σd² (25 × 2 Gy: 50 Gy, 100 Gy²)', () => {
    expect(survivalCoefficients(schedule({ fractions: 25, dose: 2 }))).toEqual({ alphaDose: 50, betaDose: 100 });
  });

  test('LQ-L: alphaDose stays Σd, betaDose = Σ(2D_T d − D_T²) above D_T (3 × 18 Gy, D_T = 6: 54 Gy, 3·(216 − 36) = 540 Gy²)', () => {
    expect(survivalCoefficients(schedule({ fractions: 3, dose: 18, everyDays: 2 }), { model: 'lq-l', transitionDose: 6 })).toEqual({ alphaDose: 54, betaDose: 540 });
  });

  test.each(rows.map((row) => [row.name, row] as const))('%s matches the reference', (_name, row) => {
    const options = {
      ...(row.cell.repairHalfTimeHours === undefined ? {} : { repairHalfTimeHours: row.cell.repairHalfTimeHours }),
      ...(row.cell.doseModifyingFactor === undefined ? {} : { doseModifyingFactor: row.cell.doseModifyingFactor }),
    };
    const c = survivalCoefficients(row.schedule, row.model, options);
    expect(closeTo(c.alphaDose, row.alphaDose ?? Number.NaN, tolerance)).toBe(true);
    expect(closeTo(c.betaDose, row.betaDose ?? Number.NaN, tolerance)).toBe(true);
  });

  test('α·alphaDose + β·betaDose equals −logSurvival for LQ and LQ-L, with repair and DMF', () => {
    fc.assert(
      fc.property(
        fractionList,
        alpha,
        beta,
        fc.option(repairHalfTimeHours, { nil: undefined }),
        doseModifyingFactor,
        fc.option(fc.double({ min: 0, max: 15, noNaN: true }), { nil: undefined }), // D_T, Gy (none: plain LQ)
        (s, a, b, halfTime, dmf, transition) => {
          const model: SurvivalModel = transition === undefined ? { model: 'lq' } : { model: 'lq-l', transitionDose: transition };
          const repair = halfTime === undefined ? {} : { repairHalfTimeHours: halfTime };
          const c = survivalCoefficients(s, model, { ...repair, doseModifyingFactor: dmf });
          const direct = logSurvival(s, { alpha: a, beta: b, doseModifyingFactor: dmf, ...repair }, model);
          expect(closeTo(-(a * c.alphaDose + b * c.betaDose), direct, tolerance)).toBe(true);
        },
      ),
    );
  });

  test('USC, invalid schedules and out-of-domain options give NaN fields', () => {
    const s = schedule({ fractions: 5, dose: 6, everyDays: 1 });
    const cases: [string, ReturnType<typeof survivalCoefficients>][] = [
      ['USC', survivalCoefficients(s, { model: 'usc', d0: 1.25 })],
      ['invalid schedule', survivalCoefficients(schedule({ fractions: Number.NaN, dose: 2 }))],
      ['NaN dose', survivalCoefficients([{ dose: Number.NaN, day: 0 }])],
      ['NaN transition dose', survivalCoefficients(s, { model: 'lq-l', transitionDose: Number.NaN })],
      ['NaN repair half-time', survivalCoefficients(s, undefined, { repairHalfTimeHours: Number.NaN })],
      ['NaN DMF', survivalCoefficients(s, undefined, { doseModifyingFactor: Number.NaN })],
    ];
    for (const [name, c] of cases) {
      expect(c.alphaDose, name).toBeNaN();
      expect(c.betaDose, name).toBeNaN();
    }
  });
});

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fractionLogSurvival, logSurvival, schedule } from '@rtsim/core';
import type { CellParameters, Schedule, SurvivalModel } from '@rtsim/core';
import { alpha, beta, closeTo, dosePerFraction, doseModifyingFactor, fractionList, repairHalfTimeHours } from './radiobiologyArbitraries.js';

// Log survival with incomplete repair, hypoxia and DMF from scripts/reference/core_schedules_bed.py (explicit
// O(n²) pair sum, 60-digit Lea–Catcheside factors, numpy logaddexp).
const fixture = JSON.parse(readFileSync(new URL('../fixtures/core-survival.json', import.meta.url), 'utf8')) as {
  survival: { name: string; schedule: Schedule; cell: CellParameters; model: SurvivalModel; logSurvival: number }[];
};
// Both sides sum ≤ 60 terms in a different order: 1e-12 relative.
const tolerance = 1e-12;

/** LQ-L transition dose, Gy: 1–15 covers the proposed values (Astrahan 2008 suggests ≈ 2α/β-ish). */
const transitionDose = fc.double({ min: 1, max: 15, noNaN: true });

describe('logSurvival(schedule, cell, model)', () => {
  test('LQ: 25 × 2 Gy at α = 0.3, β = 0.03 gives ln S = −25(0.6 + 0.12) = −18', () => {
    expect(logSurvival(schedule({ fractions: 25, dose: 2 }), { alpha: 0.3, beta: 0.03 })).toBeCloseTo(-18, 12);
  });

  test('LQ-L: above D_T the tangent line, αD_T + βD_T² + (α + 2βD_T)(d − D_T) per fraction', () => {
    // 3 × 18 Gy, α = 0.3, β = 0.1, D_T = 6: per fraction 1.8 + 3.6 + (0.3 + 1.2)·12 = 23.4 (Astrahan 2008 form).
    expect(logSurvival(schedule({ fractions: 3, dose: 18, everyDays: 2 }), { alpha: 0.3, beta: 0.1 }, { model: 'lq-l', transitionDose: 6 })).toBeCloseTo(-70.2, 12);
  });

  test.each(fixture.survival.map((row) => [row.name, row] as const))('%s matches the reference', (_name, row) => {
    expect(closeTo(logSurvival(row.schedule, row.cell, row.model), row.logSurvival, tolerance)).toBe(true);
  });

  test('log-sum-exp keeps hypoxic mixing finite where exp(ln S) underflows to 0', () => {
    // 3 × 60 Gy, α = 1, β = 0.1, h = 0.2, OER 1.2: oxic −ln S = 3(60 + 360) = 1260, hypoxic (50 Gy seen)
    // 3(50 + 250) = 900; both exp(−1260) and exp(−900) are 0 in doubles, the mixture is ln 0.2 − 900.
    const s = schedule({ fractions: 3, dose: 60, everyDays: 2 });
    expect(Math.exp(-900)).toBe(0);
    expect(logSurvival(s, { alpha: 1, beta: 0.1, hypoxicFraction: 0.2, oer: 1.2 })).toBeCloseTo(Math.log(0.2) - 900, 10);
    // 'full': per fraction ln(0.8e^{−420} + 0.2e^{−300}) = ln 0.2 − 300 (+ e^{−120}·4, negligible).
    expect(logSurvival(s, { alpha: 1, beta: 0.1, hypoxicFraction: 0.2, oer: 1.2, reoxygenation: 'full' })).toBeCloseTo(3 * (Math.log(0.2) - 300), 10);
  });

  test('hypoxia h = 0 is the plain course; h = 1 is the course at dose/OER', () => {
    const s = schedule({ fractions: 10, dose: 3 });
    const plain = logSurvival(s, { alpha: 0.3, beta: 0.04 });
    expect(logSurvival(s, { alpha: 0.3, beta: 0.04, hypoxicFraction: 0, oer: 3 })).toBe(plain);
    expect(logSurvival(s, { alpha: 0.3, beta: 0.04, hypoxicFraction: 1, oer: 3 })).toBeCloseTo(-10 * (0.1 * 3 + (0.04 / 9) * 9), 12);
  });

  test('DMF multiplies α by DMF and β by DMF² for LQ', () => {
    const s = schedule({ fractions: 8, dose: 2.5 });
    expect(logSurvival(s, { alpha: 0.3, beta: 0.04, doseModifyingFactor: 1.3 })).toBeCloseTo(logSurvival(s, { alpha: 0.39, beta: 0.04 * 1.69 }), 12);
  });

  test('fractions days apart barely interact: 24 h at T½ = 1.5 h leaves 2^-16 of the pair term', () => {
    const s = schedule({ fractions: 2, dose: 2, everyDays: 1 });
    const repaired = logSurvival(s, { alpha: 0.3, beta: 0.03 });
    const incomplete = logSurvival(s, { alpha: 0.3, beta: 0.03, repairHalfTimeHours: 1.5 });
    expect(repaired - incomplete).toBeCloseTo(2 * 0.03 * 4 * 2 ** -16, 15);
  });

  test('two fractions at the same time act as one fraction of the summed dose', () => {
    const cell = { alpha: 0.25, beta: 0.05, repairHalfTimeHours: 2 };
    const split = logSurvival([{ dose: 3, day: 1 }, { dose: 5, day: 1 }], cell);
    expect(split).toBeCloseTo(logSurvival([{ dose: 8, day: 1 }], cell), 12);
  });

  test('never positive, and 0 for the empty schedule', () => {
    expect(logSurvival([], { alpha: 0.3, beta: 0.03 })).toBe(0);
    fc.assert(
      fc.property(fractionList, alpha, beta, fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), (s, a, b, h, full) => {
        const cell: CellParameters = { alpha: a, beta: b, hypoxicFraction: h, oer: 2.5, reoxygenation: full ? 'full' : 'none', repairHalfTimeHours: 1 };
        expect(logSurvival(s, cell)).toBeLessThanOrEqual(0);
      }),
    );
  });

  test('LQ-L is continuous in value and slope at the transition dose', () => {
    fc.assert(
      fc.property(alpha, beta, transitionDose, (a, b, t) => {
        const model = { model: 'lq-l', transitionDose: t } as const;
        const h = 1e-6 * t;
        const at = fractionLogSurvival(t, { alpha: a, beta: b }, model);
        const below = fractionLogSurvival(t - h, { alpha: a, beta: b }, model);
        const above = fractionLogSurvival(t + h, { alpha: a, beta: b }, model);
        expect(closeTo(at, -(a * t + b * t * t), 1e-14)).toBe(true);
        // One-sided differences on both sides match the LQ slope −(α + 2βD_T) to O(h).
        expect(closeTo((at - below) / h, -(a + 2 * b * t), 1e-5)).toBe(true);
        expect(closeTo((above - at) / h, -(a + 2 * b * t), 1e-9)).toBe(true);
      }),
    );
  });

  test('full reoxygenation never gives lower control (higher survival) than none', () => {
    fc.assert(
      fc.property(fractionList, alpha, beta, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 1, max: 3.5, noNaN: true }), (s, a, b, h, oer) => {
        const cell = { alpha: a, beta: b, hypoxicFraction: h, oer };
        const none = logSurvival(s, { ...cell, reoxygenation: 'none' });
        const full = logSurvival(s, { ...cell, reoxygenation: 'full' });
        expect(full).toBeLessThanOrEqual(none + 1e-12 * Math.max(1, Math.abs(none)));
      }),
    );
  });

  // Intra-fraction repair: G ≤ 1 lowers the β term, so survival rises with delivery time.
  test('survival rises with delivery time (Lea–Catcheside G ∈ (0, 1])', () => {
    const models: SurvivalModel[] = [{ model: 'lq' }, { model: 'lq-l', transitionDose: 4 }, { model: 'usc', d0: 1 }];
    fc.assert(
      fc.property(
        dosePerFraction,
        fc.double({ min: 0.01, max: 0.5, noNaN: true }), // α ≤ 0.5 keeps αD₀ < 1 for the USC case (D₀ = 1 Gy)
        beta,
        repairHalfTimeHours,
        fc.integer({ min: 0, max: 480 }),
        fc.integer({ min: 0, max: 480 }),
        fc.constantFrom(...models),
        (d, a, b, halfTime, m1, m2, model) => {
          const [short, long] = m1 <= m2 ? [m1, m2] : [m2, m1];
          const cell = { alpha: a, beta: b, repairHalfTimeHours: halfTime };
          const quick = logSurvival([{ dose: d, day: 0, durationMinutes: short }], cell, model);
          const slow = logSurvival([{ dose: d, day: 0, durationMinutes: long }], cell, model);
          expect(slow).toBeGreaterThanOrEqual(quick - 1e-12 * Math.max(1, Math.abs(quick)));
          expect(slow).toBeLessThanOrEqual(0);
        },
      ),
    );
  });

  // Inter-fraction repair: the pair term 2βdᵢdⱼe^{−μΔt} ≥ 0 only adds kill.
  test('fractions hours apart kill at least as much as fully repaired fractions', () => {
    fc.assert(
      fc.property(fractionList, alpha, beta, repairHalfTimeHours, doseModifyingFactor, (s, a, b, halfTime, dmf) => {
        const instantaneous = s.map(({ dose, day }) => ({ dose, day }));
        const repaired = logSurvival(instantaneous, { alpha: a, beta: b, doseModifyingFactor: dmf });
        const incomplete = logSurvival(instantaneous, { alpha: a, beta: b, doseModifyingFactor: dmf, repairHalfTimeHours: halfTime });
        expect(incomplete).toBeLessThanOrEqual(repaired + 1e-12 * Math.max(1, Math.abs(repaired)));
      }),
    );
  });

  test('returns NaN for NaN or out-of-domain input', () => {
    const s = schedule({ fractions: 5, dose: 2 });
    const ok: CellParameters = { alpha: 0.3, beta: 0.03 };
    const bad: [string, Schedule, CellParameters, SurvivalModel?][] = [
      ['NaN alpha', s, { ...ok, alpha: Number.NaN }],
      ['NaN beta', s, { ...ok, beta: Number.NaN }],
      ['negative alpha', s, { ...ok, alpha: -0.1 }],
      ['NaN repair half-time', s, { ...ok, repairHalfTimeHours: Number.NaN }],
      ['zero repair half-time', s, { ...ok, repairHalfTimeHours: 0 }],
      ['NaN hypoxic fraction', s, { ...ok, hypoxicFraction: Number.NaN, oer: 3 }],
      ['hypoxic fraction above 1', s, { ...ok, hypoxicFraction: 1.5, oer: 3 }],
      ['hypoxia without OER', s, { ...ok, hypoxicFraction: 0.2 }],
      ['NaN OER', s, { ...ok, hypoxicFraction: 0.2, oer: Number.NaN }],
      ['OER below 1', s, { ...ok, hypoxicFraction: 0.2, oer: 0.5 }],
      ['NaN DMF', s, { ...ok, doseModifyingFactor: Number.NaN }],
      ['zero DMF', s, { ...ok, doseModifyingFactor: 0 }],
      ['invalid schedule', schedule({ fractions: 2.5, dose: 2 }), ok],
      ['NaN dose in a list', [{ dose: Number.NaN, day: 0 }], ok],
      ['NaN day in a list', [{ dose: 2, day: Number.NaN }], ok],
      ['NaN transition dose', s, ok, { model: 'lq-l', transitionDose: Number.NaN }],
      ['NaN D₀', s, ok, { model: 'usc', d0: Number.NaN }],
      ['USC with αD₀ ≥ 1', s, ok, { model: 'usc', d0: 4 }],
    ];
    for (const [name, schedule_, cell, model] of bad) expect(logSurvival(schedule_, cell, model), name).toBeNaN();
    expect(fractionLogSurvival(Number.NaN, ok)).toBeNaN();
    expect(fractionLogSurvival(-1, ok)).toBeNaN();
  });
});

import fc from 'fast-check';
import type { Fraction } from '@rtsim/core';

// Bounds shared by the core property tests, each chosen once with its reason.

/** Dose per fraction, Gy: 0 to 30 spans conventional fractions to single-fraction radiosurgery. */
export const dosePerFraction: fc.Arbitrary<number> = fc.double({ min: 0, max: 30, noNaN: true });

/** α, 1/Gy: tumour and normal-tissue values in the literature lie within 0.01–1. */
export const alpha: fc.Arbitrary<number> = fc.double({ min: 0.01, max: 1, noNaN: true });

/** β, 1/Gy²: 0 (pure linear) to 0.2, which covers α/β down to 0.05 Gy at the smallest α. */
export const beta: fc.Arbitrary<number> = fc.double({ min: 0, max: 0.2, noNaN: true });

/** α/β, Gy: 0.5 (very late-responding) to 20 (very early-responding). */
export const alphaBeta: fc.Arbitrary<number> = fc.double({ min: 0.5, max: 20, noNaN: true });

/** Repair half-time, hours: 0.1 h (fast component) to 10 h (slow component, spinal cord). */
export const repairHalfTimeHours: fc.Arbitrary<number> = fc.double({ min: 0.1, max: 10, noNaN: true });

/** Dose-modifying factor: 0.5–2 brackets protectors to strong sensitisers. */
export const doseModifyingFactor: fc.Arbitrary<number> = fc.double({ min: 0.5, max: 2, noNaN: true });

/** Number of fractions: 1–40 covers single-fraction to hyperfractionated courses. */
export const fractionCount: fc.Arbitrary<number> = fc.integer({ min: 1, max: 40 });

/**
 * An explicit fraction list: up to 12 fractions (enough to exercise ordering and pairs), days 0–60 in steps of
 * 1/24 (so pairs hours apart and days apart both occur), optional delivery time up to 4 h.
 */
export const fractionList: fc.Arbitrary<Fraction[]> = fc.array(
  fc.record(
    {
      dose: dosePerFraction,
      day: fc.integer({ min: 0, max: 60 * 24 }).map((hours) => hours / 24),
      durationMinutes: fc.integer({ min: 0, max: 240 }),
    },
    { requiredKeys: ['dose', 'day'] },
  ),
  { minLength: 0, maxLength: 12 },
);

/** Relative closeness |a − b| ≤ tolerance·max(1, |a|, |b|). */
export function closeTo(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
}

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { leaCatchesideFactor } from '@rtsim/core';

// 60-digit Decimal values from scripts/reference/core_schedules_bed.py.
const fixture = JSON.parse(readFileSync(new URL('../fixtures/core-survival.json', import.meta.url), 'utf8')) as {
  leaCatcheside: { x: string; g: number }[];
};

describe('leaCatchesideFactor(muTau)', () => {
  // sts-evidence.md §3a, G(x) = 2(x − 1 + e^{−x})/x² (computed values, 4 decimals).
  test.each([
    [0.01, 0.9967],
    [0.5, 0.8522],
    [1, 0.7358],
    [2, 0.5677],
    [5, 0.3205],
    [10, 0.18],
  ])('G(%f) = %f to 4 decimals', (x, g) => {
    expect(leaCatchesideFactor(x)).toBeCloseTo(g, 4);
  });

  // The series branch (x < 0.5) and the closed form must both keep full precision: 1e-15 relative.
  test.each(fixture.leaCatcheside.map((row) => [row.x, row.g] as const))('G(%s) matches 60-digit arithmetic', (x, g) => {
    expect(Math.abs(leaCatchesideFactor(Number(x)) - g)).toBeLessThanOrEqual(1e-15 * g);
  });

  test('G(0) = 1, G(∞) = 0, NaN for negative or NaN x', () => {
    expect(leaCatchesideFactor(0)).toBe(1);
    expect(leaCatchesideFactor(Infinity)).toBe(0);
    expect(leaCatchesideFactor(-0.1)).toBeNaN();
    expect(leaCatchesideFactor(Number.NaN)).toBeNaN();
  });

  // x up to 1e3 covers a 1000-half-life delivery, far beyond any clinical protraction.
  test('G lies in (0, 1] and does not increase with x', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e3, noNaN: true }), fc.double({ min: 0, max: 1e3, noNaN: true }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const gLow = leaCatchesideFactor(low);
        const gHigh = leaCatchesideFactor(high);
        expect(gHigh).toBeGreaterThan(0);
        expect(gLow).toBeLessThanOrEqual(1);
        expect(gHigh).toBeLessThanOrEqual(gLow);
      }),
    );
  });
});

// Why USC gives the same control as LQ in scenarios/sbrt-lung-metastases.yaml for every schedule but 1 × 30 Gy
// (docs/scenarios.md, "When USC gives the same control as LQ"): D_T = (α/β)(1 − αD₀)/(2αD₀) rises as α falls, and the
// patients whose control is in doubt have an α near α*, where a median metastasis keeps one expected clonogen under LQ:
// n·d·α*(1 + d/(α/β)) = ln N₀. The quoted α* and D_T were worked by hand from those two formulas (α/β 4.9 Gy,
// D₀ 1.25 Gy, N₀ = 10⁷ · π · 1.5³/6, ln N₀ = 16.687).
import { readFileSync } from 'node:fs';
import { fractionLogSurvival, uscTransitionDose } from '@rtsim/core';
import { describe, expect, test } from 'vitest';

const alphaBeta = 4.9;
const d0 = 1.25;
const logClonogens = Math.log(1e7 * ((Math.PI * 1.5 ** 3) / 6));

/** n, d (Gy) and the hand-worked α* (1/Gy) and D_T(α*) (Gy) the docs quote. */
const schedules = [
  { id: '3x18', n: 3, d: 18, alpha: 0.066, transition: 27.2 },
  { id: '3x20', n: 3, d: 20, alpha: 0.055, transition: 33.4 },
  { id: '4x12', n: 4, d: 12, alpha: 0.101, transition: 17.0 },
  { id: '8x7.5', n: 8, d: 7.5, alpha: 0.11, transition: 15.4 },
  { id: '1x30', n: 1, d: 30, alpha: 0.078, transition: 22.6 },
] as const;

const criticalAlpha = (n: number, d: number): number => logClonogens / (n * d * (1 + d / alphaBeta));
const cell = (alpha: number) => ({ alpha, beta: alpha / alphaBeta });

describe('USC against LQ for the SBRT schedules of scenarios/sbrt-lung-metastases.yaml', () => {
  test('D_T is 6.0 Gy at the library mean α (0.232 /Gy) and 27.2 Gy at α = 0.066 /Gy', () => {
    expect(uscTransitionDose(0.232, 0.232 / alphaBeta, d0)).toBeCloseTo(6.0, 1);
    expect(uscTransitionDose(0.066, 0.066 / alphaBeta, d0)).toBeCloseTo(27.2, 1);
    expect(logClonogens).toBeCloseTo(16.687, 3);
  });

  test.each(schedules)('$id: α* and D_T(α*) as quoted; USC is LQ at α* exactly when d ≤ D_T', ({ n, d, alpha, transition }) => {
    const critical = criticalAlpha(n, d);
    expect(critical).toBeCloseTo(alpha, 3);
    const dt = uscTransitionDose(critical, critical / alphaBeta, d0);
    expect(dt).toBeCloseTo(transition, 1);
    const lq = fractionLogSurvival(d, cell(critical));
    const usc = fractionLogSurvival(d, cell(critical), { model: 'usc', d0 });
    if (d <= dt) expect(usc).toBe(lq);
    else expect(usc).toBeGreaterThan(lq + 0.5 / n); // USC spares: less kill per fraction
  });

  test('only 1 × 30 Gy exceeds D_T of its critical patients', () => {
    expect(schedules.filter(({ n, d }) => d > uscTransitionDose(criticalAlpha(n, d), criticalAlpha(n, d) / alphaBeta, d0)).map(({ id }) => id)).toEqual(['1x30']);
  });

  test('the golden run agrees: equal control rates and mean TCP within 3e-5 for the four, 3.7 points fewer controlled by USC at 1 × 30 Gy', () => {
    const golden = JSON.parse(readFileSync(new URL('../fixtures/golden/sbrt-lung-metastases.results.json', import.meta.url), 'utf8')) as {
      arms: { id: string; meanTcp: number; controlRate: number }[];
    };
    const arm = (id: string) => golden.arms.find((candidate) => candidate.id === id) ?? { id, meanTcp: Number.NaN, controlRate: Number.NaN };
    for (const id of ['3x18', '3x20', '4x12', '8x7.5']) {
      expect(arm(`${id}-usc`).controlRate, id).toBe(arm(`${id}-lq`).controlRate);
      expect(Math.abs(arm(`${id}-usc`).meanTcp - arm(`${id}-lq`).meanTcp), id).toBeLessThan(3e-5);
      expect(arm(`${id}-lql`).controlRate, id).toBeLessThan(arm(`${id}-lq`).controlRate);
    }
    expect(arm('1x30-lq').controlRate - arm('1x30-usc').controlRate).toBeCloseTo(0.037, 3);
  });
});

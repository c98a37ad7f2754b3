import { normalQuantile } from '@rtsim/core';
import { describe, expect, it } from 'vitest';
import { compareAvatarSchedules } from '../../packages/sim/src/avatar/compareAvatarSchedules.js';
import { fitAvatar } from '../../packages/sim/src/avatar/fitAvatar.js';
import type { AvatarFit } from '../../packages/sim/src/avatar/fitAvatar.js';
import type { AvatarSchedule } from '../../packages/sim/src/avatar/parseScheduleList.js';

/** SF data on the LQ curve with a fixed ±5% zig-zag (no randomness needed), 1–8 Gy, two wells per dose. */
function avatarData(alpha: number, beta: number): AvatarFit {
  const points = [1, 2, 3, 4, 6, 8].flatMap((dose) => [1.05, 0.95].map((factor) => ({ dose, survivingFraction: Math.min(1, factor * Math.exp(-alpha * dose - beta * dose * dose)) })));
  return fitAvatar({ kind: 'survivingFraction', points, rows: points.map((_, i) => i + 2) });
}

// 50 Gy/25 and 30 Gy/5 have equal BED at α/β = 4 Gy: 50(1 + 2/x) = 30(1 + 6/x) ⇔ x = 4 (sts-evidence §3c note (i)).
const candidates: AvatarSchedule[] = [
  { label: '25x2', spec: { fractions: 25, dose: 2 } },
  { label: '5x6', spec: { fractions: 5, dose: 6 } },
];

describe('compareAvatarSchedules ranks schedules as the linear–quadratic model says', () => {
  it('low α/β (2 Gy): hypofractionation (5 × 6 Gy) ranks above 25 × 2 Gy', () => {
    const fit = avatarData(0.1, 0.05);
    expect(fit.alphaBeta).toBeGreaterThan(1.5);
    expect(fit.alphaBeta).toBeLessThan(2.5);
    const result = compareAvatarSchedules(fit, candidates, { clonogens: 1e6 }, { draws: 2000, seed: 3 });
    expect(result.ranking).toEqual(['5x6', '25x2']);
    expect(result.best).toBe('5x6');
    expect(result.schedules[1]?.probabilityBest).toBeGreaterThan(0.95);
  });

  it('high α/β (10 Gy): 25 × 2 Gy ranks above 5 × 6 Gy', () => {
    const fit = avatarData(0.3, 0.03);
    expect(fit.alphaBeta).toBeGreaterThan(8);
    const result = compareAvatarSchedules(fit, candidates, { clonogens: 1e6 }, { draws: 2000, seed: 3 });
    expect(result.ranking).toEqual(['25x2', '5x6']);
    expect(result.schedules[0]?.probabilityBest).toBeGreaterThan(0.95);
  });

  it('repopulation (T_d 3 d, T_k 21 d) penalises the 32-day course: at α/β 4 Gy, where BED ties, 5 × 6 Gy wins', () => {
    const fit = avatarData(0.2, 0.05);
    const result = compareAvatarSchedules(fit, candidates, { clonogens: 1e6, doublingTime: 3, kickoffTime: 21 }, { draws: 1000, seed: 1 });
    expect(result.best).toBe('5x6');
    // ln G = ln 2/3 × (32 − 21), models.md "Repopulation".
    expect(result.schedules[0]?.repopulationLogGain).toBeCloseTo((Math.LN2 / 3) * 11, 12);
  });
});

describe('compareAvatarSchedules: numbers and uncertainty', () => {
  const fit = avatarData(0.3, 0.05);
  const schedules: AvatarSchedule[] = [...candidates, { label: '28x1.8', spec: { fractions: 28, dose: 1.8 } }];
  const tumour = { clonogens: 1e7 };

  it('TCP at the fit is the Poisson TCP exp(−N₀ e^{−αΣd − βΣd²}) (models.md), to 1e−12', () => {
    const result = compareAvatarSchedules(fit, schedules, tumour, { draws: 200 });
    const expected = (n: number, d: number): number => Math.exp(-tumour.clonogens * Math.exp(-fit.alpha * n * d - fit.beta * n * d * d));
    expect(result.schedules[0]?.tcp).toBeCloseTo(expected(25, 2), 12);
    expect(result.schedules[1]?.tcp).toBeCloseTo(expected(5, 6), 12);
    expect(result.schedules[2]?.totalDose).toBeCloseTo(50.4, 12);
  });

  it('P(best) sums to 1 and the interval holds the TCP at the fit; a seed reproduces the numbers exactly', () => {
    const a = compareAvatarSchedules(fit, schedules, tumour, { draws: 1000, seed: 9 });
    const b = compareAvatarSchedules(fit, schedules, tumour, { draws: 1000, seed: 9 });
    const c = compareAvatarSchedules(fit, schedules, tumour, { draws: 1000, seed: 10 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a.schedules.reduce((sum, s) => sum + s.probabilityBest, 0)).toBeCloseTo(1, 12);
    for (const s of a.schedules) {
      expect(s.tcpCi95[0]).toBeLessThanOrEqual(s.tcp);
      expect(s.tcpCi95[1]).toBeGreaterThanOrEqual(s.tcp);
    }
    expect(a.rankingProbability).toBeGreaterThan(0);
    expect(a.rankingProbability).toBeLessThanOrEqual(Math.min(...a.schedules.flatMap((s) => (s.probabilityAboveNext === null ? [] : [s.probabilityAboveNext]))));
  });

  it('identical schedules under two names share the wins equally', () => {
    const twins: AvatarSchedule[] = [
      { label: 'a', spec: { fractions: 5, dose: 6 } },
      { label: 'b', spec: { fractions: 5, dose: 6 } },
      { label: 'c', spec: { fractions: 10, dose: 2 } },
    ];
    const result = compareAvatarSchedules(fit, twins, tumour, { draws: 500 });
    expect(result.schedules.map((s) => s.probabilityBest)).toEqual([0.5, 0.5, 0]);
  });

  it('the TCP interval matches the analytic one: ln S is linear in (α, β), so it is normal with variance aᵀΣa (within 4 Monte Carlo SE)', () => {
    // Known-SD data (normal sampling distribution), far from the α, β ≥ 0 boundary so truncation is negligible.
    const points = [1, 2, 4, 6, 8].flatMap((dose) => [1.1, 0.9].map((factor) => {
      const survivingFraction = factor * Math.exp(-0.3 * dose - 0.05 * dose * dose);
      return { dose, survivingFraction, sd: 0.1 * survivingFraction };
    }));
    const known = fitAvatar({ kind: 'survivingFraction', points, rows: points.map((_, i) => i + 2) });
    expect(known.distribution).toBe('normal');
    const draws = 20000;
    const n = 5;
    const d = 6;
    const clonogens = 1e9;
    const result = compareAvatarSchedules(known, [{ label: '5x6', spec: { fractions: n, dose: d } }], { clonogens }, { draws, seed: 5 });
    const [[va, cov], [, vb]] = known.covariance;
    const a = n * d;
    const b = n * d * d;
    const mean = -(known.alpha * a + known.beta * b);
    const sd = Math.sqrt(a * a * va + 2 * a * b * cov + b * b * vb);
    // TCP decreases in ln S, so TCP's 2.5% quantile sits at ln S's 97.5% quantile. Back-transform the Monte Carlo
    // quantiles to ln S = ln(−ln TCP) − ln N₀ and compare in units of sd.
    const toLogSurvival = (tcp: number): number => Math.log(-Math.log(tcp)) - Math.log(clonogens);
    const [lower, upper] = result.schedules[0]?.tcpCi95 ?? [Number.NaN, Number.NaN];
    // SE of a Monte Carlo 2.5% quantile in sd units: √(p(1−p)/n)/φ(z_p) = √(0.025·0.975/20000)/0.0584 = 0.019.
    const tolerance = 4 * 0.019;
    expect(Math.abs((toLogSurvival(lower) - (mean + normalQuantile(0.975) * sd)) / sd)).toBeLessThan(tolerance);
    expect(Math.abs((toLogSurvival(upper) - (mean + normalQuantile(0.025) * sd)) / sd)).toBeLessThan(tolerance);
    expect(result.acceptance).toBe(1);
  });

  it('returns NaN numbers (never throws) for a failed fit or out-of-range settings', () => {
    const failed = fitAvatar({ kind: 'survivingFraction', points: [{ dose: 1, survivingFraction: 0.5 }], rows: [2] });
    expect(failed.ok).toBe(false);
    expect(compareAvatarSchedules(failed, candidates, tumour).schedules[0]?.tcp).toBeNaN();
    expect(compareAvatarSchedules(fit, candidates, tumour, { draws: 10 }).rankingProbability).toBeNaN();
    expect(compareAvatarSchedules(fit, candidates, { clonogens: -1 }).schedules[0]?.probabilityBest).toBeNaN();
  });
});

import { describe, expect, it } from 'vitest';
import { dormancyDays, doublingsToDetection, localControlCurve, logSurvival, recurrenceDetectionProbability, schedule, tcpPopulation } from '../../packages/core/src/index.js';
import type { LocalControlCurveParameters } from '../../packages/core/src/index.js';

// A 7 cm gross tumour (N₀ = 10⁷ per cm³ × πd³/6) under 32 × 2 Gy LQ, the library's STS α and the model's regrowth.
const course = schedule({ fractions: 32, dose: 2, perWeek: 5 });
const alphaBeta = 4.9;
const grossClonogens = 1e7 * (Math.PI / 6) * 7 ** 3;
const base: LocalControlCurveParameters = {
  days: [0, 182.625, 365.25, 730.5, 1826.25, 3652.5],
  residualProbability: 1,
  logClonogens: Math.log(grossClonogens),
  logClonogensSigma: 0,
  logSurvival: (alpha) => logSurvival(course, { alpha, beta: alpha / alphaBeta }, { model: 'lq' }),
  alphaMean: 0.232,
  alphaSd: 0.08,
  detectionClonogens: 1e7,
  medianDoublingTime: 18.6,
  doublingTimeSigma: 0.05,
  dormantShare: 0.4963,
  reawakeningRatePerYear: 0.187,
};

describe('localControlCurve', () => {
  it('LC(t → ∞) of a gross tumour is core tcpPopulation of the same course (every failure detected by 100 y)', () => {
    const lc = localControlCurve({ ...base, days: [100 * 365.25] });
    const tcp = tcpPopulation({ schedule: course, alphaMean: 0.232, alphaSd: 0.08, alphaBeta, clonogens: grossClonogens });
    expect(tcp).toBeGreaterThan(0.2); // a case where the identity is not trivially 0 or 1
    expect(tcp).toBeLessThan(0.8);
    expect(Math.abs((lc[0] ?? NaN) - tcp)).toBeLessThan(2e-4);
  });

  it('one patient without dormancy: LC(t) = 1 − π(1 − e^{−m})·recurrenceDetectionProbability(t, D, T_d, σ)', () => {
    const single = { ...base, alphaSd: 0, residualProbability: 0.3, dormantShare: 0, logClonogens: Math.log(2.4e5) };
    const logLeft = Math.log(2.4e5) + base.logSurvival(0.232);
    const m = Math.exp(logLeft);
    const doublings = doublingsToDetection(logLeft, 1e7);
    const lc = localControlCurve(single);
    single.days.forEach((day, i) => {
      const expected = 1 - 0.3 * -Math.expm1(-m) * recurrenceDetectionProbability(day, doublings, 18.6, 0.05);
      expect(lc[i]).toBeCloseTo(expected, 12);
    });
  });

  it('one patient, all failures dormant: LC(t) = 1 − (1 − e^{−m})·E_u[P(t − dormancyDays(u))] (midpoint sum over 100 000 u)', () => {
    const single = { ...base, alphaSd: 0, dormantShare: 1, logClonogens: Math.log(1e9) };
    const logLeft = Math.log(1e9) + base.logSurvival(0.232);
    const failure = -Math.expm1(-Math.exp(logLeft));
    const doublings = doublingsToDetection(logLeft, 1e7);
    const lc = localControlCurve(single);
    const count = 100_000;
    single.days.forEach((day, i) => {
      let detected = 0;
      for (let k = 0; k < count; k++) {
        const wait = day - dormancyDays((k + 0.5) / count, 0.187);
        if (wait > 0) detected += recurrenceDetectionProbability(wait, doublings, 18.6, 0.05);
      }
      expect(Math.abs((lc[i] ?? NaN) - (1 - failure * (detected / count)))).toBeLessThan(1e-4);
    });
  });

  it('LC(0) = 1 and LC falls with time (non-increasing on a monthly grid over 10 years)', () => {
    const days = Array.from({ length: 121 }, (_, k) => (k * 365.25) / 12);
    for (const parameters of [base, { ...base, residualProbability: 0.4, logClonogens: Math.log(2.4e5), logClonogensSigma: 2.3 }]) {
      const lc = localControlCurve({ ...parameters, days });
      expect(lc[0]).toBe(1);
      for (let k = 1; k < lc.length; k++) expect(lc[k]).toBeLessThanOrEqual((lc[k - 1] ?? NaN) + 1e-12);
      expect(lc[120]).toBeLessThan(0.99);
    }
  });

  it('is NaN everywhere outside its domain (unsorted days, π > 1, σ_T = 0, q > 1, NaN ln S)', () => {
    const bad: Partial<LocalControlCurveParameters>[] = [
      { days: [10, 5] }, { days: [-1] }, { residualProbability: 1.2 }, { doublingTimeSigma: 0 }, { dormantShare: 1.5 },
      { logSurvival: () => Number.NaN }, { reawakeningRatePerYear: 0 }, { alphaSd: -1 },
    ];
    for (const change of bad) {
      const lc = localControlCurve({ ...base, ...change });
      expect(lc.length).toBeGreaterThan(0);
      expect([...lc].every(Number.isNaN)).toBe(true);
    }
  });
});

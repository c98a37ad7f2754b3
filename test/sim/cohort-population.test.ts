import { schedule, tcpPopulation } from '@rtsim/core';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { runInThread } from '../../packages/sim/src/cohort/runInThread.js';
import { summarize } from '../../packages/sim/src/cohort/summarize.js';
import { arm, fixedParameters, scenario, subtype } from './cohortScenario.js';

const meta = { version: 'test', scenarioHash: 'test' };

describe('Monte Carlo cohort against the population TCP integral (Webb & Nahum 1993)', () => {
  // One subtype, fixed volume and density (N₀ = 10⁷ · 100 = 10⁹), α ~ normal truncated at 0, fixed α/β, no
  // surgery: the cohort's mean TCP estimates core's deterministic tcpPopulation; agreement within 4 standard errors.
  const cases = [
    { name: '25 × 2 Gy, no repopulation', spec: { fractions: 25, dose: 2, perWeek: 5 }, alphaMean: 0.3, alphaSd: 0.07, alphaBeta: 10, kickoffTime: 100 },
    { name: '33 × 2 Gy with repopulation (T_d 5 d, T_k 21 d)', spec: { fractions: 33, dose: 2, perWeek: 5 }, alphaMean: 0.25, alphaSd: 0.08, alphaBeta: 4, kickoffTime: 21 },
    { name: '5 × 6 Gy, wide α', spec: { fractions: 5, dose: 6, perWeek: 5 }, alphaMean: 0.35, alphaSd: 0.15, alphaBeta: 3, kickoffTime: 21 },
  ] as const;
  for (const c of cases) {
    it(`agrees for ${c.name}`, async () => {
      const s = scenario({
        patients: 60_000,
        seed: 314,
        subtypes: [
          subtype(
            'sts',
            fixedParameters({
              alpha: { dist: 'normal', mean: c.alphaMean, sd: c.alphaSd, min: 0 },
              alphaBeta: c.alphaBeta,
              doublingTime: 5,
              kickoffTime: c.kickoffTime,
              clonogenDensity: 1e7,
              tumour: { volume: 100 },
            }),
          ),
        ],
        arms: [arm('a', { schedule: c.spec })],
      });
      const results = summarize(await runInThread(s), compilePlan(s), meta);
      const [result] = results.arms;
      const expected = tcpPopulation({
        schedule: schedule(c.spec),
        alphaMean: c.alphaMean,
        alphaSd: c.alphaSd,
        alphaBeta: c.alphaBeta,
        clonogens: 1e9,
        doublingTime: 5,
        kickoffTime: c.kickoffTime,
      });
      expect(expected).toBeGreaterThan(0.05);
      expect(expected).toBeLessThan(0.95);
      expect(Math.abs((result?.meanTcp ?? NaN) - expected)).toBeLessThan(4 * (result?.meanTcpSe ?? NaN));
      // The control draws are Bernoulli(TCP): the control rate estimates the same quantity.
      const [low, high] = result?.controlCi95 ?? [NaN, NaN];
      expect(expected).toBeGreaterThan(low - 0.01);
      expect(expected).toBeLessThan(high + 0.01);
    });
  }
});

describe('arm toxicity (LKB)', () => {
  it('scores the organ at risk once per arm, with the DVH converted to EQD2', async () => {
    // One bin, whole organ at 50 Gy in 25 fractions, α/β = 3: EQD2 = 50·(2 + 3)/(2 + 3) = 50 Gy = TD₅₀,
    // so NTCP = Φ(0) = ½. At 60 Gy in 25: EQD2 = 60·(2.4 + 3)/5 = 64.8 Gy, NTCP = Φ((64.8 − 50)/(0.2·50)) = Φ(1.48)
    // = 0.93056 (normal table).
    const organ = (dose: number) => ({ name: 'skin', dvh: [{ dose, volume: 1 }], td50: 50, m: 0.2, n: 1, alphaBeta: 3 });
    const s = scenario({
      patients: 2000,
      arms: [arm('50', { organAtRisk: organ(50) }), arm('60', { schedule: { fractions: 25, dose: 2.4, perWeek: 5 }, organAtRisk: organ(60) })],
    });
    const results = summarize(await runInThread(s), compilePlan(s), meta);
    const [first, second] = results.arms;
    expect(first?.toxicity?.ntcp).toBeCloseTo(0.5, 12);
    expect(first?.toxicity?.uncomplicatedControl).toBeCloseTo((first?.meanTcp ?? NaN) * 0.5, 12);
    expect(second?.toxicity?.ntcp).toBeCloseTo(0.93056, 5);
    expect(second?.toxicity?.organ).toBe('skin');
  });
});

// Multimodal arms (models.md, "Systemic and immune modifiers", "Dose-modifying agent"): each modifier changes
// outcomes in the direction and by the size its formula says. Hand-checkable patient: α = 0.3 Gy⁻¹, α/β = 3 Gy
// (β = 0.1 Gy⁻²), T_d = 10 d, T_k = 20 d, N₀ = 10⁷/cm³ · 10 cm³ = 10⁸; 20 × 2 Gy Monday–Friday ends on day 25.
import { logSurvival, schedule, tcpPoisson } from '@rtsim/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { runInThread } from '../../packages/sim/src/cohort/runInThread.js';
import { simulateBlock } from '../../packages/sim/src/cohort/simulateBlock.js';
import { summarize } from '../../packages/sim/src/cohort/summarize.js';
import type { TrialResults } from '../../packages/sim/src/cohort/TrialResults.js';
import type { ResolvedModifier, ResolvedScenario } from '../../packages/sim/src/scenario/ResolvedScenario.js';
import { arm, fixedParameters, scenario, subtype } from './cohortScenario.js';

const meta = { version: 'test', scenarioHash: 'test' };
const course = { fractions: 20, dose: 2, perWeek: 5 } as const;
/** ln 2/T_d · (T − T_k) for T = 25 d. */
const repopulation = (Math.LN2 / 10) * (25 - 20);

function modifier(overrides: Partial<ResolvedModifier>): ResolvedModifier {
  return {
    type: 'immunotherapy',
    agent: 'drug',
    doseModifyingFactor: 1,
    logKill: 0,
    responseProbability: { only: 1 },
    markerNegativeResponseProbability: 0,
    ...overrides,
  };
}

/** TCP of the first patient in each arm (block 0, one patient: its Σ TCP). */
function singlePatientTcp(s: ResolvedScenario): number[] {
  const plan = compilePlan({ ...s, patients: 1 });
  const partial = simulateBlock(plan, 0);
  return plan.arms.map((_, a) => partial.sums[plan.layout.armSums + 2 * a * plan.subtypes.length]);
}

async function run(s: ResolvedScenario): Promise<TrialResults> {
  return summarize(await runInThread(s), compilePlan(s), meta);
}

describe('log cell kill L', () => {
  // docs/scenarios.md and the schema: logKill is a natural log, so 1 leaves 37% (kills 63%) and the oncology
  // "1-log kill" (90%) is ln 10 ≈ 2.303, not 1: the patient's 10⁸ clonogens become 3.68 × 10⁷ and 10⁷.
  it('logKill 1 leaves 37% of the clonogens, logKill 2.303 (ln 10) a tenth: a natural log, not decades', () => {
    const s = scenario({
      arms: [
        arm('ln-1', { schedule: course, modifiers: [modifier({ logKill: 1 })] }),
        arm('one-decade', { schedule: course, modifiers: [modifier({ logKill: 2.302585092994046 })] }),
      ],
    });
    const [natural, decade] = singlePatientTcp(s);
    expect(natural).toBeCloseTo(tcpPoisson(3.678794411714423e7, -20 + repopulation), 12);
    expect(decade).toBeCloseTo(tcpPoisson(1e7, -20 + repopulation), 12);
  });

  it('a kill L in every patient multiplies the surviving clonogens by e^{−L}: TCP = tcpPoisson(N₀, ln S − L)', () => {
    // Tolerance 1e-13 absolute: the engine evaluates the same exp(−exp(·)) with ln S summed in another order.
    fc.assert(
      fc.property(fc.double({ min: 0, max: 20, noNaN: true }), (logKill) => {
        const s = scenario({
          arms: [arm('rt', { schedule: course }), arm('rt-kill', { schedule: course, modifiers: [modifier({ logKill })] })],
        });
        const [plain, killed] = singlePatientTcp(s);
        expect(plain).toBeCloseTo(tcpPoisson(1e8, -20 + repopulation), 13);
        expect(killed).toBeCloseTo(tcpPoisson(1e8, -20 + repopulation - logKill), 13);
      }),
      { numRuns: 25 },
    );
  });

  it('kills of two agents add: L₁ + L₂', () => {
    const s = scenario({
      arms: [
        arm('two', { schedule: course, modifiers: [modifier({ agent: 'a', logKill: 0.4 }), modifier({ agent: 'b', type: 'systemic', logKill: 0.7 })] }),
      ],
    });
    expect(singlePatientTcp(s)[0]).toBeCloseTo(tcpPoisson(1e8, -20 + repopulation - 1.1), 13);
  });

  it('a dose-scaled kill is L·min(maxFactor, (d/d_ref)^k): 5 × 5 Gy against d_ref 2 Gy, k = 1, caps 2 and 4', () => {
    // 5 × 5 Gy daily: −ln S = 5(1.5 + 2.5) = 20, T = 4 d < T_k: no repopulation.
    const short = { fractions: 5, dose: 5, perWeek: 5 } as const;
    const scaled = (maxFactor: number): ResolvedModifier => modifier({ logKill: 1, doseScaling: { referenceDose: 2, exponent: 1, maxFactor } });
    const s = scenario({
      arms: [arm('cap2', { schedule: short, modifiers: [scaled(2)] }), arm('cap4', { schedule: short, modifiers: [scaled(4)] })],
    });
    const [capped, uncapped] = singlePatientTcp(s);
    expect(capped).toBeCloseTo(tcpPoisson(1e8, -20 - 2), 13);
    expect(uncapped).toBeCloseTo(tcpPoisson(1e8, -20 - 2.5), 13);
  });

  it('a kill day widens the treatment span: day −14 adds 14 days of repopulation, even at p = 0', () => {
    const s = scenario({
      arms: [arm('early', { schedule: course, modifiers: [modifier({ logKill: 2, day: -14, responseProbability: { only: 0 } })] })],
    });
    expect(singlePatientTcp(s)[0]).toBeCloseTo(tcpPoisson(1e8, -20 + (Math.LN2 / 10) * (39 - 20)), 13);
  });

  it('a marker-gated kill day widens the span of marker-positive patients only', () => {
    const gated = (prevalence: number): ResolvedScenario =>
      scenario({
        markers: ['M'],
        subtypes: [subtype('only', { ...fixedParameters(), markers: { M: prevalence } })],
        arms: [arm('gated', { schedule: course, modifiers: [modifier({ type: 'cellTherapy', marker: 'M', logKill: 1, day: -14 })] })],
      });
    expect(singlePatientTcp(gated(1))[0]).toBeCloseTo(tcpPoisson(1e8, -20 + (Math.LN2 / 10) * 19 - 1), 13);
    expect(singlePatientTcp(gated(0))[0]).toBeCloseTo(tcpPoisson(1e8, -20 + repopulation), 13);
  });

  it('p = 0 changes nothing, byte for byte (results JSON)', async () => {
    const base = (modifiers?: ResolvedModifier[]): ResolvedScenario =>
      scenario({
        patients: 5000,
        subtypes: [subtype('only', fixedParameters({ alpha: { dist: 'normal', mean: 0.3, sd: 0.08, min: 0 }, tumour: { volume: { dist: 'lognormal', median: 20, sigma: 0.8 } } }))],
        arms: [arm('rt', { schedule: course }), arm('rt2', { schedule: course, ...(modifiers === undefined ? {} : { modifiers }) })],
      });
    const without = JSON.stringify(await run(base()));
    const withZero = JSON.stringify(await run(base([modifier({ logKill: 5, responseProbability: { only: 0 } })])));
    expect(withZero).toBe(without);
  });

  it('responders are drawn with probability p: with L = 50 and base TCP ≈ 0, mean TCP = p within 4 SE', async () => {
    // ln N_left without kill ≈ ln 10⁸ − 5 + … > 13: TCP = 0 to double precision; with L = 50: TCP = 1.
    const s = scenario({
      patients: 20_000,
      arms: [arm('weak', { schedule: { fractions: 5, dose: 1, perWeek: 5 }, modifiers: [modifier({ logKill: 50, responseProbability: { only: 0.3 } })] })],
    });
    const results = await run(s);
    const se = Math.sqrt((0.3 * 0.7) / 20_000);
    expect(Math.abs((results.arms[0]?.meanTcp ?? 0) - 0.3)).toBeLessThan(4 * se);
  });
});

describe('common random numbers for responses', () => {
  const weak = { fractions: 5, dose: 1, perWeek: 5 } as const;
  const cohort = (arms: ResolvedScenario['arms']): ResolvedScenario => scenario({ patients: 20_000, arms });

  it('the same agent in two arms: the responders at p = 0.2 are among those at p = 0.5 (no patient controlled in the first only)', async () => {
    const results = await run(
      cohort([
        arm('low', { schedule: weak, modifiers: [modifier({ agent: 'x', logKill: 50, responseProbability: { only: 0.2 } })] }),
        arm('high', { schedule: weak, modifiers: [modifier({ agent: 'x', logKill: 50, responseProbability: { only: 0.5 } })] }),
      ]),
    );
    const pair = results.comparisons[0];
    expect(pair?.discordant.aOnly).toBe(0);
    // bOnly ~ Binomial(20 000, 0.3): within 4 SE.
    expect(Math.abs((pair?.discordant.bOnly ?? 0) / 20_000 - 0.3)).toBeLessThan(4 * Math.sqrt(0.21 / 20_000));
  });

  it('different agents are drawn independently: controlled in the first arm only ≈ 0.2 · 0.5 of patients', async () => {
    const results = await run(
      cohort([
        arm('x', { schedule: weak, modifiers: [modifier({ agent: 'x', logKill: 50, responseProbability: { only: 0.2 } })] }),
        arm('y', { schedule: weak, modifiers: [modifier({ agent: 'y', logKill: 50, responseProbability: { only: 0.5 } })] }),
      ]),
    );
    const aOnly = (results.comparisons[0]?.discordant.aOnly ?? 0) / 20_000;
    expect(Math.abs(aOnly - 0.1)).toBeLessThan(4 * Math.sqrt(0.09 / 20_000));
  });
});

describe('dose-modifying factors on the fractions they accompany', () => {
  // DMF 1.2 on 10 of the 20 fractions: −ln S = 10(0.3·2.4 + 0.1·2.4²) + 10(0.3·2 + 0.1·4) = 12.96 + 10 = 22.96.
  const heated = 22.96;

  it('hyperthermia on fractions 1–10 gives −ln S = Σ α·DMFᵢdᵢ + β(DMFᵢdᵢ)²', () => {
    const s = scenario({
      arms: [arm('ht', { schedule: course, modifiers: [modifier({ type: 'hyperthermia', agent: 'hyperthermia', doseModifyingFactor: 1.2, fractions: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] })] })],
    });
    expect(singlePatientTcp(s)[0]).toBeCloseTo(tcpPoisson(1e8, -heated + repopulation), 13);
  });

  it('a day window fromDay 0 – toDay 11 selects the same 10 fractions (days 0–4 and 7–11)', () => {
    const s = scenario({
      arms: [arm('chemo', { schedule: course, modifiers: [modifier({ type: 'systemic', doseModifyingFactor: 1.2, fromDay: 0, toDay: 11 })] })],
    });
    expect(singlePatientTcp(s)[0]).toBeCloseTo(tcpPoisson(1e8, -heated + repopulation), 13);
  });

  it('a DMF on every fraction equals the arm-level doseModifyingFactor exactly', () => {
    const s = scenario({
      arms: [
        arm('arm-level', { schedule: course, doseModifyingFactor: 1.15 }),
        arm('modifier', { schedule: course, modifiers: [modifier({ type: 'hyperthermia', agent: 'hyperthermia', doseModifyingFactor: 1.15 })] }),
      ],
    });
    const [armLevel, viaModifier] = singlePatientTcp(s);
    expect(viaModifier).toBeCloseTo(armLevel, 14);
  });

  it('DMF > 1 raises TCP, DMF < 1 lowers it (property over DMF in (0.5, 2))', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 2, noNaN: true }), (dmf) => {
        const s = scenario({
          arms: [arm('rt', { schedule: course }), arm('dmf', { schedule: course, modifiers: [modifier({ type: 'hyperthermia', doseModifyingFactor: dmf, fractions: [1, 5, 9] })] })],
        });
        const [plain, modified] = singlePatientTcp(s) as [number, number];
        if (dmf > 1.0001) expect(modified).toBeGreaterThan(plain);
        if (dmf < 0.9999) expect(modified).toBeLessThan(plain);
      }),
      { numRuns: 30 },
    );
  });

  it('on the general survival path (USC) the heated fractions go to core logSurvival with scaled doses', () => {
    const usc = { model: 'usc', d0: 1.25 } as const;
    const s = scenario({
      arms: [arm('usc', { schedule: { fractions: 3, dose: 10, everyDays: 2 }, survival: usc, modifiers: [modifier({ type: 'hyperthermia', doseModifyingFactor: 1.1, fractions: [2] })] })],
    });
    const fractions = schedule({ fractions: 3, dose: 10, everyDays: 2 }).map((f, i) => (i === 1 ? { ...f, dose: 11 } : f));
    const logS = logSurvival(fractions, { alpha: 0.3, beta: 0.1, reoxygenation: 'full', doseModifyingFactor: 1 }, usc);
    expect(singlePatientTcp(s)[0]).toBeCloseTo(tcpPoisson(1e8, logS), 13);
  });
});

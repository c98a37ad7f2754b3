import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Distribution } from '@rtsim/core';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import type { EnginePlan } from '../../packages/sim/src/cohort/EnginePlan.js';
import { kernelEligibility } from '../../packages/sim/src/cohort/kernelEligibility.js';
import { kernelSimulateBlock } from '../../packages/sim/src/cohort/kernelSimulateBlock.js';
import { simulateBlock } from '../../packages/sim/src/cohort/simulateBlock.js';
import type { ResolvedArm, ResolvedSubtype } from '../../packages/sim/src/scenario/ResolvedScenario.js';
import { parseScenario } from '../../packages/sim/src/scenario/parseScenario.js';
import { arm, fixedParameters, scenario, subtype } from './cohortScenario.js';

/** Element indices where two arrays differ as values (Object.is: NaN equals NaN, −0 differs from +0). */
function differences(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (!Object.is(a[i], b[i])) out.push(i);
  return out;
}

/** Every block of the plan by both engines: the kernel must return the TypeScript engine's partial exactly. */
function expectSameBlocks(plan: EnginePlan): void {
  expect(kernelEligibility(plan)).toEqual({ eligible: true, reason: '' });
  for (let k = 0; k < plan.blockCount; k++) {
    const reference = simulateBlock(plan, k, 'typescript');
    const kernel = kernelSimulateBlock(plan, k);
    if (kernel === undefined) throw new Error('the kernel did not run');
    expect(kernel.blockIndex).toBe(k);
    expect(kernel.patients).toBe(reference.patients);
    expect(differences(kernel.sums, reference.sums)).toEqual([]);
    expect(differences(kernel.counts, reference.counts)).toEqual([]);
  }
}

const positive = (low: number, high: number): fc.Arbitrary<number> => fc.double({ min: low, max: high, noNaN: true });

/** A distribution of a positive parameter around `centre`, of every kind the kernel supports. */
function spread(centre: number): fc.Arbitrary<Distribution> {
  return fc.oneof(
    fc.constant(centre),
    positive(0.05, 0.6).map((sigma): Distribution => ({ dist: 'lognormal', median: centre, sigma })),
    positive(0.05, 0.4).map((sd): Distribution => ({ dist: 'normal', mean: centre, sd: sd * centre, min: 0 })),
    positive(0.05, 0.4).map((sd): Distribution => ({ dist: 'normal', mean: centre, sd: sd * centre, min: 1.2 * centre, max: 3 * centre })),
    positive(0.1, 0.9).map((w): Distribution => ({ dist: 'uniform', min: centre * (1 - w), max: centre * (1 + w) })),
    positive(0.1, 0.9).map((w): Distribution => ({ dist: 'triangular', min: centre * (1 - w), mode: centre, max: centre * (1 + 2 * w) })),
  );
}

const subtypeArbitrary: fc.Arbitrary<ResolvedSubtype> = fc
  .record({
    weight: positive(0.1, 1),
    alpha: spread(0.3),
    // A normal α without a lower bound can draw α < 0: such patients are counted as problems, by both engines.
    unboundedAlpha: fc.boolean(),
    alphaBeta: spread(4),
    doublingTime: spread(20),
    kickoffTime: fc.oneof(fc.constant<Distribution>(21), fc.constant<Distribution>({ dist: 'uniform', min: 0, max: 40 })),
    clonogenDensity: spread(1e7),
    size: fc.oneof(spread(200).map((volume) => ({ volume })), spread(6).map((diameter) => ({ diameter }))),
    detection: fc.oneof(fc.constant(undefined), spread(1e8)),
    postTreatmentDoublingTime: fc.oneof(fc.constant(undefined), spread(30)),
    repairHalfTimeHours: fc.oneof(fc.constant(undefined), fc.constant<Distribution>(1.5)),
    rsi: fc.oneof(fc.constant(undefined), fc.constant<Distribution>({ dist: 'uniform', min: 0.2, max: 0.8 })),
    rsiBeta: fc.oneof(fc.constant(undefined), fc.constant(0.03)),
  })
  .map((p, ) => {
    const alpha: Distribution = p.unboundedAlpha ? { dist: 'normal', mean: 0.3, sd: 0.2 } : p.alpha;
    return subtype(`s${Math.round(p.weight * 1e6)}`, fixedParameters({
      alpha,
      alphaBeta: p.alphaBeta,
      doublingTime: p.doublingTime,
      kickoffTime: p.kickoffTime,
      clonogenDensity: p.clonogenDensity,
      tumour: p.size,
      ...(p.detection === undefined ? { detectionVolume: { dist: 'lognormal', median: 1, sigma: 0.3 } } : { detectionClonogens: p.detection }),
      ...(p.postTreatmentDoublingTime === undefined ? {} : { postTreatmentDoublingTime: p.postTreatmentDoublingTime }),
      ...(p.repairHalfTimeHours === undefined ? {} : { repairHalfTimeHours: p.repairHalfTimeHours }),
      ...(p.rsi === undefined ? {} : { rsi: p.rsi, ...(p.rsiBeta === undefined ? {} : { rsiBeta: p.rsiBeta }) }),
    }), p.weight);
  });

const residualArbitrary: fc.Arbitrary<Distribution> = fc.oneof(
  positive(1e-4, 1.5),
  positive(0.1, 1.5).map((sigma): Distribution => ({ dist: 'lognormal', median: 0.01, sigma })),
  fc.constant<Distribution>({ dist: 'uniform', min: 0.001, max: 0.1 }),
  // Draws ≤ 0: the patient is counted as a residual-fraction problem.
  fc.constant<Distribution>({ dist: 'uniform', min: -0.05, max: 0.1 }),
);

const armArbitrary = (index: number): fc.Arbitrary<ResolvedArm> =>
  fc
    .record({
      fractions: fc.integer({ min: 1, max: 35 }),
      dose: positive(1, 20),
      surgery: fc.option(fc.record({ day: fc.integer({ min: -40, max: 60 }), R0: residualArbitrary, R1: residualArbitrary, R2: residualArbitrary })),
    })
    .map(({ fractions, dose, surgery }) =>
      arm(`arm${index}`, {
        schedule: { fractions, dose, perWeek: 5 },
        ...(surgery === null ? {} : { surgery: { day: surgery.day, margins: { R0: 0.6, R1: 0.3, R2: 0.1 }, residualFraction: { R0: surgery.R0, R1: surgery.R1, R2: surgery.R2 } } }),
      }),
    );

describe('the WebAssembly block kernel against the TypeScript engine (bit for bit)', () => {
  it('R1 (bench/scenarios/r1.yaml): the first blocks and a partial last block', () => {
    const parsed = parseScenario(readFileSync(new URL('../../bench/scenarios/r1.yaml', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error('r1.yaml does not parse');
    expectSameBlocks(compilePlan({ ...parsed.scenario, patients: 3 * 4096 + 1000 }));
  });

  it('random eligible scenarios: subtypes, weights, distributions, arms, surgery, seeds, patients across block boundaries', () => {
    fc.assert(
      fc.property(
        fc.array(subtypeArbitrary, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 4 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => armArbitrary(i)))),
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 1, max: 9000 }),
        (subtypes, arms, seed, patients) => {
          const named = subtypes.map((s, i) => ({ ...s, id: `subtype${i}`, name: `subtype${i}` }));
          expectSameBlocks(compilePlan(scenario({ subtypes: named, arms, seed, patients })));
        },
      ),
      { numRuns: 25 },
    );
  });
});

/** The plan of a scenario file of the repository (docs/performance.md names which of them take the kernel). */
function filePlan(path: string): EnginePlan {
  const parsed = parseScenario(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'), path);
  if (!parsed.ok) throw new Error(`${path} does not parse`);
  return compilePlan(parsed.scenario);
}

describe('kernelEligibility', () => {
  it('takes the kernel for the scenarios docs/performance.md names, and not for the extensions', () => {
    const kernelPath = ['bench/scenarios/r1.yaml', 'bench/scenarios/lc-plain.yaml', 'scenarios/educator-minimal.yaml', 'scenarios/treatment-gap.yaml',
      'scenarios/myxoid-liposarcoma-deescalation.yaml', 'scenarios/uncertainty-preop.yaml', 'scenarios/multimodal/hyperthermia-preop.yaml'];
    for (const path of kernelPath) expect([path, kernelEligibility(filePlan(path))]).toEqual([path, { eligible: true, reason: '' }]);
    expect(kernelEligibility(filePlan('scenarios/default.yaml')).reason).toBe('the plan has localControl (not in the kernel)');
    expect(kernelEligibility(filePlan('scenarios/multimodal/chemoradiotherapy.yaml')).reason).toBe('the plan has extras (not in the kernel)');
    expect(kernelEligibility(filePlan('scenarios/sbrt-lung-metastases.yaml')).reason).toMatch(/^arm 1x30-usc uses survival mode 3/);
  });


  it('accepts the plain path and names what it refuses', () => {
    expect(kernelEligibility(compilePlan(scenario()))).toEqual({ eligible: true, reason: '' });
    const hypoxic = compilePlan(scenario({ subtypes: [subtype('h', fixedParameters({ hypoxicFraction: 0.2 }))] }));
    expect(kernelEligibility(hypoxic).eligible).toBe(false);
    expect(kernelEligibility(hypoxic).reason).toMatch(/hypoxic/);
    const drawnRepair = compilePlan(scenario({ subtypes: [subtype('r', fixedParameters({ repairHalfTimeHours: { dist: 'uniform', min: 0.5, max: 2 } }))] }));
    expect(kernelEligibility(drawnRepair).reason).toMatch(/survival mode 3/);
  });

  it('refuses a plan with a feature field, and with any field it does not know (a future engine feature)', () => {
    const plan = compilePlan(scenario());
    expect(kernelEligibility({ ...plan, extras: { markers: [] } } as unknown as EnginePlan).reason).toBe('the plan has extras (not in the kernel)');
    expect(kernelEligibility({ ...plan, newFeature: 1 } as unknown as EnginePlan).reason).toBe('the plan has newFeature (a field not known to the kernel)');
    const [first] = plan.arms;
    if (first === undefined) throw new Error('no arm');
    expect(kernelEligibility({ ...plan, arms: [{ ...first, targetDvh: [] }] }).reason).toBe(
      'arm conventional has targetDvh (not in the kernel)',
    );
    // Such a plan is simulated by the TypeScript engine: kernelSimulateBlock declines it.
    expect(kernelSimulateBlock({ ...plan, newFeature: 1 } as unknown as EnginePlan, 0)).toBeUndefined();
  });
});

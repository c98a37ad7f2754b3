import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import type { EnginePlan } from '../../packages/sim/src/cohort/EnginePlan.js';
import { kernelEligibility } from '../../packages/sim/src/cohort/kernelEligibility.js';
import { kernelSimulateBlock } from '../../packages/sim/src/cohort/kernelSimulateBlock.js';
import { simulateBlock } from '../../packages/sim/src/cohort/simulateBlock.js';
import { parseScenario } from '../../packages/sim/src/scenario/parseScenario.js';
import { fixedParameters, scenario, subtype } from './cohortScenario.js';
import { armArbitrary, subtypeArbitrary } from './kernelScenarioArbitraries.js';

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

describe('the WebAssembly block kernel against the TypeScript engine (bit for bit)', () => {
  it('R1 (bench/scenarios/r1.yaml): the first blocks and a partial last block', () => {
    const parsed = parseScenario(readFileSync(new URL('../../bench/scenarios/r1.yaml', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error('r1.yaml does not parse');
    expectSameBlocks(compilePlan({ ...parsed.scenario, patients: 3 * 4096 + 1000 }));
  });

  it('random eligible scenarios: subtypes, weights, distributions, arms, surgery, follow-up, compared pairs, seeds, patients across block boundaries', () => {
    // What the runs reached, summed over them from the TypeScript engine's partials: each branch must be exercised.
    const reached = { invalid: 0, controlled: 0, failedWithin: 0, pairedRecurrences: 0, runs: 0 };
    fc.assert(
      fc.property(
        fc.array(subtypeArbitrary, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 4 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => armArbitrary(i)))),
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 1, max: 9000 }),
        // A short horizon censors most failures; a first visit of 0 days detects at once; follow-up times add the pairs'
        // paired local recurrences.
        fc
          .record({ years: fc.constantFrom(0.7, 2, 5, 10), firstVisitDays: fc.constantFrom(0, 30, 90), timed: fc.boolean() })
          .map(({ years, firstVisitDays, timed }) => ({ years, firstVisitDays, ...(timed ? { at: [years / 2, years] } : {}) })),
        fc.constantFrom<'default' | 'all' | 'reversed'>('default', 'all', 'reversed'),
        (subtypes, arms, seed, patients, followUp, pairs) => {
          const named = subtypes.map((s, i) => ({ ...s, id: `subtype${i}`, name: `subtype${i}` }));
          const comparisons = pairs === 'all' ? { comparisons: 'all' as const } : pairs === 'reversed' && arms.length > 1 ? { comparisons: [{ a: arms[arms.length - 1].id, b: arms[0].id }] } : {};
          const plan = compilePlan(scenario({ subtypes: named, arms, seed, patients, followUp, ...comparisons }));
          expectSameBlocks(plan);
          const { layout } = plan;
          const whole = simulateBlock(plan, 0, 'typescript');
          reached.runs++;
          reached.invalid += whole.counts[layout.invalidPatients];
          for (let cell = 0; cell < plan.arms.length * plan.subtypes.length; cell++) {
            const at = layout.armCounts + cell * layout.armStride;
            reached.controlled += whole.counts[at];
            for (let t = 0; t < layout.timeBins; t++) reached.failedWithin += whole.counts[at + 1 + layout.histogramBins + t];
          }
          for (let i = layout.pairEventCounts; i < layout.countLength; i++) reached.pairedRecurrences += whole.counts[i];
        },
      ),
      { numRuns: 40 },
    );
    expect(reached.runs).toBe(40);
    expect(reached.invalid).toBeGreaterThan(0);
    expect(reached.controlled).toBeGreaterThan(0);
    expect(reached.failedWithin).toBeGreaterThan(0);
    expect(reached.pairedRecurrences).toBeGreaterThan(0);
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
    // The kernel counts one paired endpoint (the local recurrence): a layout with more is not its.
    const timed = compilePlan(scenario({ followUp: { years: 5, firstVisitDays: 90, at: [2, 5] } }));
    expect([timed.layout.pairEndpoints, kernelEligibility(timed).eligible]).toEqual([1, true]);
    expect(kernelEligibility({ ...timed, layout: { ...timed.layout, pairEndpoints: 2 } }).reason).toBe('the layout has 2 paired endpoints (the kernel counts 1)');
  });

  it('refuses a distribution of a kind or shape it does not draw, and a residual mode it does not implement', () => {
    const plan = compilePlan(scenario());
    const [only] = plan.subtypes;
    const [first] = plan.arms;
    if (only === undefined || first === undefined) throw new Error('no subtype or arm');
    const distributions = only.distributions.map((d, j) => (j === 1 ? { ...d, kind: 9 } : d));
    expect(kernelEligibility({ ...plan, subtypes: [{ ...only, distributions }] } as unknown as EnginePlan).reason).toBe('subtype only has a distribution of kind 9 (not in the kernel)');
    const shaped = only.distributions.map((d, j) => (j === 2 ? { ...d, skew: 1 } : d));
    expect(kernelEligibility({ ...plan, subtypes: [{ ...only, distributions: shaped }] }).reason).toBe('subtype only has a distribution with skew (a field not known to the kernel)');
    const residual = [{ ...first.residualFraction[0], kind: 7 }, first.residualFraction[1], first.residualFraction[2]];
    expect(kernelEligibility({ ...plan, arms: [{ ...first, residualFraction: residual }] } as unknown as EnginePlan).reason).toBe(
      "arm conventional's residual fraction has a distribution of kind 7 (not in the kernel)",
    );
    const table = Float64Array.from(plan.armTable);
    table[4 + 3] = 5; // R1's residual mode (EnginePlan.armTable)
    expect(kernelEligibility({ ...plan, armTable: table }).reason).toBe('arm conventional has residual mode 5 (not in the kernel)');
  });
});

describe('RTSIM_BLOCK_ENGINE', () => {
  it('auto, typescript or unset; anything else is refused by name rather than quietly running the other engine', () => {
    const saved = process.env['RTSIM_BLOCK_ENGINE'];
    try {
      const plan = compilePlan(scenario({ patients: 10 }));
      process.env['RTSIM_BLOCK_ENGINE'] = 'ts';
      expect(() => simulateBlock(plan, 0)).toThrow('RTSIM_BLOCK_ENGINE must be auto or typescript (or unset), got "ts"');
      process.env['RTSIM_BLOCK_ENGINE'] = 'typescript';
      const typescript = simulateBlock(plan, 0);
      process.env['RTSIM_BLOCK_ENGINE'] = 'auto';
      expect(differences(simulateBlock(plan, 0).counts, typescript.counts)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env['RTSIM_BLOCK_ENGINE'];
      else process.env['RTSIM_BLOCK_ENGINE'] = saved;
    }
  });
});

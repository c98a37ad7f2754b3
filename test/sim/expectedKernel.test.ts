import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import type { EnginePlan } from '../../packages/sim/src/cohort/EnginePlan.js';
import { kernelEligibility } from '../../packages/sim/src/cohort/kernelEligibility.js';
import { expectedJson } from '../../packages/sim/src/expected/expectedJson.js';
import { expectedOutcomes } from '../../packages/sim/src/expected/expectedOutcomes.js';
import { kernelScrambleSobol } from '../../packages/sim/src/expected/kernelScrambleSobol.js';
import { kernelScramblingSums } from '../../packages/sim/src/expected/kernelScramblingSums.js';
import { scramblingSums } from '../../packages/sim/src/expected/scramblingSums.js';
import type * as ExpectedOutcomesModule from '../../packages/sim/src/expected/expectedOutcomes.js';
import { namedGenerator } from '../../packages/sim/src/random/namedGenerator.js';
import { patientSlots } from '../../packages/sim/src/random/patientSlots.js';
import { scrambleSobol } from '../../packages/sim/src/random/scrambleSobol.js';
import { sobolDirections } from '../../packages/sim/src/random/sobolDirections.js';
import type { ResolvedScenario } from '../../packages/sim/src/scenario/ResolvedScenario.js';
import { parseScenario } from '../../packages/sim/src/scenario/parseScenario.js';
import { mixedScenario, scenario } from './cohortScenario.js';
import { armArbitrary, subtypeArbitrary } from './kernelScenarioArbitraries.js';

/** Element indices where two arrays differ as values (Object.is: NaN equals NaN, −0 differs from +0). */
function differences(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (!Object.is(a[i], b[i])) out.push(i);
  return out;
}

function r1(): ResolvedScenario {
  const parsed = parseScenario(readFileSync(new URL('../../bench/scenarios/r1.yaml', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('r1.yaml does not parse');
  return parsed.scenario;
}

/** Scrambling r of the plan's seed, as expectedOutcomes makes it. */
const scrambling = (plan: EnginePlan, r: number) => scrambleSobol(sobolDirections(patientSlots.control), namedGenerator(plan.seed, 'sobol', r));

/**
 * Points 0 … cuts[last] − 1 of scrambling r, by the TypeScript engine in one call and by the kernel in the slices that
 * `cuts` gives: the sums, the final Gray-code state and the invalid count must be the same bits.
 * @returns the invalid points (of the TypeScript engine)
 */
function expectSameScrambling(plan: EnginePlan, r: number, cuts: readonly number[]): number {
  const scramble = scrambling(plan, r);
  const end = cuts[cuts.length - 1] ?? 0;
  const referenceSums = new Float64Array(plan.arms.length);
  const referencePoint = new Uint32Array(scramble.dimensions);
  const referenceInvalid = scramblingSums(plan, scramble, referencePoint, 0, end, referenceSums);
  const sums = new Float64Array(plan.arms.length);
  const point = new Uint32Array(scramble.dimensions);
  let invalid = 0;
  let from = 0;
  for (const to of cuts) {
    const slice = kernelScramblingSums(plan, scramble, point, from, to, sums);
    if (slice === undefined) throw new Error('the kernel did not run');
    invalid += slice;
    from = to;
  }
  expect(differences(sums, referenceSums)).toEqual([]);
  expect(differences(point, referencePoint)).toEqual([]);
  expect(invalid).toBe(referenceInvalid);
  return referenceInvalid;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.doUnmock('../../packages/sim/src/cohort/blockKernel.js');
  vi.resetModules();
});

describe("expected mode's integral on the WebAssembly kernel, bit for bit with the TypeScript engine", () => {
  it('R1: expected.json is the same text from both engines (16 × 32768 points: two slices per scrambling)', async () => {
    const s = r1();
    expect(kernelEligibility(compilePlan(s)).eligible).toBe(true);
    const options = { points: 32768, scramblings: 16, version: 'test' };
    const typescript = await expectedOutcomes(s, { ...options, engine: 'typescript' });
    const kernel = await expectedOutcomes(s, { ...options, engine: 'auto' });
    expect(expectedJson(kernel)).toBe(expectedJson(typescript));
    expect(kernel.arms).toHaveLength(4);
  }, 60_000);

  it('R1: per-scrambling sums in uneven slices, across the first points and a point index of 2^k', () => {
    const plan = compilePlan(r1());
    for (const r of [0, 7]) expectSameScrambling(plan, r, [1, 2, 3, 1000, 1024, 1025, 4096, 5000]);
  });

  it('random eligible scenarios, scramblings and slices: sums, state and invalid points (fast-check)', () => {
    let invalidSeen = 0;
    fc.assert(
      fc.property(
        fc.array(subtypeArbitrary, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 4 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => armArbitrary(i)))),
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 255 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 4 }),
        (subtypes, arms, seed, r, cuts) => {
          const named = subtypes.map((s, i) => ({ ...s, id: `subtype${i}`, name: `subtype${i}` }));
          const plan = compilePlan(scenario({ subtypes: named, arms, seed }));
          expect(kernelEligibility(plan)).toEqual({ eligible: true, reason: '' });
          invalidSeen += expectSameScrambling(plan, r, [...cuts].sort((a, b) => a - b));
        },
      ),
      { numRuns: 40 },
    );
    // The generators reach invalid patients (α < 0, RSI > 1, residual fractions ≤ 0): the count was compared.
    expect(invalidSeen).toBeGreaterThan(0);
  });

  it("the kernel's scramble gives scrambleSobol's words and shifts for any seed, scrambling and dimension count (fast-check)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 16 }), (seed, r, dimensions) => {
        const directions = sobolDirections(dimensions);
        const reference = scrambleSobol(directions, namedGenerator(seed, 'sobol', r));
        const kernel = kernelScrambleSobol(directions, seed, r);
        if (kernel === undefined) throw new Error('the kernel did not run');
        expect(kernel.dimensions).toBe(dimensions);
        expect(differences(kernel.directions, reference.directions)).toEqual([]);
        expect(differences(kernel.shift, reference.shift)).toEqual([]);
      }),
      { numRuns: 200 },
    );
    // And R1's seed, scrambling 0, in the 14 dimensions expected mode uses (the scramble the tests above integrate).
    const directions = sobolDirections(patientSlots.control);
    expect(Array.from(kernelScrambleSobol(directions, 20261126, 0)?.directions ?? [])).toEqual(Array.from(scrambleSobol(directions, namedGenerator(20261126, 'sobol', 0)).directions));
  });

  it('a plan the kernel does not take (hypoxia, LQ-L) is integrated by the TypeScript engine', async () => {
    const s = mixedScenario();
    const plan = compilePlan(s);
    expect(kernelEligibility(plan).reason).toMatch(/hypoxic/);
    const sums = new Float64Array(plan.arms.length);
    const point = new Uint32Array(patientSlots.control);
    expect(kernelScramblingSums(plan, scrambling(plan, 0), point, 0, 64, sums)).toBeUndefined();
    expect(Array.from(sums)).toEqual([0, 0, 0]);
    const options = { points: 256, scramblings: 4, version: 'test' };
    const auto = await expectedOutcomes(s, options);
    expect(expectedJson(auto)).toBe(expectedJson(await expectedOutcomes(s, { ...options, engine: 'typescript' })));
    expect(auto.arms[0]?.mean).toBeGreaterThan(0);
  });
});

describe("expected mode's engine choice", () => {
  const s = r1();
  const options = { points: 1024, scramblings: 4, version: 'test' };

  /** expectedOutcomes from fresh modules with the kernel replaced by one whose integral throws, to see who runs. */
  async function withThrowingKernel(): Promise<typeof ExpectedOutcomesModule> {
    vi.resetModules();
    const real = await import('../../packages/sim/src/cohort/blockKernel.js');
    vi.doMock('../../packages/sim/src/cohort/blockKernel.js', () => ({
      ...real,
      blockKernel: () => ({
        ...real.blockKernel(),
        scramblingSums: () => {
          throw new Error('the kernel ran');
        },
      }),
    }));
    return import('../../packages/sim/src/expected/expectedOutcomes.js');
  }

  it('takes the kernel by default, and the TypeScript engine under RTSIM_BLOCK_ENGINE=typescript', async () => {
    vi.stubEnv('RTSIM_BLOCK_ENGINE', '');
    const modules = await withThrowingKernel();
    await expect(modules.expectedOutcomes(s, options)).rejects.toThrow('the kernel ran');
    vi.stubEnv('RTSIM_BLOCK_ENGINE', 'typescript');
    const forced = await modules.expectedOutcomes(s, options);
    expect(expectedJson(forced)).toBe(expectedJson(await expectedOutcomes(s, { ...options, engine: 'auto' })));
  });

  it('on the kernel, still stops between slices when its signal aborts (a run of 2^20 points × 256 would take minutes)', async () => {
    const controller = new AbortController();
    const pending = expectedOutcomes(s, { points: 1 << 20, scramblings: 256, version: 'test', engine: 'auto', signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stopped by the test')), 50);
    // Seen between slices: without it the run would take minutes and the test time out.
    await expect(pending).rejects.toThrow('stopped by the test');
  });

  it('refuses an engine that is neither auto nor typescript, naming it', async () => {
    await expect(expectedOutcomes(s, { ...options, engine: 'wasm' as 'auto' })).rejects.toThrow('engine must be auto or typescript (or left out), got "wasm"');
  });

  it('falls back to the TypeScript engine where there is no WebAssembly, or no SIMD, with the same results', async () => {
    const reference = expectedJson(await expectedOutcomes(s, { ...options, engine: 'typescript' }));
    const real = WebAssembly;
    for (const stub of [undefined, { ...real, validate: () => false, Module: real.Module, Instance: real.Instance }]) {
      vi.stubGlobal('WebAssembly', stub);
      vi.resetModules();
      const fresh = await import('../../packages/sim/src/expected/expectedOutcomes.js');
      const kernel = await import('../../packages/sim/src/cohort/blockKernel.js');
      expect(expectedJson(await fresh.expectedOutcomes(s, options))).toBe(reference);
      expect(kernel.blockKernel()).toBeUndefined();
      vi.unstubAllGlobals();
    }
  });
});

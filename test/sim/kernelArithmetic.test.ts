import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalQuantile, portableExp, portableLog, portableLog2, type Distribution } from '@rtsim/core';
import { blockKernel, type BlockKernel } from '../../packages/sim/src/cohort/blockKernel.js';
import { failureDay } from '../../packages/sim/src/cohort/failureDay.js';
import { blockStream, nextBlockUniforms } from '../../packages/sim/src/random/blockStream.js';
import { compileDistribution } from '../../packages/sim/src/random/compileDistribution.js';
import { distributionQuantile } from '../../packages/sim/src/random/distributionQuantile.js';
import { poissonQuantileApproximate, poissonQuantileExact } from '../../packages/sim/src/random/poissonQuantile.js';
import { streamPurposes } from '../../packages/sim/src/random/streamPurposes.js';

function kernel(): BlockKernel {
  const instance = blockKernel();
  if (instance === undefined) throw new Error('the block kernel does not load in this Node');
  return instance;
}

/** A scratch address in the kernel's memory, past its static data. */
function scratch(k: BlockKernel, bytes: number): number {
  const at = Math.ceil(k.heapBase() / 8) * 8;
  const missing = at + bytes - k.memory.buffer.byteLength;
  if (missing > 0) k.memory.grow(Math.ceil(missing / 65536));
  return at;
}

const anyDouble = fc.double();
const runs = { numRuns: 20_000 };
const same = (a: number, b: number): boolean => Object.is(a, b);

describe('the kernel\'s arithmetic is core\'s, bit for bit', () => {
  it('portableExp on any double, the engine\'s range and the edges (subnormal results, overflow)', () => {
    const k = kernel();
    fc.assert(fc.property(fc.oneof(anyDouble, fc.double({ min: -800, max: 800 }), fc.double({ min: -60, max: 60 })), (x) => same(k.portableExp(x), portableExp(x))), runs);
    for (const x of [0, -0, 708, -708, 709.78, 710, -745.1, -746, -1e-300, Infinity, -Infinity, Number.NaN]) expect(k.portableExp(x)).toBe(portableExp(x));
  });

  it('portableExp of two arguments in f64x2 lanes is the scalar one, or declines (|x| ≥ 708, NaN) and writes nothing', () => {
    const k = kernel();
    const at = scratch(k, 16);
    const x = fc.oneof(fc.double({ min: -60, max: 60, noNaN: true }), fc.double({ min: -800, max: 800 }), anyDouble);
    fc.assert(fc.property(x, x, (x1, x2) => {
      const memory = new Float64Array(k.memory.buffer, at, 2);
      memory.fill(-1);
      if (k.expPair(x1, x2, at, at + 8) === 0) return memory[0] === -1 && memory[1] === -1 && !(Math.abs(x1) < 708 && Math.abs(x2) < 708);
      return same(memory[0] ?? Number.NaN, portableExp(x1)) && same(memory[1] ?? Number.NaN, portableExp(x2));
    }), runs);
  });

  it('portableLog and portableLog2 on positive doubles (subnormals included) and every other kind of input', () => {
    const k = kernel();
    const positive = fc.oneof(fc.double({ min: 0, noNaN: true }), fc.double({ min: 0.5, max: 2 }), fc.double({ min: 0, max: 1e-300 }));
    fc.assert(fc.property(fc.oneof(positive, anyDouble), (x) => same(k.portableLog(x), portableLog(x)) && same(k.portableLog2(x), portableLog2(x))), runs);
    for (const x of [0, -0, 1, 2, 5e-324, Number.MAX_VALUE, Infinity, -1, Number.NaN]) {
      expect(k.portableLog(x)).toBe(portableLog(x));
      expect(k.portableLog2(x)).toBe(portableLog2(x));
    }
  });

  it('normalQuantile (AS 241) over (0, 1), its tails and outside', () => {
    const k = kernel();
    const tails = fc.oneof(fc.double({ min: 0, max: 1e-10 }), fc.double({ min: 1 - 1e-10, max: 1 }));
    fc.assert(fc.property(fc.oneof(fc.double({ min: 0, max: 1 }), tails, anyDouble), (p) => same(k.normalQuantile(p), normalQuantile(p))), runs);
    for (const p of [0, 1, 0.5, 0.075, 0.925, 2 ** -33, 1 - 2 ** -33]) expect(k.normalQuantile(p)).toBe(normalQuantile(p));
  });

  it('the Poisson quantiles and the failure day', () => {
    const k = kernel();
    const u = fc.double({ min: 2 ** -33, max: 1 - 2 ** -33, noNaN: true });
    fc.assert(fc.property(u, fc.double({ min: 0, max: 30, noNaN: true, maxExcluded: true }), (v, m) => {
      const p = portableExp(-m);
      return same(k.poissonQuantileExact(v, m, p), poissonQuantileExact(v, m, p));
    }), runs);
    fc.assert(fc.property(u, fc.oneof(fc.double({ min: 30, max: 1e12, noNaN: true }), fc.constant(Infinity)), (v, m) => {
      const z = normalQuantile(v);
      return same(k.poissonQuantileApproximate(v, m, z), poissonQuantileApproximate(v, m, z));
    }), runs);
    fc.assert(fc.property(
      fc.oneof(fc.constant(1), fc.double({ min: 1, max: 1e12, noNaN: true })), fc.double({ min: 0, max: 400, noNaN: true }),
      fc.oneof(fc.double({ min: 1, max: 200, noNaN: true }), fc.constant(Infinity)), fc.double({ min: 1, max: 1e12, noNaN: true }), fc.double({ min: 0, max: 200, noNaN: true }),
      (K, end, doubling, detection, visit) => same(k.failureDay(K, end, doubling, detection, visit), failureDay(K, end, doubling, detection, visit)),
    ), runs);
  });

  it('distributionQuantile for every kind (normal truncated on either side, reflected, fixed, invalid)', () => {
    const k = kernel();
    const at = scratch(k, 64);
    const distributions: Distribution[] = [
      0.3, { dist: 'normal', mean: 0.3, sd: 0.1 }, { dist: 'normal', mean: 0.3, sd: 0.1, min: 0 }, { dist: 'normal', mean: 1, sd: 0.2, min: 1.5, max: 3 },
      { dist: 'lognormal', median: 200, sigma: 1 }, { dist: 'uniform', min: -1, max: 4 }, { dist: 'triangular', min: 1, mode: 2, max: 5 },
      { dist: 'triangular', min: 1, mode: 1, max: 5 }, { dist: 'lognormal', median: -1, sigma: 1 },
    ];
    for (const distribution of distributions) {
      const compiled = compileDistribution(distribution);
      new Float64Array(k.memory.buffer, at, 8).set([compiled.kind, compiled.a, compiled.b, compiled.c, compiled.d, compiled.e, compiled.low, compiled.high]);
      fc.assert(fc.property(fc.oneof(fc.double({ min: 0, max: 1 }), fc.constant(Number.NaN)), (u) => same(k.distributionQuantile(at, u), distributionQuantile(compiled, u))), { numRuns: 2000 });
    }
  });

  it('two lognormal draws in f64x2 lanes are the scalar draws, or are declined (tails, huge exponents) and write nothing', () => {
    const k = kernel();
    const at = scratch(k, 16);
    const lognormal = fc.record({ median: fc.double({ min: 1e-3, max: 1e9, noNaN: true }), sigma: fc.oneof(fc.double({ min: 0.01, max: 3, noNaN: true }), fc.constant(600)) });
    const u = fc.oneof(fc.double({ min: 2 ** -33, max: 1 - 2 ** -33, noNaN: true }), fc.double({ min: 0.07, max: 0.93, noNaN: true }));
    let paired = 0;
    fc.assert(fc.property(lognormal, u, lognormal, u, (first, u1, second, u2) => {
      const memory = new Float64Array(k.memory.buffer, at, 2);
      memory.fill(-1);
      const done = k.lognormalPair(first.median, first.sigma, u1, second.median, second.sigma, u2, at, at + 8);
      if (done === 0) {
        // Declined only where it must be: a uniform in Φ⁻¹'s tails, or an exponent beyond portableExp's main range.
        const central = Math.abs(u1 - 0.5) <= 0.425 && Math.abs(u2 - 0.5) <= 0.425;
        const inRange = Math.abs(first.sigma * normalQuantile(u1)) < 708 && Math.abs(second.sigma * normalQuantile(u2)) < 708;
        return memory[0] === -1 && memory[1] === -1 && !(central && inRange);
      }
      paired++;
      const one = distributionQuantile(compileDistribution({ dist: 'lognormal', ...first }), u1);
      const two = distributionQuantile(compileDistribution({ dist: 'lognormal', ...second }), u2);
      return same(memory[0] ?? Number.NaN, one) && same(memory[1] ?? Number.NaN, two);
    }), runs);
    expect(paired).toBeGreaterThan(runs.numRuns / 10); // the lanes were exercised, not only the declines
  });

  it('Philox block uniforms: any seed, block, patient, stream purpose and name, any draw count', () => {
    const k = kernel();
    const at = scratch(k, 8 * 40);
    const purposes = Object.values(streamPurposes);
    fc.assert(fc.property(
      fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 4095 }),
      fc.constantFrom(...purposes), fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 40 }),
      (seed, block, patient, purpose, nameId, count) => {
        const stream = blockStream(seed, block, 'slots', nameId);
        stream[5] = purpose * 65536;
        stream[4] = patient;
        const expected = new Float64Array(count);
        nextBlockUniforms(stream, expected, count);
        k.blockUniforms(stream[0] ?? 0, stream[1] ?? 0, nameId, block, patient, purpose * 65536, at, count);
        const actual = new Float64Array(k.memory.buffer, at, count);
        return expected.every((value, i) => same(actual[i] ?? Number.NaN, value));
      },
    ), { numRuns: 5000 });
  });

  it('the SIMD slot draws (four Philox groups in i32x4 lanes) are the 15 slot uniforms of nextBlockUniforms', () => {
    const k = kernel();
    const at = scratch(k, 8 * 16);
    fc.assert(fc.property(
      fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 4095 }),
      (seed, block, patient) => {
        const stream = blockStream(seed, block);
        stream[4] = patient;
        const expected = new Float64Array(15);
        nextBlockUniforms(stream, expected, 15);
        k.slotUniforms(stream[0] ?? 0, stream[1] ?? 0, 0, block, patient, stream[5] ?? 0, at);
        const actual = new Float64Array(k.memory.buffer, at, 15);
        return expected.every((value, i) => same(actual[i] ?? Number.NaN, value));
      },
    ), { numRuns: 5000 });
  });
});

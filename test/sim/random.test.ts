import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Distribution } from '@rtsim/core';
import { aleaSeedState } from '../../packages/sim/src/random/aleaSeedState.js';
import { blockGenerator } from '../../packages/sim/src/random/blockGenerator.js';
import { blockStream, nextBlockUniform, nextBlockUniforms } from '../../packages/sim/src/random/blockStream.js';
import { compileDistribution } from '../../packages/sim/src/random/compileDistribution.js';
import { distributionQuantile } from '../../packages/sim/src/random/distributionQuantile.js';
import { keyedStream } from '../../packages/sim/src/random/keyedStream.js';
import { namedGenerator } from '../../packages/sim/src/random/namedGenerator.js';
import { openUniform } from '../../packages/sim/src/random/openUniform.js';
import { patientSlots, slotsPerPatient } from '../../packages/sim/src/random/patientSlots.js';
import { poissonQuantile } from '../../packages/sim/src/random/poissonQuantile.js';
import { sampleDistribution } from '../../packages/sim/src/random/sampleDistribution.js';

// Analytic moments, Poisson CDF tables, ARC4 words and generator outputs from scripts/reference/sim_cohort.py
// (independent Python).
interface Reference {
  /** For a key K: the first int32() outputs of seedrandom(K) (ARC4), and the first outputs of the generator named K. */
  generatorsByKey: { key: string; arc4Int32: number[]; firstOutputs: number[] }[];
  samplers: { distribution: Distribution; mean: number; variance: number }[];
  poisson: { mean: number; firstK: number; cdf: number[] }[];
}
const reference = JSON.parse(readFileSync(new URL('../fixtures/cohort-reference.json', import.meta.url), 'utf8')) as Reference;

/** Fixed-seed uniforms in (0, 1) from the block generator, the way the engine draws them. */
function uniforms(n: number, seed = 7, block = 0): Float64Array {
  const next = blockGenerator(seed, block);
  return Float64Array.from({ length: n }, () => openUniform(next()));
}

/** The Python reference's entry for a key. */
function byKey(key: string): Reference['generatorsByKey'][number] {
  const entry = reference.generatorsByKey.find((e) => e.key === key);
  if (entry === undefined) throw new Error(`no reference entry for ${key}`);
  return entry;
}

/** A keyed stream as a generator on the 2⁻³² grid (nextBlockUniform adds exactly 2⁻³³ to Alea's output). */
function keyedGenerator(seed: number, block: number, purpose: string, name: string): () => number {
  const state = keyedStream(seed, block, purpose, name);
  return () => nextBlockUniform(state) - 2 ** -33;
}

describe('aleaSeedState(key)', () => {
  it('is the first three int32() words of seedrandom(key) (ARC4) as fractions, carry 1: matches the Python reimplementation', () => {
    expect(reference.generatorsByKey.length).toBeGreaterThanOrEqual(5);
    for (const { key, arc4Int32 } of reference.generatorsByKey) {
      const [s0, s1, s2] = arc4Int32.map((word) => (word >>> 0) * 2 ** -32);
      expect({ key, state: aleaSeedState(key) }).toEqual({ key, state: { s0, s1, s2, c: 1 } });
    }
  });
});

describe('the generator named by a key', () => {
  it('is Alea started from aleaSeedState(key): every kind matches the Python reimplementation bit for bit', () => {
    const longName = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.repeat(12);
    const generators: [string, () => number][] = [
      ['1:0', blockGenerator(1, 0)],
      ['20261126:0', blockGenerator(20261126, 0)],
      ['20261126:1', blockGenerator(20261126, 1)],
      ['1:outer:0', namedGenerator(1, 'outer', 0)],
      ['42:3:response:pembrolizumab', keyedGenerator(42, 3, 'response', 'pembrolizumab')],
      ['42:0:marker:Ki-67 β', keyedGenerator(42, 0, 'marker', 'Ki-67 β')],
      [`7:0:marker:${longName}`, keyedGenerator(7, 0, 'marker', longName)],
    ];
    expect(generators.map(([key]) => key)).toEqual(reference.generatorsByKey.map((e) => e.key));
    for (const [key, next] of generators) {
      const { firstOutputs } = byKey(key);
      expect({ key, outputs: firstOutputs.map(() => next()) }).toEqual({ key, outputs: firstOutputs });
    }
  });
});

describe('blockGenerator(seed, k)', () => {
  it('is Alea started from the ARC4 words of seedrandom("seed:k"): matches the Python reimplementation bit for bit', () => {
    const next = blockGenerator(1, 0);
    const { firstOutputs } = byKey('1:0');
    expect(Array.from({ length: 5 }, () => next())).toEqual(firstOutputs);
  });

  it('gives every block its own reproducible stream on the 2⁻³² grid', () => {
    const a = blockGenerator(42, 3);
    const b = blockGenerator(42, 3);
    const c = blockGenerator(42, 4);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(b()).toBe(x);
      expect(Number.isInteger(x * 2 ** 32)).toBe(true);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    expect(c()).not.toBe(blockGenerator(42, 3)());
  });
});

describe('blockStream(seed, k) and nextBlockUniform(state)', () => {
  it('step the same Alea stream as blockGenerator, mapped by openUniform, bit for bit', () => {
    for (const [seed, block] of [[1, 0], [20261126, 0], [20261126, 976], [-5, 3]] as const) {
      const closure = blockGenerator(seed, block);
      const state = blockStream(seed, block);
      for (let i = 0; i < slotsPerPatient * 4096; i++) {
        const expected = openUniform(closure());
        const actual = nextBlockUniform(state);
        if (actual !== expected) expect({ seed, block, i, actual }).toEqual({ seed, block, i, actual: expected });
      }
    }
  });

  it('nextBlockUniforms(state, out, n) draws what n calls of nextBlockUniform draw, and leaves the same state', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.nat(5000), fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 30 }), (seed, block, counts) => {
        const one = blockStream(seed, block);
        const many = blockStream(seed, block);
        for (const count of counts) {
          const out = new Float64Array(count + 1).fill(-1);
          nextBlockUniforms(many, out, count);
          const expected = Array.from({ length: count }, () => nextBlockUniform(one));
          expect(Array.from(out.subarray(0, count))).toEqual(expected);
          expect(out[count]).toBe(-1); // nothing written past count
          expect(Array.from(many)).toEqual(Array.from(one));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('openUniform(x)', () => {
  it('maps the 2⁻³² grid to cell midpoints x + 2⁻³³, never 0 or 1', () => {
    expect(openUniform(0)).toBe(2 ** -33);
    expect(openUniform(1 - 2 ** -32)).toBe(1 - 2 ** -33);
    expect(openUniform(0.5)).toBe(0.5 + 2 ** -33);
  });

  it('lands strictly inside (0, 1) for every x in [0, 1)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (x) => {
        const u = openUniform(x);
        return u > 0 && u < 1 && Math.abs(u - x) <= 2 ** -32;
      }),
    );
  });
});

describe('patientSlots', () => {
  it('is a fixed layout of 15 distinct slots, subtype first and control last', () => {
    const slots = Object.values(patientSlots);
    expect(slots).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(slotsPerPatient).toBe(15);
    expect(Object.keys(patientSlots)).toEqual([
      'subtype', 'alpha', 'alphaBeta', 'doublingTime', 'kickoffTime', 'clonogenDensity', 'tumourSize',
      'hypoxicFraction', 'oer', 'repairHalfTimeHours', 'postTreatmentDoublingTime', 'detectionClonogens',
      'residualFraction', 'margin', 'control',
    ]);
  });
});

describe('sampleDistribution(distribution, u)', () => {
  // n = 200 000 fixed-seed draws: mean and variance within 4 standard errors of the analytic values; the SE of
  // the variance is estimated from the sample's fourth central moment, √((m₄ − s⁴)/n).
  const n = 200_000;
  const u = uniforms(n);
  for (const { distribution, mean, variance } of reference.samplers) {
    it(`matches the analytic mean and variance of ${JSON.stringify(distribution)} within 4 SE`, () => {
      const compiled = compileDistribution(distribution);
      const x = new Float64Array(n);
      let sum = 0;
      for (let i = 0; i < n; i++) sum += x[i] = distributionQuantile(compiled, u[i]);
      const sampleMean = sum / n;
      let m2 = 0;
      let m4 = 0;
      for (const value of x) {
        const d = value - sampleMean;
        m2 += d * d;
        m4 += d * d * d * d;
      }
      m2 /= n;
      m4 /= n;
      expect(Math.abs(sampleMean - mean)).toBeLessThan(4 * Math.sqrt(variance / n));
      expect(Math.abs(m2 - variance)).toBeLessThan(4 * Math.sqrt((m4 - m2 * m2) / n));
      if (typeof distribution === 'object' && (distribution.dist === 'normal' || distribution.dist === 'uniform' || distribution.dist === 'triangular')) {
        const low = 'min' in distribution && distribution.min !== undefined ? distribution.min : -Infinity;
        const high = 'max' in distribution && distribution.max !== undefined ? distribution.max : Infinity;
        let lowest = Infinity;
        let highest = -Infinity;
        for (const value of x) {
          lowest = Math.min(lowest, value);
          highest = Math.max(highest, value);
        }
        expect(lowest).toBeGreaterThanOrEqual(low);
        expect(highest).toBeLessThanOrEqual(high);
      }
    });
  }

  it('is non-decreasing in u (inverse CDF), so common random numbers stay ordered', () => {
    const distributions: Distribution[] = reference.samplers.map((s) => s.distribution);
    fc.assert(
      fc.property(
        fc.constantFrom(...distributions),
        fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }),
        fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }),
        (distribution, u1, u2) => {
          const [low, high] = u1 <= u2 ? [u1, u2] : [u2, u1];
          return sampleDistribution(distribution, low) <= sampleDistribution(distribution, high);
        },
      ),
    );
  });

  it('keeps a truncated normal inside [min, max] at the extreme uniforms', () => {
    const d: Distribution = { dist: 'normal', mean: 0.3, sd: 0.15, min: 0, max: 0.5 };
    expect(sampleDistribution(d, 2 ** -33)).toBeGreaterThanOrEqual(0);
    expect(sampleDistribution(d, 1 - 2 ** -33)).toBeLessThanOrEqual(0.5);
    expect(sampleDistribution({ dist: 'normal', mean: 0, sd: 1, min: 30 }, 0.5)).toBeGreaterThanOrEqual(30);
  });

  it('returns exact values for fixed and degenerate distributions', () => {
    expect(sampleDistribution(4.9, 0.3)).toBe(4.9);
    expect(sampleDistribution({ dist: 'fixed', value: 21 }, 0.9)).toBe(21);
    expect(sampleDistribution({ dist: 'normal', mean: 0.3, sd: 0 }, 0.9)).toBe(0.3);
    expect(sampleDistribution({ dist: 'lognormal', median: 20, sigma: 0 }, 0.9)).toBe(20);
    expect(sampleDistribution({ dist: 'lognormal', median: 20, sigma: 0.4 }, 0.5)).toBe(20); // Φ⁻¹(½) = 0
    expect(sampleDistribution({ dist: 'uniform', min: 2, max: 2 }, 0.9)).toBe(2);
    expect(sampleDistribution({ dist: 'uniform', min: 14, max: 28 }, 0.25)).toBe(17.5);
    // Triangular(0, 0.1, 0.4): F(0.1) = 0.25, so u = 0.25 gives the mode.
    expect(sampleDistribution({ dist: 'triangular', min: 0, mode: 0.1, max: 0.4 }, 0.25)).toBeCloseTo(0.1, 15);
  });

  it('returns NaN outside the domain (never throws)', () => {
    const invalid: Distribution[] = [
      Number.NaN,
      { dist: 'fixed', value: Number.POSITIVE_INFINITY },
      { dist: 'normal', mean: 0.3, sd: -0.1 },
      { dist: 'normal', mean: 0.3, sd: 0.1, min: 0.5, max: 0.4 },
      { dist: 'normal', mean: 0, sd: 1, min: 60 }, // no mass a double can resolve
      { dist: 'lognormal', median: 0, sigma: 0.3 },
      { dist: 'lognormal', median: 10, sigma: -1 },
      { dist: 'uniform', min: 3, max: 2 },
      { dist: 'triangular', min: 0, mode: 2, max: 1 },
      { dist: 'gamma', shape: 2 } as unknown as Distribution,
    ];
    for (const d of invalid) expect(sampleDistribution(d, 0.5)).toBeNaN();
    expect(sampleDistribution({ dist: 'uniform', min: 0, max: 1 }, Number.NaN)).toBeNaN();
    expect(sampleDistribution(3, Number.NaN)).toBeNaN();
  });
});

describe('poissonQuantile(u, m)', () => {
  // P(X ≤ k) tables from the Python reference (lgamma, log space). Exact inversion below m = 30:
  // F(K − 1) ≤ u < F(K), with a 1e-12 allowance where u sits on a CDF step.
  const u = uniforms(20_000, 11);
  for (const { mean, firstK, cdf } of reference.poisson) {
    const at = (k: number): number => (k < firstK ? 0 : k - firstK >= cdf.length ? 1 : cdf[k - firstK]);
    if (mean < 30) {
      it(`inverts the Poisson(${mean}) CDF exactly`, () => {
        const wrong = Array.from(u).filter((x) => {
          const k = poissonQuantile(x, mean);
          return !(Number.isInteger(k) && x < at(k) + 1e-12 && (k === 0 || x >= at(k - 1) - 1e-12));
        });
        expect(wrong).toEqual([]);
      });
    } else {
      // Cornish–Fisher with continuity correction: the reference script measured ≤ 0.7% of u off by one at
      // m = 30 and never more than one; allow 1% off by one.
      it(`approximates the Poisson(${mean}) quantile to within one, exactly for ≥ 99% of u`, () => {
        let off = 0;
        let worst = 0;
        for (const x of u) {
          const k = poissonQuantile(x, mean);
          let exact = firstK;
          while (at(exact) <= x) exact++;
          worst = Math.max(worst, Math.abs(k - exact));
          if (k !== exact) off++;
        }
        expect(worst).toBeLessThanOrEqual(1);
        expect(off / u.length).toBeLessThan(0.01);
      });
    }
  }

  it('gives K = 0 exactly when u < e^{−m} and K ≥ 1 otherwise (control and regrowth share one uniform)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-9, max: 1e6, noNaN: true }),
        fc.double({ min: 2 ** -33, max: 1 - 2 ** -33, noNaN: true }),
        (m, x) => (poissonQuantile(x, m) === 0) === x < Math.exp(-m),
      ),
    );
  });

  it('returns NaN outside the domain', () => {
    expect(poissonQuantile(0, 3)).toBeNaN();
    expect(poissonQuantile(1, 3)).toBeNaN();
    expect(poissonQuantile(0.5, -1)).toBeNaN();
    expect(poissonQuantile(Number.NaN, 3)).toBeNaN();
    expect(poissonQuantile(0.5, Number.NaN)).toBeNaN();
  });
});

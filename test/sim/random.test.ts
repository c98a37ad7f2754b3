import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Distribution } from '@rtsim/core';
import { blockStream, nextBlockUniform, nextBlockUniforms } from '../../packages/sim/src/random/blockStream.js';
import { compileDistribution } from '../../packages/sim/src/random/compileDistribution.js';
import { distributionQuantile } from '../../packages/sim/src/random/distributionQuantile.js';
import { keyedStream } from '../../packages/sim/src/random/keyedStream.js';
import { namedGenerator } from '../../packages/sim/src/random/namedGenerator.js';
import type { PatientStreamPurpose, SequentialStreamPurpose } from '../../packages/sim/src/random/streamPurposes.js';
import { streamNameId } from '../../packages/sim/src/random/streamNameId.js';
import { streamNameCollision } from '../../packages/sim/src/random/streamNameCollision.js';
import { openUniform } from '../../packages/sim/src/random/openUniform.js';
import { patientSlots, slotsPerPatient } from '../../packages/sim/src/random/patientSlots.js';
import { poissonQuantile } from '../../packages/sim/src/random/poissonQuantile.js';
import { sampleDistribution } from '../../packages/sim/src/random/sampleDistribution.js';

// Analytic moments, Poisson CDF tables and stream outputs from scripts/reference/sim_cohort.py (independent Python,
// Philox with Python integers).
interface Reference {
  /** Streams of a patient: (seed, purpose, name or name id, block, patient) and the patient's first draws. */
  patientStreams: { seed: number; purpose: PatientStreamPurpose; name: string | number; nameId: number; block: number; patient: number; uniforms: number[] }[];
  /** Sequential generators (namedGenerator) and their first outputs. */
  sequentialStreams: { seed: number; purpose: SequentialStreamPurpose; index: number; outputs: number[] }[];
  samplers: { distribution: Distribution; mean: number; variance: number }[];
  poisson: { mean: number; firstK: number; cdf: number[] }[];
}
const reference = JSON.parse(readFileSync(new URL('../fixtures/cohort-reference.json', import.meta.url), 'utf8')) as Reference;

/** Fixed-seed uniforms in (0, 1) from a sequential generator, mapped to cell midpoints the way the engine maps them. */
function uniforms(n: number, seed = 7, index = 0): Float64Array {
  const next = namedGenerator(seed, 'saltelli', index);
  return Float64Array.from({ length: n }, () => openUniform(next()));
}

describe('blockStream(seed, k, purpose, nameId) and nextBlockUniforms(stream, out, n)', () => {
  it('draw what the Python reimplementation of Philox draws, bit for bit, for every kind of stream', () => {
    expect(reference.patientStreams.length).toBeGreaterThanOrEqual(8);
    for (const { seed, purpose, name, nameId, block, patient, uniforms: expected } of reference.patientStreams) {
      const stream = typeof name === 'string' ? keyedStream(seed, block, purpose as 'marker' | 'response', name) : blockStream(seed, block, purpose, name);
      if (typeof name === 'string') expect(streamNameId(name)).toBe(nameId);
      const out = new Float64Array(expected.length);
      for (let i = 0; i <= patient; i++) nextBlockUniforms(stream, out, expected.length);
      expect({ seed, purpose, name, patient, draws: Array.from(out) }).toEqual({ seed, purpose, name, patient, draws: expected });
    }
  });

  it('give patient i the same draws whatever was drawn for earlier patients (one call per patient)', () => {
    fc.assert(
      fc.property(fc.nat(2 ** 40), fc.nat(5000), fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 30 }), (seed, block, counts) => {
        const stream = blockStream(seed, block, 'localControl');
        for (const count of counts) {
          const out = new Float64Array(count + 1).fill(-1);
          nextBlockUniforms(stream, out, count);
          expect(out[count]).toBe(-1); // nothing written past count
        }
        // The last patient's draws from a fresh stream advanced past the earlier patients with other counts.
        const last = counts.length - 1;
        const fresh = blockStream(seed, block, 'localControl');
        const skip = new Float64Array(1);
        for (let i = 0; i < last; i++) nextBlockUniforms(fresh, skip, 1);
        const again = new Float64Array(counts[last]);
        nextBlockUniforms(fresh, again, counts[last]);
        const first = blockStream(seed, block, 'localControl');
        for (let i = 0; i < last; i++) nextBlockUniforms(first, new Float64Array(40), 40);
        const check = new Float64Array(counts[last]);
        nextBlockUniforms(first, check, counts[last]);
        expect(Array.from(check)).toEqual(Array.from(again));
      }),
      { numRuns: 100 },
    );
  });

  it('nextBlockUniform(stream) is draw 0 of the patient, and a shorter draw is a prefix of a longer one', () => {
    const one = blockStream(42, 3, 'marker', 7);
    const many = blockStream(42, 3, 'marker', 7);
    const out = new Float64Array(15);
    for (let i = 0; i < 100; i++) {
      const u = nextBlockUniform(one);
      nextBlockUniforms(many, out, 15);
      expect(u).toBe(out[0]);
      expect(u * 2 ** 32 - 0.5).toSatisfy(Number.isInteger);
    }
  });

  it('keeps streams of different purposes, names, blocks and seeds apart', () => {
    const first = (stream: ReturnType<typeof blockStream>): number => nextBlockUniform(stream);
    const values = [
      first(blockStream(42, 3)),
      first(blockStream(42, 4)),
      first(blockStream(43, 3)),
      first(blockStream(42 + 2 ** 32, 3)),
      first(blockStream(42, 3, 'metastasis')),
      first(blockStream(42, 3, 'lesion', 1)),
      first(blockStream(42, 3, 'lesion', 2)),
      first(keyedStream(42, 3, 'marker', 'PD-L1')),
      first(keyedStream(42, 3, 'response', 'PD-L1')),
    ];
    expect(new Set(values).size).toBe(values.length);
  });

  it('refuses a seed that is not a whole number from 0 to 2^53 − 1, with the seed in the message', () => {
    expect(() => blockStream(-1, 0)).toThrow(/seed must be a whole number from 0 to 2\^53 − 1, got -1/);
    expect(() => blockStream(1.5, 0)).toThrow(RangeError);
    expect(() => blockStream(2 ** 53, 0)).toThrow(RangeError);
  });
});

describe('namedGenerator(seed, purpose, index)', () => {
  it('draws what the Python reimplementation draws, bit for bit, on the 2⁻³² grid', () => {
    for (const { seed, purpose, index, outputs } of reference.sequentialStreams) {
      const next = namedGenerator(seed, purpose, index);
      expect({ seed, purpose, index, outputs: outputs.map(() => next()) }).toEqual({ seed, purpose, index, outputs });
    }
  });

  it('is reproducible, and every output is a whole multiple of 2⁻³² in [0, 1)', () => {
    const a = namedGenerator(42, 'outer', 3);
    const b = namedGenerator(42, 'outer', 3);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(b()).toBe(x);
      expect(Number.isInteger(x * 2 ** 32) && x >= 0 && x < 1).toBe(true);
    }
    expect(namedGenerator(42, 'outer', 4)()).not.toBe(namedGenerator(42, 'outer', 3)());
    expect(namedGenerator(42, 'bootstrap', 3)()).not.toBe(namedGenerator(42, 'outer', 3)());
  });

  it('refuses an index outside [0, 2^32)', () => {
    expect(() => namedGenerator(1, 'outer', -1)).toThrow(/generator index/);
    expect(() => namedGenerator(1, 'outer', 2 ** 32)).toThrow(RangeError);
  });
});

describe('streamNameId(name) and streamNameCollision(purpose, names)', () => {
  it('is FNV-1a of the UTF-8 bytes: the published test values', () => {
    // FNV-1a 32-bit test vectors (draft-eastlake-fnv, Appendix; Landon Curt Noll's test suite): "" and "a", "foobar".
    expect(streamNameId('')).toBe(0x811c9dc5);
    expect(streamNameId('a')).toBe(0xe40c292c);
    expect(streamNameId('foobar')).toBe(0xbf9cf968);
  });

  it('refuses two names with the same id, naming both (a collision found by search in the Python reference)', () => {
    expect(streamNameId('marker436528')).toBe(streamNameId('marker2215280'));
    const collision = streamNameCollision('marker', ['ER', 'marker436528', 'marker2215280']);
    expect([collision?.first, collision?.second, collision?.id]).toEqual(['marker436528', 'marker2215280', 0x3505cda5]);
    expect(collision?.message).toMatch(/markers "marker436528" and "marker2215280" have the same random stream id \(0x3505cda5/);
    expect(streamNameCollision('response', ['marker436528', 'marker2215280'])?.message).toMatch(/agents "marker436528"/);
    expect(streamNameCollision('marker', ['ER', 'PR', 'HER2', 'Ki-67 β', 'Ki-67 ²'])).toBeUndefined();
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

  it('draws a truncated normal whose sd dwarfs [min, max] as the near-flat density it is, whatever the sd', () => {
    // At sd 10¹⁴ … 10³⁰⁰ the normal density on [0.1, 0.3] about the mean 0.2 is flat to within 10⁻²⁸, so the
    // truncated normal's quantile is the uniform's, 0.1 + 0.2u. Before, Φ(b) − Φ(a) kept a few digits: an sd of 10¹⁴
    // moved the draws by 7 % of the width, 10¹⁶ put them outside it (NaN, and a run that stopped).
    for (const sd of [1e14, 1e15, 1e16, 1e20, 1e300]) {
      const d: Distribution = { dist: 'normal', mean: 0.2, sd, min: 0.1, max: 0.3 };
      for (const u of [0.001, 0.25, 0.5, 0.9]) expect(Math.abs(sampleDistribution(d, u) - (0.1 + 0.2 * u))).toBeLessThan(1e-12);
    }
    // At sd 10 the density varies by about |z|·Δz = 2·10⁻⁴ across the interval: still the CDF path, within that of flat.
    const moderate: Distribution = { dist: 'normal', mean: 0.2, sd: 10, min: 0.1, max: 0.3 };
    for (const u of [0.1, 0.5, 0.9]) expect(Math.abs(sampleDistribution(moderate, u) - (0.1 + 0.2 * u))).toBeLessThan(0.2 * 2e-4);
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

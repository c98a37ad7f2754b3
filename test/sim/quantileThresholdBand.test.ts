// quantileThresholdBand: outside the band the uniform alone decides quantile(u) ≥ threshold, with the same answer as
// computing the quantile (the engine's age ≥ 50 covariate relies on it to skip an inverse CDF per patient).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Distribution } from '@rtsim/core';
import { compileDistribution } from '../../packages/sim/dist/random/compileDistribution.js';
import type { CompiledDistribution } from '../../packages/sim/dist/random/compileDistribution.js';
import { distributionQuantile } from '../../packages/sim/dist/random/distributionQuantile.js';
import { quantileThresholdBand } from '../../packages/sim/dist/random/quantileThresholdBand.js';

/** The decision as the engine takes it with the band: u alone outside (low, high), the quantile inside. */
function bandedDecision(compiled: CompiledDistribution, band: Float64Array, threshold: number, u: number): boolean {
  return u >= band[1] || (u > band[0] && distributionQuantile(compiled, u) >= threshold);
}

/** The probed uniforms where the banded decision differs from computing the quantile (none expected). */
function disagreements(compiled: CompiledDistribution, band: Float64Array, threshold: number): number[] {
  return probes(band).filter((u) => bandedDecision(compiled, band, threshold, u) !== distributionQuantile(compiled, u) >= threshold);
}

/** Uniforms in (0, 1): a regular grid, then steps of a few ulp either side of each band edge. */
function probes(band: Float64Array): number[] {
  const grid = Array.from({ length: 1001 }, (_, i) => (i + 0.5) / 1001.5);
  const near = [...band].filter((edge) => edge > 0 && edge < 1).flatMap((edge) => Array.from({ length: 201 }, (_, i) => edge + (i - 100) * 2 ** -52 * Math.max(edge, 2 ** -30)));
  return [...grid, ...near].filter((u) => u > 0 && u < 1);
}

const ageDefault: Distribution = { dist: 'normal', mean: 58, sd: 15, min: 18, max: 95 }; // bench/scenarios/lc.yaml

describe('quantileThresholdBand(compiled, threshold)', () => {
  it('is about 10⁻¹² wide for B6’s age distribution at 50 years, and exact on and around its edges', () => {
    const compiled = compileDistribution(ageDefault);
    const band = quantileThresholdBand(compiled, 50);
    expect(band[1] - band[0]).toBeGreaterThan(0);
    expect(band[1] - band[0]).toBeLessThan(1e-10);
    // Φ((50 − 58)/15) rescaled to the truncation [18, 95]: u* ≈ 0.29623 (Φ(−0.5333) = 0.29690, Φ(−2.6667) = 0.00383,
    // Φ(2.4667) = 0.99318: (0.29690 − 0.00383)/(0.99318 − 0.00383) = 0.29622).
    expect(band[0]).toBeCloseTo(0.29622, 4);
    expect(disagreements(compiled, band, 50)).toEqual([]);
  });

  it('leaves no band where the distribution lies clear of the threshold, and computes every draw at a constant on it', () => {
    expect(Array.from(quantileThresholdBand(compileDistribution(60), 50))).toEqual([-Infinity, 0]);
    expect(Array.from(quantileThresholdBand(compileDistribution({ dist: 'uniform', min: 18, max: 40 }), 50))).toEqual([1, Infinity]);
    expect(Array.from(quantileThresholdBand(compileDistribution(50), 50))).toEqual([0, 1]);
    expect(Array.from(quantileThresholdBand(compileDistribution({ dist: 'normal', mean: 50, sd: -1 }), 50))).toEqual([0, 1]); // invalid: NaN draws
  });

  // Bounds: parameters of ages and similar covariates (years), thresholds across and beyond their range.
  const distribution: fc.Arbitrary<Distribution> = fc.oneof(
    fc.record({ dist: fc.constant('normal' as const), mean: fc.double({ min: 20, max: 80, noNaN: true }), sd: fc.double({ min: 0.01, max: 30, noNaN: true }) }),
    fc
      .tuple(fc.double({ min: 20, max: 80, noNaN: true }), fc.double({ min: 0.5, max: 30, noNaN: true }), fc.double({ min: 0, max: 40, noNaN: true }), fc.double({ min: 1, max: 40, noNaN: true }))
      .map(([mean, sd, below, above]): Distribution => ({ dist: 'normal', mean, sd, min: mean - below, max: mean + above })),
    fc.record({ dist: fc.constant('lognormal' as const), median: fc.double({ min: 10, max: 90, noNaN: true }), sigma: fc.double({ min: 0.001, max: 1, noNaN: true }) }),
    fc.tuple(fc.double({ min: 0, max: 60, noNaN: true }), fc.double({ min: 0.001, max: 60, noNaN: true })).map(([min, width]): Distribution => ({ dist: 'uniform', min, max: min + width })),
    fc
      .tuple(fc.double({ min: 0, max: 60, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.001, max: 60, noNaN: true }))
      .map(([min, at, width]): Distribution => ({ dist: 'triangular', min, mode: min + at * width, max: min + width })),
  );

  it('gives the computed quantile’s decision for every probed uniform (normal, truncated normal, lognormal, uniform, triangular)', () => {
    fc.assert(
      fc.property(distribution, fc.double({ min: 0, max: 100, noNaN: true }), (input, threshold) => {
        const compiled = compileDistribution(input);
        const band = quantileThresholdBand(compiled, threshold);
        expect(band[0]).toBeLessThanOrEqual(band[1]);
        expect(disagreements(compiled, band, threshold)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

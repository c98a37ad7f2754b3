import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fitLq, fitLqColonies } from '@rtsim/core';
import type { ColonyPoint, LqPoint } from '@rtsim/core';
import { fixture } from './tcpNtcpFixture.js';

const relative = (a: number, b: number, floor: number): number => Math.abs(a - b) / Math.max(Math.abs(b), floor);
const doses = [0, 1, 2, 4, 6, 8];
// Bounds: α 0–0.8 /Gy and β 0–0.1 /Gy² cover cell-line and organoid fits (SF2 0.2–1).
const alpha = fc.double({ min: 0, max: 0.8, noNaN: true });
const beta = fc.double({ min: 0, max: 0.1, noNaN: true });

describe('fitLq(points)', () => {
  // scripts/reference/core_tcp_ntcp.py: numpy.linalg.lstsq over every active set. Same normal equations solved two
  // ways: 1e−9 relative (covariance floors at 1e−12 for zero entries).
  test('matches numpy weighted least squares with the active set', () => {
    for (const { points, fit: expected } of fixture.fitLq) {
      const fit = fitLq(points);
      expect(fit.bound).toBe(expected.bound);
      expect(relative(fit.alpha, expected.alpha, 1e-12)).toBeLessThanOrEqual(1e-9);
      expect(relative(fit.beta, expected.beta, 1e-12)).toBeLessThanOrEqual(1e-9);
      expect(relative(fit.chiSquare, expected.chiSquare, 1e-20)).toBeLessThanOrEqual(1e-8);
      expect(fit.degreesOfFreedom).toBe(expected.degreesOfFreedom);
      expect(fit.covarianceScaled).toBe(expected.covarianceScaled);
      for (let i = 0; i < 2; i++) {
        for (let j = 0; j < 2; j++) {
          expect(relative(fit.covariance[i]?.[j], expected.covariance[i]?.[j], 1e-12)).toBeLessThanOrEqual(1e-8);
        }
      }
      fit.residuals.forEach((r, i) => expect(Math.abs(r - expected.residuals[i])).toBeLessThanOrEqual(1e-12));
    }
  });

  test('fitLq recovers α, β from noiseless data (to 1e−9)', () => {
    fc.assert(
      fc.property(alpha, beta, (a, b) => {
        const fit = fitLq(doses.map((dose) => ({ dose, survivingFraction: Math.exp(-a * dose - b * dose * dose) })));
        return Math.abs(fit.alpha - a) <= 1e-9 && Math.abs(fit.beta - b) <= 1e-9;
      }),
    );
  });

  test('holds α at 0 when the data only curve (unconstrained α < 0), and β at 0 when they bend upwards', () => {
    const curved = [1, 2, 4, 6].map((dose) => ({ dose, survivingFraction: Math.exp(0.02 * dose - 0.06 * dose * dose) }));
    const upward = [1, 2, 4, 6, 8].map((dose) => ({ dose, survivingFraction: Math.exp(-0.6 * dose + 0.01 * dose * dose) }));
    const a = fitLq(curved);
    expect(a.bound).toBe('alpha');
    expect(a.alpha).toBe(0);
    expect(a.covariance[0][0]).toBe(0);
    expect(a.degreesOfFreedom).toBe(3);
    const b = fitLq(upward);
    expect(b.bound).toBe('beta');
    expect(b.beta).toBe(0);
    expect(b.alphaBeta).toBe(Infinity);
  });

  test('with sd on every point the covariance is absolute: (XᵀWX)⁻¹, not scaled by χ²/dof', () => {
    const points: LqPoint[] = [
      { dose: 1, survivingFraction: 0.7, sd: 0.07 },
      { dose: 2, survivingFraction: 0.5, sd: 0.05 },
      { dose: 4, survivingFraction: 0.2, sd: 0.02 },
    ];
    const fit = fitLq(points);
    expect(fit.covarianceScaled).toBe(false);
    // Weights (SF/sd)² = 100: XᵀWX = 100·[[Σd², Σd³], [Σd³, Σd⁴]] = 100·[[21, 73], [73, 273]].
    const det = 100 * 100 * (21 * 273 - 73 * 73);
    expect(fit.covariance[0][0]).toBeCloseTo((100 * 273) / det, 12);
    expect(fit.covariance[0][1]).toBeCloseTo((-100 * 73) / det, 12);
  });

  // The control row (0 Gy, SF 1) is the normalisation: −ln 1 = 0 = α·0 + β·0 for every α, β. With the rows at 2 and
  // 4 Gy the fit solves 2α + 4β = ln 2, 4α + 16β = ln 10 exactly: β = ln 2.5/8, α = (ln 2 − ln 2.5/2)/2.
  const control = { dose: 0, survivingFraction: 1 };
  const exactPair = [
    { dose: 2, survivingFraction: 0.5 },
    { dose: 4, survivingFraction: 0.1 },
  ];
  test('fitLq does not count control rows (0 Gy, SF 1) as degrees of freedom: two more rows leave 0, covariance NaN', () => {
    for (const points of [[control, ...exactPair], [control, control, control, ...exactPair]]) {
      const fit = fitLq(points);
      expect(fit.alpha).toBeCloseTo((Math.log(2) - Math.log(2.5) / 2) / 2, 12);
      expect(fit.beta).toBeCloseTo(Math.log(2.5) / 8, 12);
      expect(fit.degreesOfFreedom).toBe(0);
      expect(fit.residualVariance).toBeNaN();
      expect(fit.covariance.flat().every(Number.isNaN)).toBe(true);
    }
  });

  test('fitLq counts a dose-0 row with SF ≠ 1 as an observation: its residual is −ln SF, whatever α and β', () => {
    // Zero leverage too, so α and β are those of the exact pair; χ² = (ln 0.95)² on 4 − 1 − 2 = 1 degree of freedom.
    // XᵀX over 2 and 4 Gy = [[4 + 16, 8 + 64], [72, 16 + 256]] = [[20, 72], [72, 272]], determinant 256.
    const fit = fitLq([control, { dose: 0, survivingFraction: 0.95 }, ...exactPair]);
    const s2 = Math.log(0.95) * Math.log(0.95);
    expect(fit.beta).toBeCloseTo(Math.log(2.5) / 8, 12);
    expect(fit.degreesOfFreedom).toBe(1);
    expect(fit.chiSquare).toBeCloseTo(s2, 14);
    expect(fit.covariance[0][0] / ((s2 * 272) / 256)).toBeCloseTo(1, 10);
    expect(fit.covariance[0][1] / ((-s2 * 72) / 256)).toBeCloseTo(1, 10);
    expect(fit.covariance[1][1] / ((s2 * 20) / 256)).toBeCloseTo(1, 10);
  });

  test('fitLq with sd on every row and 0 degrees of freedom: the covariance is still the absolute (XᵀWX)⁻¹', () => {
    // sd = SF/10 on both rows: weights 100, so the covariance is [[272, −72], [−72, 20]]/(100·256).
    const fit = fitLq([{ ...control, sd: 0.1 }, ...exactPair.map((point) => ({ ...point, sd: point.survivingFraction / 10 }))]);
    expect(fit.degreesOfFreedom).toBe(0);
    expect(fit.covariance[0][0]).toBeCloseTo(272 / 25600, 12);
    expect(fit.covariance[1][1]).toBeCloseTo(20 / 25600, 12);
  });

  test('bad input gives NaN estimates, never a throw', () => {
    const good = [0, 2, 4].map((dose) => ({ dose, survivingFraction: Math.exp(-0.3 * dose) }));
    const bad: LqPoint[][] = [
      [],
      good.slice(0, 2),
      [...good.slice(0, 2), { dose: 2, survivingFraction: 0.5 }],
      [...good, { dose: 6, survivingFraction: 0 }],
      [...good, { dose: 6, survivingFraction: 1.2 }],
      [...good, { dose: Number.NaN, survivingFraction: 0.5 }],
      [...good, { dose: 6, survivingFraction: Number.NaN }],
      [...good, { dose: -1, survivingFraction: 0.5 }],
      [...good, { dose: 6, survivingFraction: 0.1, sd: 0 }],
      [...good, { dose: 6, survivingFraction: 0.1, weight: Number.NaN }],
      [...good, { dose: 6, survivingFraction: 0.1, sd: 0.01, weight: 1 }],
    ];
    for (const points of bad) {
      const fit = fitLq(points);
      expect(fit.alpha, JSON.stringify(points)).toBeNaN();
      expect(fit.beta).toBeNaN();
      expect(fit.covariance[1][1]).toBeNaN();
      expect(fit.residuals.every(Number.isNaN)).toBe(true);
    }
  });
});

describe('fitLqColonies(points)', () => {
  // scripts/reference/core_tcp_ntcp.py: Newton in numpy, covariance from the analytic Hessian in (α, β, PE).
  // Both stop at the maximum to ~1e−10; covariance entries agree to 1e−6 relative.
  test('matches the numpy Poisson Newton fit', () => {
    for (const { points, fit: expected } of fixture.fitLqColonies) {
      const fit = fitLqColonies(points);
      expect(fit.converged).toBe(true);
      expect(fit.bound).toBe(expected.bound);
      expect(relative(fit.alpha, expected.alpha, 1e-9)).toBeLessThanOrEqual(1e-7);
      expect(relative(fit.beta, expected.beta, 1e-9)).toBeLessThanOrEqual(1e-7);
      expect(relative(fit.platingEfficiency, expected.platingEfficiency, 1e-9)).toBeLessThanOrEqual(1e-8);
      expect(Math.abs(fit.logLikelihood - expected.logLikelihood)).toBeLessThanOrEqual(1e-8 * Math.abs(expected.logLikelihood));
      expect(fit.degreesOfFreedom).toBe(expected.degreesOfFreedom);
      for (let i = 0; i < 3; i++) {
        for (let j = 0; j < 3; j++) {
          const e = expected.covariance[i]?.[j];
          expect(Math.abs(fit.covariance[i]?.[j] - e), `covariance ${i}${j}`).toBeLessThanOrEqual(1e-6 * Math.abs(e) + 1e-15);
        }
      }
    }
  });

  test('fitLqColonies recovers α, β and PE from large-count data (expected counts, to 1e−8)', () => {
    // Exactly 0 or clearly positive: a true α of 1e−9 cannot be told from 0 through rounding in ln L (~1e−9 here).
    const clearAlpha = fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 0.8, noNaN: true }));
    const clearBeta = fc.oneof(fc.constant(0), fc.double({ min: 1e-4, max: 0.1, noNaN: true }));
    fc.assert(
      fc.property(clearAlpha, clearBeta, fc.double({ min: 0.05, max: 1, noNaN: true }), (a, b, pe) => {
        const points: ColonyPoint[] = doses.map((dose) => {
          const cellsSeeded = 1e4 * Math.exp(0.5 * dose);
          return { dose, cellsSeeded, colonies: cellsSeeded * pe * Math.exp(-a * dose - b * dose * dose) };
        });
        const fit = fitLqColonies(points);
        return fit.converged && Math.abs(fit.alpha - a) <= 1e-8 && Math.abs(fit.beta - b) <= 1e-8 && Math.abs(fit.platingEfficiency / pe - 1) <= 1e-8;
      }),
      { numRuns: 50 },
    );
  });

  test('noisy counts land within 4 standard errors of the truth (fixture data, fixed seed)', () => {
    for (const { truth, points } of fixture.fitLqColonies) {
      if (truth === null) continue;
      const fit = fitLqColonies(points);
      expect(Math.abs(fit.alpha - truth.alpha)).toBeLessThanOrEqual(4 * Math.sqrt(fit.covariance[0]?.[0]));
      expect(Math.abs(fit.platingEfficiency - truth.platingEfficiency)).toBeLessThanOrEqual(4 * Math.sqrt(fit.covariance[2]?.[2]));
    }
  });

  test('bad input gives NaN estimates and converged: false', () => {
    const good = [0, 2, 4].map((dose) => ({ dose, cellsSeeded: 1000, colonies: Math.round(500 * Math.exp(-0.3 * dose)) }));
    for (const points of [
      [],
      good.slice(0, 2),
      good.map((p) => ({ ...p, colonies: 0 })),
      [...good, { dose: 6, cellsSeeded: 0, colonies: 1 }],
      [...good, { dose: 6, cellsSeeded: 1000, colonies: -1 }],
      [...good, { dose: Number.NaN, cellsSeeded: 1000, colonies: 1 }],
      [...good, { dose: 6, cellsSeeded: 1000, colonies: Number.NaN }],
    ]) {
      const fit = fitLqColonies(points);
      expect(fit.alpha, JSON.stringify(points)).toBeNaN();
      expect(fit.platingEfficiency).toBeNaN();
      expect(fit.converged).toBe(false);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { binomialDeviance } from '../../packages/sim/src/calibration/binomialDeviance.js';
import { nelderMead } from '../../packages/sim/src/calibration/nelderMead.js';
import { profileCut, profileLikelihood } from '../../packages/sim/src/calibration/profileLikelihood.js';

// Rosenbrock's valley: minimum 0 at (1, 1), the classic start (−1.2, 1) (Rosenbrock, Comput J 1960;3:175).
const rosenbrock = (x: readonly number[]): number => 100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2;

// A correlated Gaussian log-likelihood: −2 ln L = (x − m)ᵀ Σ⁻¹ (x − m) with Σ = [[4, 1.2], [1.2, 1]], m = (1, −2).
// The profile of coordinate 0 is then exactly (x₀ − m₀)²/Σ₀₀, so its 95% interval is m₀ ± √(3.841459·Σ₀₀)
// = 1 ± 3.919928 (the marginal Wald interval; textbook identity for quadratic log-likelihoods).
const sigma = [
  [4, 1.2],
  [1.2, 1],
];
const determinant = 4 * 1 - 1.2 * 1.2;
const inverse = [
  [1 / determinant, -1.2 / determinant],
  [-1.2 / determinant, 4 / determinant],
];
const gaussian = (x: readonly number[]): number => {
  const d = [x[0] - 1, x[1] + 2];
  let sum = 0;
  for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) sum += d[i] * inverse[i]?.[j] * d[j];
  return sum;
};

describe('nelderMead(f, start, options)', () => {
  it('finds the minimum of the Rosenbrock function from (−1.2, 1) to within 1e−4', async () => {
    const result = await nelderMead(rosenbrock, [-1.2, 1], { valueTolerance: 1e-12, pointTolerance: 1e-8, maxEvaluations: 2000 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 4);
    expect(result.x[1]).toBeCloseTo(1, 4);
    expect(result.value).toBeLessThan(1e-8);
  });

  it('finds the centre of a 4-dimensional quadratic bowl with unequal curvatures to within 1e−5', async () => {
    const centre = [3, -1, 0.5, 10];
    const weights = [1, 10, 100, 0.1];
    const bowl = (x: readonly number[]): number => x.reduce((sum, xi, i) => sum + weights[i] * (xi - centre[i]) ** 2, 0);
    const result = await nelderMead(bowl, [0, 0, 0, 0], { valueTolerance: 1e-14, pointTolerance: 1e-9, maxEvaluations: 5000 });
    result.x.forEach((xi, i) => expect(Math.abs(xi - centre[i])).toBeLessThan(1e-5));
  });

  it('stays inside the box and stops on the bound when the minimum lies outside it', async () => {
    const seen: number[] = [];
    const f = (x: readonly number[]): number => {
      seen.push(x[0]);
      return (x[0] - 5) ** 2 + (x[1] - 1) ** 2;
    };
    const result = await nelderMead(f, [0, 0], { lower: [-1, -1], upper: [2, 2], valueTolerance: 1e-12, pointTolerance: 1e-9 });
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...seen)).toBeLessThanOrEqual(2);
    expect(result.x[0]).toBe(2);
    expect(result.x[1]).toBeCloseTo(1, 6);
  });

  it('accepts an objective that returns a promise, and treats NaN as +∞', async () => {
    const f = async (x: readonly number[]): Promise<number> => (x[0] < -0.5 ? Number.NaN : (x[0] - 0.25) ** 2);
    const result = await nelderMead(f, [1], { valueTolerance: 1e-12, pointTolerance: 1e-8 });
    expect(result.x[0]).toBeCloseTo(0.25, 6);
  });

  it('stops at maxEvaluations and says it did not converge', async () => {
    const result = await nelderMead(rosenbrock, [-1.2, 1], { maxEvaluations: 20 });
    expect(result.converged).toBe(false);
    expect(result.evaluations).toBeLessThanOrEqual(22); // a shrink may finish its n evaluations past the budget
  });

  it('rejects an empty start or options of the wrong length', async () => {
    await expect(nelderMead(rosenbrock, [])).rejects.toThrow(RangeError);
    await expect(nelderMead(rosenbrock, [0, 0], { lower: [0] })).rejects.toThrow(/lower has 1 entries/);
  });
});

describe('profileLikelihood(f, estimate, j, options)', () => {
  it('gives m₀ ± √(3.84·Σ₀₀) = 1 ± 3.9199 for a correlated Gaussian (within 0.01, the stated tolerances)', async () => {
    const profile = await profileLikelihood(gaussian, [1, -2], 0, { lower: [-20, -20], upper: [20, 20], riseTolerance: 0.01, relativeTolerance: 1e-5, innerEvaluations: 400 });
    const halfWidth = Math.sqrt(profileCut * sigma[0]?.[0]);
    expect(halfWidth).toBeCloseTo(3.919928, 6);
    expect(profile.lower).toBeCloseTo(1 - halfWidth, 2);
    expect(profile.upper).toBeCloseTo(1 + halfWidth, 2);
    expect(profile.lowerAtBound || profile.upperAtBound).toBe(false);
    // At each end the other coordinate sits on the regression line x₁ = m₁ + Σ₁₀/Σ₀₀ (x₀ − m₀).
    expect(profile.upperPoint[1]).toBeCloseTo(-2 + 0.3 * halfWidth, 1);
  });

  it('ends at a search bound, and says so, where the function never rises by 3.84', async () => {
    const flatAbove = (x: readonly number[]): number => (x[0] < 0 ? x[0] ** 2 : 0);
    const profile = await profileLikelihood(flatAbove, [0], 0, { lower: [-10], upper: [5] });
    expect(profile.upper).toBe(5);
    expect(profile.upperAtBound).toBe(true);
    expect(profile.lowerAtBound).toBe(false);
    expect(profile.lower).toBeCloseTo(-Math.sqrt(profileCut), 1);
  });

  it('uses the χ²₁ 0.95 quantile 3.841459 as its cut', () => {
    expect(profileCut).toBeCloseTo(3.841459, 6); // χ²₁ table (e.g. Abramowitz & Stegun 26.4)
  });
});

describe('binomialDeviance(controlled, patients, p)', () => {
  it('is 0 at p = c/n and 2[c ln(c/np) + f ln(f/n(1 − p))] elsewhere (90/100 at p = 0.8: 2(90 ln 1.125 − 10 ln 2) = 7.3379)', () => {
    expect(binomialDeviance(90, 100, 0.9)).toBeCloseTo(0, 12);
    // 2·[90·ln(90/80) + 10·ln(10/20)] = 2·(10.6004 − 6.9315) = 7.3379 (by hand)
    const expected = 2 * (90 * Math.log(90 / 80) + 10 * Math.log(10 / 20));
    expect(expected).toBeCloseTo(7.3379, 3);
    expect(binomialDeviance(90, 100, 0.8)).toBeCloseTo(expected, 12);
  });

  it('stays finite when every patient is controlled and the prediction is 1, and is NaN outside the domain', () => {
    expect(binomialDeviance(79, 79, 1)).toBeCloseTo(0, 6);
    expect(Number.isFinite(binomialDeviance(70, 79, 1))).toBe(true);
    expect(binomialDeviance(80, 79, 0.5)).toBeNaN();
    expect(binomialDeviance(10, 20, Number.NaN)).toBeNaN();
  });
});

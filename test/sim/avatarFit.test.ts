import { describe, expect, it } from 'vitest';
import { fitAvatar } from '../../packages/sim/src/avatar/fitAvatar.js';
import type { AvatarFit } from '../../packages/sim/src/avatar/fitAvatar.js';
import type { AvatarData } from '../../packages/sim/src/avatar/parseAvatarCsv.js';
import { studentTQuantile } from '../../packages/sim/src/avatar/studentTQuantile.js';

/**
 * Test-only random numbers, independent of the sim's generator: mulberry32 (T. Ettinger, public domain) with
 * Box–Muller normals and Poisson counts by inversion.
 */
function random(seed: number): { uniform: () => number; normal: () => number; poisson: (mean: number) => number } {
  let state = seed >>> 0;
  const uniform = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
  const normal = (): number => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  const poisson = (mean: number): number => {
    // Inversion from the mode outward would be faster; the plain recurrence is exact enough for means below 700.
    let k = 0;
    let p = Math.exp(-mean);
    let cumulative = p;
    const u = uniform();
    while (u > cumulative && k < 10 * mean + 100) {
      k++;
      p *= mean / k;
      cumulative += p;
    }
    return k;
  };
  return { uniform, normal, poisson };
}

const covers = (interval: readonly [number, number], value: number): boolean => interval[0] <= value && value <= interval[1];

/**
 * Coverage over 400 seeded data sets. For a nominal 95% interval the count of covering sets is Binomial(400, 0.95):
 * SE of the rate √(0.95·0.05/400) = 0.0109, so [0.92, 0.98] is ±2.75 SE (a correct interval fails it with
 * probability ≈ 0.6%; the seeds are fixed, so the test is deterministic).
 */
const dataSets = 400;
const band = [0.92, 0.98] as const;

function coverage(make: (rng: ReturnType<typeof random>) => AvatarData, truth: { alpha: number; beta: number }, seed: number): { alpha: number; beta: number; alphaBeta: number; fits: AvatarFit[] } {
  const rng = random(seed);
  let alpha = 0;
  let beta = 0;
  let alphaBeta = 0;
  const fits: AvatarFit[] = [];
  for (let i = 0; i < dataSets; i++) {
    const fit = fitAvatar(make(rng));
    fits.push(fit);
    if (covers(fit.alphaCi95, truth.alpha)) alpha++;
    if (covers(fit.betaCi95, truth.beta)) beta++;
    if (covers(fit.alphaBetaCi95, truth.alpha / truth.beta)) alphaBeta++;
  }
  return { alpha: alpha / dataSets, beta: beta / dataSets, alphaBeta: alphaBeta / dataSets, fits };
}

describe('studentTQuantile(p, df)', () => {
  it('matches the printed t table to its 3 decimals (NIST/SEMATECH e-Handbook, table 1.3.6.7.2, 0.975 column)', () => {
    const table: [number, number][] = [
      [1, 12.706],
      [2, 4.303],
      [3, 3.182],
      [5, 2.571],
      [10, 2.228],
      [13, 2.16],
      [30, 2.042],
      [100, 1.984],
    ];
    for (const [df, t] of table) expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 3);
    // 0.95 column, df 4: 2.132; the distribution is symmetric.
    expect(studentTQuantile(0.95, 4)).toBeCloseTo(2.132, 3);
    expect(studentTQuantile(0.05, 4)).toBe(-studentTQuantile(0.95, 4));
  });

  it('closed forms: df 1 is Cauchy, tan(π(p − ½)); df 2 is (2p − 1)/√(2p(1 − p)) (to 1e−12)', () => {
    for (const p of [0.6, 0.9, 0.975, 0.999]) {
      expect(studentTQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 10);
      expect(studentTQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 12);
    }
  });

  it('is NaN outside its domain', () => {
    expect(studentTQuantile(0, 5)).toBeNaN();
    expect(studentTQuantile(0.5, 0)).toBeNaN();
    expect(studentTQuantile(0.9, 2.5)).toBeNaN();
    expect(studentTQuantile(Number.NaN, 3)).toBeNaN();
  });
});

describe('fitAvatar(data) recovers known α and β within its 95% intervals at the stated rate', () => {
  // α/β 5 Gy, SF2 0.50: the middle of the STS cell-line panel (Haas et al. 2021, SF2 0.27–0.76).
  const truth = { alpha: 0.25, beta: 0.05 };
  const doses = [2, 4, 6, 8];
  const sigma = 0.15; // SD of ln SF (log-normal noise); at 2 Gy SF > 1 would need a 4.6 SD draw
  const noisy = (rng: ReturnType<typeof random>, withSd: boolean): AvatarData => {
    const points = doses.flatMap((dose) =>
      [0, 1, 2].map(() => {
        const survivingFraction = Math.exp(-truth.alpha * dose - truth.beta * dose * dose + sigma * rng.normal());
        // The delta-method SD of SF for a known SD of ln SF: weights (SF/sd)² = 1/σ².
        return withSd ? { dose, survivingFraction, sd: sigma * survivingFraction } : { dose, survivingFraction };
      }),
    );
    return { kind: 'survivingFraction', points, rows: points.map((_, i) => i + 2) };
  };

  it('SDs given: normal intervals (12 wells, 4 doses)', () => {
    const result = coverage((rng) => noisy(rng, true), truth, 20231013);
    console.info(`[avatar coverage] SD given: α ${result.alpha}, β ${result.beta}, α/β (Fieller) ${result.alphaBeta}`);
    expect(result.fits.every((fit) => fit.ok && fit.distribution === 'normal' && fit.quantile > 1.959 && fit.quantile < 1.96)).toBe(true);
    for (const rate of [result.alpha, result.beta, result.alphaBeta]) {
      expect(rate).toBeGreaterThanOrEqual(band[0]);
      expect(rate).toBeLessThanOrEqual(band[1]);
    }
  });

  it('no SDs: the error scale is estimated and the intervals use Student t with 10 degrees of freedom', () => {
    const result = coverage((rng) => noisy(rng, false), truth, 424242);
    console.info(`[avatar coverage] no SD: α ${result.alpha}, β ${result.beta}, α/β (Fieller) ${result.alphaBeta}`);
    expect(result.fits.every((fit) => fit.distribution === 'student-t' && fit.degreesOfFreedom === 10)).toBe(true);
    for (const rate of [result.alpha, result.beta, result.alphaBeta]) {
      expect(rate).toBeGreaterThanOrEqual(band[0]);
      expect(rate).toBeLessThanOrEqual(band[1]);
    }
    // The normal quantile would under-cover here: 1.96 instead of t(0.975, 10) = 2.228.
    expect(result.fits[0]?.quantile).toBeCloseTo(2.228, 3);
  });

  it('colony counts: Poisson counts, plating efficiency 0.5 fitted alongside α and β', () => {
    const platingEfficiency = 0.5;
    const seeded = [200, 400, 1000, 4000, 20000]; // about 100 colonies expected per flask at each dose
    const colonyDoses = [0, 2, 4, 6, 8];
    const make = (rng: ReturnType<typeof random>): AvatarData => {
      const points = colonyDoses.flatMap((dose, i) =>
        [0, 1].map(() => {
          const cellsSeeded = seeded[i];
          return { dose, cellsSeeded, colonies: rng.poisson(cellsSeeded * platingEfficiency * Math.exp(-truth.alpha * dose - truth.beta * dose * dose)) };
        }),
      );
      return { kind: 'colonies', points, rows: points.map((_, i) => i + 2) };
    };
    const result = coverage(make, truth, 777);
    console.info(`[avatar coverage] colonies: α ${result.alpha}, β ${result.beta}, α/β (Fieller) ${result.alphaBeta}`);
    expect(result.fits.every((fit) => fit.ok && fit.platingEfficiency !== undefined)).toBe(true);
    for (const rate of [result.alpha, result.beta]) {
      expect(rate).toBeGreaterThanOrEqual(band[0]);
      expect(rate).toBeLessThanOrEqual(band[1]);
    }
  });
});

describe('fitAvatar(data) on exact data', () => {
  const onCurve = [1, 2, 4, 6].map((dose) => ({ dose, survivingFraction: Math.exp(-0.3 * dose - 0.03 * dose * dose) }));

  // Changed on purpose: this test used to expect zero-width intervals from these data without SDs. Their residual
  // variance is 0 to rounding, so the intervals were points and the ranking "certain"; the fit now refuses them.
  it('refuses data on the curve without SDs (the error scale would be 0, every interval a point)', () => {
    const fit = fitAvatar({ kind: 'survivingFraction', points: onCurve, rows: [2, 3, 4, 5] });
    expect(fit.ok).toBe(false);
    expect(fit.alpha).toBeNaN();
    expect(fit.problem).toMatch(/^the linear–quadratic curve passes through every row exactly .*; add replicate wells or a dose level, or give sd on every row$/);
  });

  it('with SDs the same data give the generating α and β (to 1e−12) and intervals from the SDs', () => {
    // sd = SF/10: weights 100, XᵀWX = 100·[[Σd², Σd³], [Σd³, Σd⁴]] = 100·[[57, 289], [289, 1569]], determinant 100²·5912.
    const points = onCurve.map((point) => ({ ...point, sd: point.survivingFraction / 10 }));
    const fit = fitAvatar({ kind: 'survivingFraction', points, rows: [2, 3, 4, 5] });
    expect(fit.ok).toBe(true);
    expect(fit.alpha).toBeCloseTo(0.3, 12);
    expect(fit.beta).toBeCloseTo(0.03, 12);
    expect(fit.alphaBeta).toBeCloseTo(10, 9);
    expect(fit.alphaSe).toBeCloseTo(Math.sqrt(1569 / (100 * 5912)), 12);
    expect(fit.betaSe).toBeCloseTo(Math.sqrt(57 / (100 * 5912)), 12);
  });

  it('accepts the same data given to six significant digits: rounding of 1e−6 is scatter, not an exact fit', () => {
    const points = onCurve.map(({ dose, survivingFraction }) => ({ dose, survivingFraction: Number(survivingFraction.toPrecision(6)) }));
    const fit = fitAvatar({ kind: 'survivingFraction', points, rows: [2, 3, 4, 5] });
    expect(fit.ok).toBe(true);
    expect(fit.degreesOfFreedom).toBe(2);
    expect(fit.alphaCi95[1] - fit.alphaCi95[0]).toBeGreaterThan(0);
  });

  // 0 Gy SF 1, 2 Gy SF 0.5, 4 Gy SF 0.1: the control row fits any α, β, and two rows determine the two coefficients.
  const three = { kind: 'survivingFraction' as const, points: [{ dose: 0, survivingFraction: 1 }, { dose: 2, survivingFraction: 0.5 }, { dose: 4, survivingFraction: 0.1 }], rows: [2, 3, 4] };

  it('refuses a control and two dose levels without SDs: 0 degrees of freedom, named with the rows', () => {
    const fit = fitAvatar(three);
    expect(fit.ok).toBe(false);
    expect(fit.problem).toBe(
      "two dose levels besides the control (row 3 at 2 Gy and row 4 at 4 Gy) determine α and β exactly: the fit's error cannot be estimated from the residuals (0 degrees of freedom); add replicate wells or a dose level, or give sd on every row",
    );
  });

  it('a dose-0 replicate with SF ≠ 1 is an observation: 1 degree of freedom, t(0.975, 1) = 12.706, SE α = |ln 0.95|·√(272/256)', () => {
    // χ² = (ln 0.95)² from the 0-Gy row (no leverage); (XᵀX)⁻¹ over 2 and 4 Gy = [[272, −72], [−72, 20]]/256.
    const fit = fitAvatar({ ...three, points: [...three.points, { dose: 0, survivingFraction: 0.95 }], rows: [2, 3, 4, 5] });
    expect(fit.ok).toBe(true);
    expect(fit.distribution).toBe('student-t');
    expect(fit.degreesOfFreedom).toBe(1);
    expect(fit.quantile).toBeCloseTo(12.706, 3); // NIST/SEMATECH table 1.3.6.7.2
    expect(fit.alphaSe).toBeCloseTo(-Math.log(0.95) * Math.sqrt(272 / 256), 12);
  });

  it('with an SD on every row, a control and two dose levels are enough: the error scale is known', () => {
    const fit = fitAvatar({ ...three, points: three.points.map((point) => ({ ...point, sd: 0.05 })) });
    expect(fit.ok).toBe(true);
    expect(fit.distribution).toBe('normal');
  });

  it('refuses data with SF 1 at every dose, with or without SDs: no cell kill, α = β = 0 ranks nothing', () => {
    const ones = [0, 0, 2, 4].map((dose) => ({ dose, survivingFraction: 1 }));
    for (const points of [ones, ones.map((point) => ({ ...point, sd: 0.1 }))]) {
      const fit = fitAvatar({ kind: 'survivingFraction', points, rows: [2, 3, 4, 5] });
      expect(fit.ok).toBe(false);
      expect(fit.problem).toBe('the surviving fraction is 1 at every dose above 0 Gy: the data show no cell kill, so α and β are both 0 and cannot rank schedules');
    }
  });

  it('α/β is unbounded above when β is not clearly above 0 (Fieller), and infinite when β is held at 0', () => {
    // Pure exponential with noise: β ≈ 0.
    const points = [1, 2, 3, 4, 5, 6].map((dose, i) => ({ dose, survivingFraction: Math.exp(-0.4 * dose + (i % 2 === 0 ? 0.05 : -0.05)) }));
    const fit = fitAvatar({ kind: 'survivingFraction', points, rows: points.map((_, i) => i + 2) });
    expect(fit.alphaBetaCi95[1]).toBe(Infinity);
    if (fit.bound === 'beta') expect(fit.alphaBetaCi95).toEqual([Infinity, Infinity]);
    else expect(fit.alphaBetaCi95[0]).toBeGreaterThan(0);
  });
});

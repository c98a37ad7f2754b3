import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dormancyDays, doublingsToDetection, localControlCurve, logSurvival, recurrenceDetectionProbability, schedule, tcpPopulation } from '../../packages/core/src/index.js';
import type { LocalControlCurveParameters } from '../../packages/core/src/index.js';

// A 7 cm gross tumour (N₀ = 10⁷ per cm³ × πd³/6) under 32 × 2 Gy LQ, the library's STS α and the model's regrowth.
const course = schedule({ fractions: 32, dose: 2, perWeek: 5 });
const alphaBeta = 4.9;
const grossClonogens = 1e7 * (Math.PI / 6) * 7 ** 3;
const base: LocalControlCurveParameters = {
  days: [0, 182.625, 365.25, 730.5, 1826.25, 3652.5],
  residualProbability: 1,
  logClonogens: Math.log(grossClonogens),
  logClonogensSigma: 0,
  logSurvival: (alpha) => logSurvival(course, { alpha, beta: alpha / alphaBeta }, { model: 'lq' }),
  alphaMean: 0.232,
  alphaSd: 0.08,
  detectionClonogens: 1e7,
  medianDoublingTime: 18.6,
  doublingTimeSigma: 0.05,
  dormantShare: 0.4963,
  reawakeningRatePerYear: 0.187,
};

describe('localControlCurve', () => {
  it('LC(t → ∞) of a gross tumour is core tcpPopulation of the same course (every failure detected by 100 y)', () => {
    const lc = localControlCurve({ ...base, days: [100 * 365.25] });
    const tcp = tcpPopulation({ schedule: course, alphaMean: 0.232, alphaSd: 0.08, alphaBeta, clonogens: grossClonogens });
    expect(tcp).toBeGreaterThan(0.2); // a case where the identity is not trivially 0 or 1
    expect(tcp).toBeLessThan(0.8);
    expect(Math.abs((lc[0] ?? NaN) - tcp)).toBeLessThan(2e-4);
  });

  it('one patient without dormancy: LC(t) = 1 − π(1 − e^{−m})·recurrenceDetectionProbability(t, D, T_d, σ)', () => {
    const single = { ...base, alphaSd: 0, residualProbability: 0.3, dormantShare: 0, logClonogens: Math.log(2.4e5) };
    const logLeft = Math.log(2.4e5) + base.logSurvival(0.232);
    const m = Math.exp(logLeft);
    const doublings = doublingsToDetection(logLeft, 1e7);
    const lc = localControlCurve(single);
    single.days.forEach((day, i) => {
      const expected = 1 - 0.3 * -Math.expm1(-m) * recurrenceDetectionProbability(day, doublings, 18.6, 0.05);
      expect(lc[i]).toBeCloseTo(expected, 12);
    });
  });

  it('one patient, all failures dormant: LC(t) = 1 − (1 − e^{−m})·E_u[P(t − dormancyDays(u))] (midpoint sum over 100 000 u)', () => {
    const single = { ...base, alphaSd: 0, dormantShare: 1, logClonogens: Math.log(1e9) };
    const logLeft = Math.log(1e9) + base.logSurvival(0.232);
    const failure = -Math.expm1(-Math.exp(logLeft));
    const doublings = doublingsToDetection(logLeft, 1e7);
    const lc = localControlCurve(single);
    const count = 100_000;
    single.days.forEach((day, i) => {
      let detected = 0;
      for (let k = 0; k < count; k++) {
        const wait = day - dormancyDays((k + 0.5) / count, 0.187);
        if (wait > 0) detected += recurrenceDetectionProbability(wait, doublings, 18.6, 0.05);
      }
      expect(Math.abs((lc[i] ?? NaN) - (1 - failure * (detected / count)))).toBeLessThan(1e-4);
    });
  });

  it('LC(0) = 1 and LC falls with time (non-increasing on a monthly grid over 10 years)', () => {
    const days = Array.from({ length: 121 }, (_, k) => (k * 365.25) / 12);
    for (const parameters of [base, { ...base, residualProbability: 0.4, logClonogens: Math.log(2.4e5), logClonogensSigma: 2.3 }]) {
      const lc = localControlCurve({ ...parameters, days });
      expect(lc[0]).toBe(1);
      for (let k = 1; k < lc.length; k++) expect(lc[k]).toBeLessThanOrEqual((lc[k - 1] ?? NaN) + 1e-12);
      expect(lc[120]).toBeLessThan(0.99);
    }
  });

  it('is NaN everywhere outside its domain (unsorted days, π > 1, σ_T = 0, q > 1, NaN ln S, a second compartment without spread)', () => {
    const gross = (): number => 10;
    const bad: Partial<LocalControlCurveParameters>[] = [
      { days: [10, 5] }, { days: [-1] }, { residualProbability: 1.2 }, { doublingTimeSigma: 0 }, { dormantShare: 1.5 },
      { logSurvival: () => Number.NaN }, { reawakeningRatePerYear: 0 }, { alphaSd: -1 },
      // base has σ = 0 (a gross tumour of known size): a second compartment needs a varying residue, and a varying α.
      { grossLogLeft: gross }, { grossLogLeft: gross, logClonogensSigma: 2, alphaSd: 0 },
      { grossLogLeft: () => Number.NaN, logClonogensSigma: 2 },
    ];
    for (const change of bad) {
      const lc = localControlCurve({ ...base, ...change });
      expect(lc.length).toBeGreaterThan(0);
      expect([...lc].every(Number.isNaN)).toBe(true);
    }
  });
});

describe('localControlCurve: what the model guarantees, at every time (fast-check over patients and courses)', () => {
  // A residue (σ > 0) under F × d Gy LQ at random α, π, clonogens and regrowth; one change at a time must move LC one
  // way at every time: the quadrature nodes do not depend on the changed quantity, and at each node more surviving
  // clonogens fail more often and sooner.
  const patient = fc.record({
    fractions: fc.integer({ min: 1, max: 35 }),
    dose: fc.double({ min: 1, max: 8, noNaN: true }),
    pi: fc.double({ min: 0.01, max: 1, noNaN: true }),
    logClonogens: fc.double({ min: 5, max: 20, noNaN: true }),
    sigma: fc.double({ min: 0.5, max: 3, noNaN: true }),
    doublingTime: fc.double({ min: 10, max: 120, noNaN: true }),
    dormantShare: fc.double({ min: 0, max: 1, noNaN: true }),
  });
  const curveOf = (p: { fractions: number; dose: number; pi: number; logClonogens: number; sigma: number; doublingTime: number; dormantShare: number }, extra: Partial<LocalControlCurveParameters> = {}): Float64Array => {
    const rt = schedule({ fractions: p.fractions, dose: p.dose, perWeek: 5 });
    return localControlCurve({
      ...base,
      days: [30, 182.625, 365.25, 730.5, 1826.25, 3652.5],
      residualProbability: p.pi,
      logClonogens: p.logClonogens,
      logClonogensSigma: p.sigma,
      logSurvival: (alpha) => logSurvival(rt, { alpha, beta: alpha / alphaBeta }, { model: 'lq' }),
      medianDoublingTime: p.doublingTime,
      dormantShare: p.dormantShare,
      ...extra,
    });
  };
  // To 10⁻³, the 0.1 % shown, and with a fixed seed. The quadrature is not exactly monotone: with the dormant
  // detection taken as the difference of the cell-averaged awake CDF and the edges' moment (before 7 December 2026)
  // one more fraction lowered LC by 1.2 × 10⁻³ at 6 months (6 × 1 Gy, σ 3, all failures dormant), which this property
  // found and the edges' rule for both terms fixed; 400 random runs then pass (and 150 of the second property, seed 7,
  // with no violation at all). A gross compartment takes its own rule (α inner, ln n outer), so it is compared with
  // an empty one on the same rule (the coarse rule alone differs from it by up to 0.16 % at 33 × 7 Gy, where only α
  // near 0 fails).
  const atLeast = (higher: Float64Array, lower: Float64Array): boolean => higher.every((v, i) => v >= (lower[i] ?? NaN) - 1e-3);

  it('one more fraction, fewer clonogens or a smaller π never lowers LC; LC never rises with time', () => {
    fc.assert(
      fc.property(patient, (p) => {
        const lc = curveOf(p);
        return (
          lc.every((v, i) => v >= 0 && v <= 1 && (i === 0 || v <= (lc[i - 1] ?? NaN) + 1e-9)) &&
          atLeast(curveOf({ ...p, fractions: p.fractions + 1 }), lc) &&
          atLeast(curveOf({ ...p, logClonogens: p.logClonogens - 1 }), lc) &&
          atLeast(curveOf({ ...p, pi: p.pi / 2 }), lc)
        );
      }),
      { numRuns: 20, seed: 20261207 },
    );
  });

  it('a second, gross compartment never raises LC, and a larger one lowers it further (R2: remnant and residue)', () => {
    fc.assert(
      fc.property(patient, fc.double({ min: 2, max: 22, noNaN: true }), (p, logGross) => {
        const rt = schedule({ fractions: p.fractions, dose: p.dose, perWeek: 5 });
        const grossLeft = (shift: number) => (alpha: number): number => logGross + shift + logSurvival(rt, { alpha, beta: alpha / alphaBeta }, { model: 'lq' });
        // The same (finer) α rule on both sides: an empty second compartment, e^{−∞} survivors.
        const alone = curveOf(p, { grossLogLeft: () => -Infinity });
        const withGross = curveOf(p, { grossLogLeft: grossLeft(0) });
        return atLeast(alone, withGross) && atLeast(withGross, curveOf(p, { grossLogLeft: grossLeft(2) }));
      }),
      { numRuns: 15, seed: 20261207 },
    );
  });
});

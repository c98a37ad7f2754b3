import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { tcpDvh, tcpLogistic, tcpPoisson } from '@rtsim/core';
import type { DvhTcpParameters } from '@rtsim/core';
import { fixture } from './tcpNtcpFixture.js';

// Bounds: α 0.05–0.6 /Gy; N₀ 1–1e11 clonogens (a 100 cm³ tumour at 1e9/cm³); 1–40 fractions of 0.5–20 Gy.
const alpha = fc.double({ min: 0.05, max: 0.6, noNaN: true });
const logClonogens = fc.double({ min: 0, max: 11, noNaN: true });
const dosePerFraction = fc.double({ min: 0.5, max: 20, noNaN: true });
const fractions = fc.integer({ min: 1, max: 40 });

describe('tcpPoisson(clonogens, logSurvival)', () => {
  test('exp(−N·S): N = 1e9, S = 1e−9 gives e^{−1}; N = 0 gives 1; S underflowing gives 1', () => {
    expect(tcpPoisson(1e9, Math.log(1e-9))).toBeCloseTo(Math.exp(-1), 14);
    expect(tcpPoisson(0, -10)).toBe(1);
    expect(tcpPoisson(1e9, -2000)).toBe(1); // 54 Gy in 3 fractions at α = 0.3 /Gy: S = e^{−…} underflows, N·S does not matter
  });

  test('TCP rises with dose and falls with clonogen number', () => {
    fc.assert(
      fc.property(alpha, logClonogens, fractions, dosePerFraction, fc.double({ min: 0.01, max: 2, noNaN: true }), (a, logN, n, d, extra) => {
        const logS = (dose: number): number => -n * (a * dose + (a / 10) * dose * dose);
        const clonogens = 10 ** logN;
        return tcpPoisson(clonogens, logS(d + extra)) >= tcpPoisson(clonogens, logS(d)) && tcpPoisson(10 * clonogens, logS(d)) <= tcpPoisson(clonogens, logS(d));
      }),
    );
  });

  test('NaN for NaN or out-of-domain input', () => {
    for (const [n, s] of [
      [Number.NaN, -1],
      [1e6, Number.NaN],
      [-1, -1],
      [1e6, 0.1],
    ] as const) {
      expect(tcpPoisson(n, s)).toBeNaN();
    }
  });
});

describe('tcpLogistic(dose, d50, gamma50)', () => {
  // The logistic form of Niemierko's EUD model and the HyTEC reports, TCP = 1/(1 + (D50/D)^{4γ50}); γ50 is the
  // normalised slope D·dTCP/dD at D50 (Brahme A. Acta Radiol Oncol 1984;23:379).
  test('TCP(D50) = ½ and D·dTCP/dD at D50 equals γ50', () => {
    fc.assert(
      fc.property(fc.double({ min: 10, max: 100, noNaN: true }), fc.double({ min: 0.5, max: 5, noNaN: true }), (d50, gamma50) => {
        const h = 1e-4 * d50;
        const slope = (d50 * (tcpLogistic(d50 + h, d50, gamma50) - tcpLogistic(d50 - h, d50, gamma50))) / (2 * h);
        return Math.abs(tcpLogistic(d50, d50, gamma50) - 0.5) <= 1e-15 && Math.abs(slope - gamma50) <= 1e-6 * gamma50;
      }),
    );
  });

  test('TCP = 3/4 at D = D50·3^{1/(4γ50)}; 0 at zero dose; rises with dose', () => {
    expect(tcpLogistic(60 * 3 ** (1 / 8), 60, 2)).toBeCloseTo(0.75, 14);
    expect(tcpLogistic(0, 60, 2)).toBe(0);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 200, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (d, extra) => tcpLogistic(d + extra, 60, 2) >= tcpLogistic(d, 60, 2)),
    );
  });

  test('NaN for NaN or out-of-domain input', () => {
    for (const [d, d50, g] of [
      [Number.NaN, 50, 2],
      [50, Number.NaN, 2],
      [50, 50, Number.NaN],
      [-1, 50, 2],
      [50, 0, 2],
      [50, 50, 0],
    ] as const) {
      expect(tcpLogistic(d, d50, g)).toBeNaN();
    }
  });
});

describe('tcpDvh(bins, p)', () => {
  // scripts/reference/core_tcp_ntcp.py: exp(−ρ Σ v S) as a plain sum; 1e−12 absolute.
  test('matches the reference to 1e−12', () => {
    for (const { bins, parameters, tcp } of fixture.dvh) expect(Math.abs(tcpDvh(bins, parameters) - tcp)).toBeLessThanOrEqual(1e-12);
  });

  test('one bin is the Poisson TCP with N = ρv and ln S = −αD − βD²/n', () => {
    const p: DvhTcpParameters = { fractions: 25, alpha: 0.3, beta: 0.03, clonogenDensity: 1e7 };
    expect(tcpDvh([{ dose: 50, volume: 100 }], p)).toBeCloseTo(tcpPoisson(1e9, -(0.3 * 50 + (0.03 * 50 * 50) / 25)), 14);
  });

  test('splitting a bin into two of the same dose changes nothing (TCP is additive in volume)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 80, noNaN: true }), fc.double({ min: 0.1, max: 100, noNaN: true }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (dose, volume, share) => {
        const p: DvhTcpParameters = { fractions: 30, alpha: 0.3, beta: 0.03, clonogenDensity: 1e7 };
        const whole = tcpDvh([{ dose, volume }], p);
        const split = tcpDvh(
          [
            { dose, volume: share * volume },
            { dose, volume: (1 - share) * volume },
          ],
          p,
        );
        return Math.abs(whole - split) <= 1e-13;
      }),
    );
  });

  test('54 Gy in 3 fractions over 1e9 clonogens/cm³ neither underflows nor gives NaN', () => {
    // −ln S = 0.3·54 + 0.03·54²/3 = 45.36; N = 5e10: N·S ≈ 1e−9.
    const value = tcpDvh([{ dose: 54, volume: 50 }], { fractions: 3, alpha: 0.3, beta: 0.03, clonogenDensity: 1e9 });
    expect(value).toBeCloseTo(Math.exp(-Math.exp(Math.log(5e10) - 45.36)), 15);
    expect(tcpDvh([{ dose: 540, volume: 50 }], { fractions: 3, alpha: 0.3, beta: 0.03, clonogenDensity: 1e9 })).toBe(1);
    expect(tcpDvh([], { fractions: 3, alpha: 0.3, beta: 0.03, clonogenDensity: 1e9 })).toBe(1);
  });

  test('NaN for NaN or out-of-domain input', () => {
    const p: DvhTcpParameters = { fractions: 25, alpha: 0.3, beta: 0.03, clonogenDensity: 1e7 };
    const bins = [{ dose: 50, volume: 10 }];
    for (const bad of [{ fractions: Number.NaN }, { alpha: Number.NaN }, { beta: Number.NaN }, { clonogenDensity: Number.NaN }, { fractions: 0 }, { alpha: -1 }, { clonogenDensity: -1 }]) {
      expect(tcpDvh(bins, { ...p, ...bad }), JSON.stringify(bad)).toBeNaN();
    }
    expect(tcpDvh([{ dose: Number.NaN, volume: 1 }], p)).toBeNaN();
    expect(tcpDvh([{ dose: 50, volume: -1 }], p)).toBeNaN();
  });
});

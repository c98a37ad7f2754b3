import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { logSurvival, schedule, tcpPoisson, tcpZaiderMinerbo } from '@rtsim/core';
import type { ZaiderMinerboParameters } from '@rtsim/core';
import { fixture } from './tcpNtcpFixture.js';

// Bounds for the properties: α 0.05–0.5 /Gy, β = α/10; rates up to 0.5/day (doubling in 1.4 days);
// 1–35 fractions of 1–5 Gy; N₀ from 1 to 1e9.
const alpha = fc.double({ min: 0.05, max: 0.5, noNaN: true });
const rate = fc.double({ min: 0, max: 0.5, noNaN: true });
const fractions = fc.integer({ min: 1, max: 35 });
const dose = fc.double({ min: 1, max: 5, noNaN: true });
const logClonogens = fc.double({ min: 0, max: 9, noNaN: true });

describe('tcpZaiderMinerbo(p)', () => {
  // scripts/reference/core_tcp_ntcp.py: the integral by 2001-point Simpson per piece between fractions.
  test('matches direct numerical integration to 1e−10', () => {
    for (const { label, tcp, ...p } of fixture.zaiderMinerbo) {
      expect(Math.abs(tcpZaiderMinerbo(p) - tcp), label).toBeLessThanOrEqual(1e-10);
    }
  });

  // Kendall DG, Ann Math Stat 1948;19:1–15: extinction probability of a linear birth–death process by time t,
  // P₀(t) = δ(e^{λt} − 1)/(b e^{λt} − δ) per initial cell.
  test('no fractions: Kendall’s birth–death extinction probability', () => {
    for (const [b, d, t, n] of [
      [0.3, 0.1, 10, 3],
      [0.1, 0.3, 5, 2],
      [0.2, 0.2, 7, 1],
    ] as const) {
      const lambda = b - d;
      const perCell = lambda === 0 ? (b * t) / (1 + b * t) : (d * (Math.exp(lambda * t) - 1)) / (b * Math.exp(lambda * t) - d);
      const value = tcpZaiderMinerbo({ schedule: [], alpha: 0.3, beta: 0.03, birthRate: b, deathRate: d, clonogens: n, day: t });
      expect(value).toBeCloseTo(perCell ** n, 14);
    }
  });

  test('b = 0, δ ≥ 0: (1 − S e^{−δt})^{N₀} (pure death)', () => {
    const s = schedule({ fractions: 25, dose: 2 });
    const logS = logSurvival(s, { alpha: 0.3, beta: 0.03 });
    const value = tcpZaiderMinerbo({ schedule: s, alpha: 0.3, beta: 0.03, birthRate: 0, deathRate: 0.05, clonogens: 1e8, day: 60 });
    expect(value).toBeCloseTo(Math.exp(1e8 * Math.log1p(-Math.exp(logS - 0.05 * 60))), 13);
  });

  // The limit statement: with b = δ = 0 nothing grows or dies except by radiation, so each clonogen survives
  // independently with probability S: TCP = (1 − S)^{N₀}, the binomial TCP, which differs from the Poisson
  // exp(−N₀S) by at most N₀S²/(2(1 − S)) and tends to it as S → 0 with N₀S fixed.
  test('Zaider–Minerbo → Poisson when birth rate is 0 (with zero death rate): binomial, within N₀S²/(2(1−S))', () => {
    fc.assert(
      fc.property(alpha, fractions, dose, logClonogens, (a, n, d, logN) => {
        const s = schedule({ fractions: n, dose: d });
        const logS = logSurvival(s, { alpha: a, beta: a / 10 });
        const clonogens = 10 ** logN;
        const value = tcpZaiderMinerbo({ schedule: s, alpha: a, beta: a / 10, birthRate: 0, deathRate: 0, clonogens, day: 400 });
        const survival = Math.exp(logS);
        const binomial = Math.exp(clonogens * Math.log1p(-survival));
        const bound = (clonogens * survival * survival) / (2 * (1 - survival));
        return Math.abs(value - binomial) <= 1e-12 && Math.abs(value - tcpPoisson(clonogens, logS)) <= bound + 1e-15;
      }),
      { numRuns: 300 },
    );
  });

  test('b, δ → 0 continuously: TCP(b = δ = ε) → the binomial TCP', () => {
    const s = schedule({ fractions: 25, dose: 2 });
    const p = { schedule: s, alpha: 0.3, beta: 0.03, clonogens: 1e8, day: 40 };
    const limit = tcpZaiderMinerbo({ ...p, birthRate: 0, deathRate: 0 });
    const gaps = [1e-2, 1e-4, 1e-6].map((e) => Math.abs(tcpZaiderMinerbo({ ...p, birthRate: e, deathRate: e / 2 }) - limit));
    expect(gaps[1]).toBeLessThan(gaps[0]);
    expect(gaps[2]).toBeLessThan(1e-5);
  });

  test('TCP never decreases with the evaluation day (extinction is absorbing)', () => {
    fc.assert(
      fc.property(alpha, rate, rate, fractions, logClonogens, fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), (a, b, d, n, logN, t, later) => {
        const p = { schedule: schedule({ fractions: n, dose: 2 }), alpha: a, beta: a / 10, birthRate: b, deathRate: d, clonogens: 10 ** logN };
        return tcpZaiderMinerbo({ ...p, day: t + later }) >= tcpZaiderMinerbo({ ...p, day: t }) * (1 - 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  test('faster birth lowers TCP at the end of the course', () => {
    const p = { schedule: schedule({ fractions: 30, dose: 2 }), alpha: 0.3, beta: 0.03, deathRate: 0, clonogens: 1e7, day: 39 };
    expect(tcpZaiderMinerbo({ ...p, birthRate: 0.2 })).toBeLessThan(tcpZaiderMinerbo({ ...p, birthRate: 0.05 }));
  });

  test('a fraction on the evaluation day counts; a later one does not', () => {
    const p = { alpha: 0.3, beta: 0.03, birthRate: 0.1, deathRate: 0.05, clonogens: 1e3 };
    const two = [
      { dose: 10, day: 0 },
      { dose: 10, day: 5 },
    ];
    const one = [{ dose: 10, day: 0 }];
    expect(tcpZaiderMinerbo({ ...p, schedule: two, day: 5 })).toBeGreaterThan(tcpZaiderMinerbo({ ...p, schedule: one, day: 5 }));
    expect(tcpZaiderMinerbo({ ...p, schedule: two, day: 4.9 })).toBe(tcpZaiderMinerbo({ ...p, schedule: one, day: 4.9 }));
  });

  test('N₀ = 0 gives 1; 54 Gy in 3 fractions with N₀ = 1e10 stays finite', () => {
    const s = schedule({ fractions: 3, dose: 18, everyDays: 2 });
    const p = { schedule: s, alpha: 0.3, beta: 0.03, birthRate: 0.2, deathRate: 0.05, day: 10 };
    expect(tcpZaiderMinerbo({ ...p, clonogens: 0 })).toBe(1);
    const value = tcpZaiderMinerbo({ ...p, clonogens: 1e10 });
    expect(value).toBeGreaterThan(0.99);
    expect(value).toBeLessThanOrEqual(1);
  });

  test('NaN for NaN or out-of-domain input', () => {
    const p: ZaiderMinerboParameters = { schedule: schedule({ fractions: 5, dose: 5 }), alpha: 0.3, beta: 0.03, birthRate: 0.1, deathRate: 0.05, clonogens: 1e6, day: 30 };
    for (const bad of [
      { alpha: Number.NaN },
      { beta: Number.NaN },
      { birthRate: Number.NaN },
      { deathRate: Number.NaN },
      { clonogens: Number.NaN },
      { day: Number.NaN },
      { alpha: -1 },
      { birthRate: -0.1 },
      { deathRate: Infinity },
      { clonogens: -1 },
      { day: -1 },
      { schedule: [{ dose: 2, day: -1 }] },
      { schedule: schedule({ fractions: -1, dose: 2 }) },
      { model: { model: 'usc' as const, d0: -1 } },
    ]) {
      expect(tcpZaiderMinerbo({ ...p, ...bad }), JSON.stringify(bad)).toBeNaN();
    }
  });
});

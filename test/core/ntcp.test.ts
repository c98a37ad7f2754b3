import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { geud, ntcpLkb, uncomplicatedControl } from '@rtsim/core';
import type { DoseVolumeBin, LkbParameters } from '@rtsim/core';
import { fixture } from './tcpNtcpFixture.js';

// A DVH arbitrary: 1–30 bins, total doses 0.1–80 Gy (conventional courses to SBRT EQD2), volumes 0.01–100.
const bins = fc.array(
  fc.record({ dose: fc.double({ min: 0.1, max: 80, noNaN: true }), volume: fc.double({ min: 0.01, max: 100, noNaN: true }) }),
  { minLength: 1, maxLength: 30 },
);
const exponent = fc.double({ min: -40, max: 40, noNaN: true });
const relative = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('geud(bins, a)', () => {
  // scripts/reference/core_tcp_ntcp.py (numpy sums); same few-term sums, so 1e−12 relative.
  test('matches the reference to 1e−12 relative', () => {
    for (const { bins: b, a, geud: expected } of fixture.geud) expect(relative(geud(b, a), expected), `a = ${a}`).toBeLessThanOrEqual(1e-12);
  });

  test('gEUD of a uniform dose is that dose', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 80, noNaN: true }), exponent, fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 1, maxLength: 10 }), (dose, a, volumes) =>
        relative(geud(volumes.map((volume) => ({ dose, volume })), a), dose) <= 1e-13,
      ),
    );
  });

  test('a = 1 is the mean dose, large a tends to the maximum, large −a to the minimum', () => {
    const dvh = [
      { dose: 10, volume: 1 },
      { dose: 30, volume: 3 },
    ];
    expect(geud(dvh, 1)).toBeCloseTo(25, 13);
    expect(geud(dvh, Infinity)).toBe(30);
    expect(geud(dvh, -Infinity)).toBe(10);
    expect(geud(dvh, 200)).toBeCloseTo(30 * 0.75 ** (1 / 200), 12);
  });

  test('gEUD lies between the minimum and maximum dose and is non-decreasing in a (power-mean inequality)', () => {
    fc.assert(
      fc.property(bins, exponent, fc.double({ min: 0, max: 5, noNaN: true }), (b, a, step) => {
        const doses = b.map(({ dose }) => dose);
        const value = geud(b, a);
        return value >= Math.min(...doses) * (1 - 1e-12) && value <= Math.max(...doses) * (1 + 1e-12) && geud(b, a + step) >= value * (1 - 1e-12);
      }),
    );
  });

  test('does not overflow for a = 100 at 1000 Gy', () => {
    expect(geud([{ dose: 1000, volume: 1 }], 100)).toBeCloseTo(1000, 10);
  });

  test('NaN for NaN or out-of-domain input; 0 when a ≤ 0 and some volume gets no dose', () => {
    expect(geud([{ dose: 10, volume: 1 }], Number.NaN)).toBeNaN();
    expect(geud([{ dose: Number.NaN, volume: 1 }], 1)).toBeNaN();
    expect(geud([{ dose: 10, volume: Number.NaN }], 1)).toBeNaN();
    expect(geud([{ dose: -1, volume: 1 }], 1)).toBeNaN();
    expect(geud([{ dose: 10, volume: -1 }], 1)).toBeNaN();
    expect(geud([], 1)).toBeNaN();
    expect(geud([{ dose: 10, volume: 0 }], 1)).toBeNaN();
    expect(
      geud(
        [
          { dose: 0, volume: 1 },
          { dose: 10, volume: 1 },
        ],
        -5,
      ),
    ).toBe(0);
  });
});

describe('ntcpLkb(bins, p)', () => {
  // scripts/reference/core_tcp_ntcp.py, NTCP with math.erf; parameters of Burman C et al. IJROBP 1991;21:123
  // (lung TD50 24.5 Gy, m 0.18, n 0.87) and others. Tolerance 1e−12 absolute.
  test('matches the reference (math.erf) to 1e−12', () => {
    for (const { label, bins: b, parameters, ntcp } of fixture.ntcp) {
      expect(Math.abs(ntcpLkb(b, parameters) - ntcp), label).toBeLessThanOrEqual(1e-12);
    }
  });

  test('NTCP = 0.5 at gEUD = TD50', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 100, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 2, noNaN: true }), (td50, m, n) =>
        Math.abs(ntcpLkb([{ dose: td50, volume: 3 }], { td50, m, n }) - 0.5) <= 1e-14,
      ),
    );
  });

  test('LKB NTCP is monotone in dose: scaling every bin dose up never lowers it', () => {
    fc.assert(
      fc.property(bins, fc.double({ min: 1, max: 2, noNaN: true }), fc.double({ min: 0.05, max: 1, noNaN: true }), fc.boolean(), (b, factor, n, convert) => {
        const p: LkbParameters = convert ? { td50: 40, m: 0.2, n, alphaBeta: 3, fractions: 25 } : { td50: 40, m: 0.2, n };
        const scaled: DoseVolumeBin[] = b.map(({ dose, volume }) => ({ dose: dose * factor, volume }));
        return ntcpLkb(scaled, p) >= ntcpLkb(b, p) - 1e-14; // rounding allowance for factors within an ulp of 1
      }),
    );
  });

  test('EQD2 conversion is the identity at 2 Gy per fraction and raises NTCP above it', () => {
    const dvh = [
      { dose: 50, volume: 1 },
      { dose: 30, volume: 2 },
    ];
    const p = { td50: 45, m: 0.15, n: 0.5 };
    expect(ntcpLkb([{ dose: 50, volume: 1 }], { ...p, alphaBeta: 3, fractions: 25 })).toBeCloseTo(ntcpLkb([{ dose: 50, volume: 1 }], p), 14);
    expect(ntcpLkb(dvh, { ...p, alphaBeta: 3, fractions: 5 })).toBeGreaterThan(ntcpLkb(dvh, p));
    expect(ntcpLkb(dvh, { ...p, alphaBeta: Infinity, fractions: 5 })).toBe(ntcpLkb(dvh, p));
  });

  test('NaN for NaN or out-of-domain input, and for only one of alphaBeta and fractions', () => {
    const dvh = [{ dose: 20, volume: 1 }];
    const p = { td50: 24.5, m: 0.18, n: 0.87 };
    for (const bad of [{ td50: Number.NaN }, { m: Number.NaN }, { n: Number.NaN }, { td50: 0 }, { m: 0 }, { n: 0 }, { alphaBeta: 3 }, { fractions: 5 }, { alphaBeta: -1, fractions: 5 }, { alphaBeta: 3, fractions: Number.NaN }]) {
      expect(ntcpLkb(dvh, { ...p, ...bad }), JSON.stringify(bad)).toBeNaN();
    }
    expect(ntcpLkb([{ dose: Number.NaN, volume: 1 }], p)).toBeNaN();
  });
});

describe('uncomplicatedControl(tcp, ntcp)', () => {
  test('P+ = TCP·(1 − NTCP); NaN outside [0, 1] and for NaN', () => {
    expect(uncomplicatedControl(0.8, 0.1)).toBeCloseTo(0.72, 15);
    expect(uncomplicatedControl(1, 0)).toBe(1);
    expect(uncomplicatedControl(0.5, 1)).toBe(0);
    for (const [t, n] of [
      [Number.NaN, 0.1],
      [0.5, Number.NaN],
      [1.1, 0],
      [0.5, -0.1],
    ] as const) {
      expect(uncomplicatedControl(t, n)).toBeNaN();
    }
  });
});

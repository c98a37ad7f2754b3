import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalCdf, normalQuantile } from '@rtsim/core';
import { fixture } from './tcpNtcpFixture.js';

const relativeError = (actual: number, expected: number): number =>
  expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);

describe('normalCdf(x)', () => {
  // Reference: 50-digit decimal erfc (scripts/reference/core_tcp_ntcp.py), exact to double precision.
  // Tolerance 5e−15 relative over x ∈ [−37.5, 8.2]: a few ulps, the "~1e−15 in the tails" promise.
  test('matches the 50-digit reference to 5e−15 relative, tails included', () => {
    let worst = 0;
    for (const { x, cdf } of fixture.normal.cdf) {
      const error = relativeError(normalCdf(x), cdf);
      worst = Math.max(worst, error);
      expect(error, `x = ${x}`).toBeLessThanOrEqual(5e-15);
    }
    expect(worst).toBeGreaterThan(0); // the comparison is real, not an identical copy
  });

  // Abramowitz & Stegun, Handbook of Mathematical Functions (1964), Tables 26.1 and 26.2 (Q(6) = 9.8658764503769814e−10).
  test('textbook values: Φ(0) = ½, Φ(−1) = 0.158655253931457, Φ(1.959963984540054) = 0.975', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(-1)).toBeCloseTo(0.158655253931457, 15);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 15);
    expect(normalCdf(-6) / 9.865876450376981e-10).toBeCloseTo(1, 14);
  });

  test('limits: Φ(−∞) = 0, Φ(∞) = 1, 0 below −37.52, NaN for NaN', () => {
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-38)).toBe(0);
    expect(normalCdf(Number.NaN)).toBeNaN();
  });

  test('Φ(x) + Φ(−x) = 1 (symmetry) to 2e−16', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (x) => Math.abs(normalCdf(x) + normalCdf(-x) - 1) <= 2.3e-16),
    );
  });

  test('Φ is non-decreasing', () => {
    fc.assert(
      fc.property(fc.double({ min: -40, max: 10, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), (x, step) =>
        normalCdf(x + step) >= normalCdf(x),
      ),
    );
  });
});

describe('normalQuantile(p)', () => {
  // Reference: Newton's method on the 50-digit CDF. AS241 promises about 1e−16 relative; allow a few ulps.
  test('matches the 50-digit reference to 1e−15·max(1, |z|)', () => {
    for (const { p, z } of fixture.normal.quantile) {
      expect(Math.abs(normalQuantile(p) - z), `p = ${p}`).toBeLessThanOrEqual(1e-15 * Math.max(1, Math.abs(z)));
    }
  });

  test('textbook values: Φ⁻¹(0.975) = 1.959963984540054, Φ⁻¹(½) = 0', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 15);
    expect(normalQuantile(0.5)).toBe(0);
  });

  test('limits: −∞ at 0, ∞ at 1, NaN outside [0, 1] and for NaN', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(-1e-300)).toBeNaN();
    expect(normalQuantile(1.0000000000000002)).toBeNaN();
    expect(normalQuantile(Number.NaN)).toBeNaN();
  });

  test('Φ⁻¹(Φ(z)) = z (round trip) to 1e−13 in the lower tail and centre', () => {
    // Below −8.3 Φ has full relative precision, above 0 the round trip goes through 1 − p and loses digits.
    fc.assert(
      fc.property(fc.double({ min: -37, max: 0, noNaN: true }), (z) => Math.abs(normalQuantile(normalCdf(z)) - z) <= 1e-13 * Math.max(1, Math.abs(z))),
    );
  });

  test('Φ(Φ⁻¹(p)) = p (round trip) to 2e−15·max(1, z²) relative', () => {
    // A quantile error of ε|z| becomes a relative CDF error of |z|·ε|z| in the tail.
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1, noNaN: true }), (p) => {
        const z = normalQuantile(p);
        return relativeError(normalCdf(z), p) <= 2e-15 * Math.max(1, z * z);
      }),
    );
  });
});

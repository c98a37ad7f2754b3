import { describe, expect, it } from 'vitest';
import { logAddExp } from '@rtsim/core';

describe('logAddExp(a, b) = ln(e^a + e^b)', () => {
  it('adds the terms: ln 2 ⊕ ln 3 = ln 5, in either order', () => {
    expect(logAddExp(Math.log(2), Math.log(3))).toBeCloseTo(Math.log(5), 14);
    expect(logAddExp(Math.log(3), Math.log(2))).toBe(logAddExp(Math.log(2), Math.log(3)));
  });

  it('neither overflows nor underflows where e^a does: 1000 ⊕ 1000 = 1000 + ln 2, −1000 ⊕ −1001 = −1000 + ln(1 + 1/e)', () => {
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logAddExp(-1000, -1001)).toBeCloseTo(-1000 + Math.log1p(Math.exp(-1)), 12);
  });

  it('treats −∞ as a zero term and is exact at the infinities', () => {
    expect(logAddExp(-Infinity, -3)).toBe(-3);
    expect(logAddExp(-Infinity, -Infinity)).toBe(-Infinity);
    expect(logAddExp(Infinity, 0)).toBe(Infinity);
    expect(logAddExp(Number.NaN, 0)).toBeNaN();
  });
});

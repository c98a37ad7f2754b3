import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mcnemarTest } from '../../packages/sim/src/stats/mcnemarTest.js';

const count = fc.integer({ min: 0, max: 5000 });

describe('mcnemarTest(b, c)', () => {
  test('exact below 50 discordant pairs: the doubled binomial tail, as an exact rational', () => {
    // b = 12, c = 5: 2·Σ_{i≤5} C(17, i)/2¹⁷ = 2·9402/131072 (hand computation; the exact conditional test of
    // Fagerland et al. 2013, BMC Med Res Methodol 13:91, without mid-p).
    expect(mcnemarTest(12, 5)).toEqual({ statistic: 5, pValue: (2 * 9402) / 131072, method: 'exact' });
    // b = 0, c = 10: 2·2⁻¹⁰.
    expect(mcnemarTest(0, 10).pValue).toBe(2 / 1024);
    // b = 1, c = 48 (n = 49, still exact): 2·(1 + 49)/2⁴⁹.
    expect(mcnemarTest(1, 48).pValue).toBeCloseTo((2 * 50) / 2 ** 49, 28);
    expect(mcnemarTest(1, 48).method).toBe('exact');
  });

  test('chi-square with continuity correction from 50 discordant pairs on', () => {
    // Agresti (2013) Categorical Data Analysis, 3rd ed., Table 11.1 (presidential approval, 1600 people):
    // discordant pairs 150 and 86; (|150 − 86| − 1)²/236 = 3969/236 = 16.818, p = 2Φ(−√16.818) = 4.11e-5.
    const result = mcnemarTest(150, 86);
    expect(result.method).toBe('chi-square');
    expect(result.statistic).toBeCloseTo(3969 / 236, 12);
    expect(result.pValue).toBeCloseTo(4.1145622813459e-5, 15);
    // Edge of the rule: 25 + 25 = 50 is chi-square, with the correction clipped at 0 (p = 1).
    expect(mcnemarTest(25, 25)).toEqual({ statistic: 0, pValue: 1, method: 'chi-square' });
    expect(mcnemarTest(25, 24).method).toBe('exact');
  });

  test('no discordant pairs give p = 1', () => {
    expect(mcnemarTest(0, 0)).toEqual({ statistic: 0, pValue: 1, method: 'exact' });
    expect(mcnemarTest(0, 0, { method: 'chi-square' })).toEqual({ statistic: 0, pValue: 1, method: 'chi-square' });
  });

  test('the exact test does not underflow for thousands of discordant pairs', () => {
    // 2·P(X ≤ 0) = 2·2⁻¹⁰⁰⁰ for X ~ Bin(1000, ½): far below 2⁻¹⁰²² yet representable.
    expect(mcnemarTest(0, 1000, { method: 'exact' }).pValue / 2 ** -999).toBeCloseTo(1, 12);
    // Balanced large tables stay at 1, unbalanced ones are small but positive.
    expect(mcnemarTest(3000, 3000, { method: 'exact' }).pValue).toBe(1);
    const p = mcnemarTest(1500, 1700, { method: 'exact' }).pValue;
    expect(p > 0 && p < 1e-3).toBe(true);
  });

  test('returns NaN statistic and p for counts outside the domain', () => {
    for (const [b, c] of [[-1, 3], [1.5, 3], [NaN, 3], [3, Infinity]]) {
      const result = mcnemarTest(b, c);
      expect(Number.isNaN(result.statistic) && Number.isNaN(result.pValue)).toBe(true);
    }
  });

  test('is symmetric in (b, c)', () => {
    fc.assert(
      fc.property(count, count, fc.constantFrom('auto', 'exact', 'chi-square'), (b, c, method) => {
        expect(mcnemarTest(b, c, { method })).toEqual(mcnemarTest(c, b, { method }));
      }),
    );
  });

  test('p lies in [0, 1] and does not grow as the split of a fixed total becomes more unequal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), (total, raw) => {
        const b = raw % (total + 1);
        const c = total - b;
        const moreUnequal = Math.min(b, c) >= 1 ? [Math.max(b, c) + 1, Math.min(b, c) - 1] : [b, c];
        const p = mcnemarTest(b, c).pValue;
        const q = mcnemarTest(moreUnequal[0], moreUnequal[1]).pValue;
        expect(p >= 0 && p <= 1 && q <= p).toBe(true);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addFixedPoint } from '../../packages/sim/src/stats/addFixedPoint.js';
import { fixedPointBits } from '../../packages/sim/src/stats/fixedPointBits.js';
import { fixedPointToNumber } from '../../packages/sim/src/stats/fixedPointToNumber.js';
import { formatFixedPoint } from '../../packages/sim/src/stats/formatFixedPoint.js';
import { mergeFixedPoint } from '../../packages/sim/src/stats/mergeFixedPoint.js';
import { parseFixedPoint } from '../../packages/sim/src/stats/parseFixedPoint.js';
import { toFixedPoint } from '../../packages/sim/src/stats/toFixedPoint.js';

const unit = 2 ** -40;
// A block's partial sum of per-patient values in [0, 1] (TCP, control indicators, their squares) lies in
// [0, 4096]; squares of paired differences too. Mixed signs arise for sums of TCP differences.
const blockPartial = fc.double({ min: 0, max: 4096, noNaN: true });
const signedPartial = fc.double({ min: -4096, max: 4096, noNaN: true });

function kahanSum(values: readonly number[]): number {
  let sum = 0;
  let compensation = 0;
  for (const x of values) {
    const y = x - compensation;
    const t = sum + y;
    compensation = t - sum - y;
    sum = t;
  }
  return sum;
}

function fixedSum(values: readonly number[]): bigint {
  return values.reduce((total, x) => total + toFixedPoint(x), 0n);
}

describe('toFixedPoint(x)', () => {
  test('scales by 2^40 and rounds half to even', () => {
    expect(fixedPointBits).toBe(40);
    expect(toFixedPoint(1)).toBe(2n ** 40n);
    expect(toFixedPoint(-0.5)).toBe(-(2n ** 39n));
    expect(toFixedPoint(unit / 2)).toBe(0n); // tie → even 0
    expect(toFixedPoint((3 * unit) / 2)).toBe(2n); // tie → even 2
    expect(toFixedPoint((5 * unit) / 2)).toBe(2n); // tie → even 2
    expect(toFixedPoint((-3 * unit) / 2)).toBe(-2n);
    expect(toFixedPoint(1.25 * unit)).toBe(1n);
    expect(toFixedPoint(-0)).toBe(0n);
    expect(toFixedPoint(Number.MAX_VALUE)).toBe(BigInt(Number.MAX_VALUE) << 40n);
  });

  test('throws a RangeError for NaN and infinities instead of returning a summable sentinel', () => {
    for (const x of [NaN, Infinity, -Infinity]) expect(() => toFixedPoint(x)).toThrow(RangeError);
  });
});

describe('fixedPointToNumber(v)', () => {
  test('inverts toFixedPoint on the 2^-40 grid', () => {
    // |v| ≤ 2^53 has at most 53 significant bits, so v·2^-40 is a double and the round trip is exact.
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 53n), max: 2n ** 53n }), (v) => {
        expect(toFixedPoint(fixedPointToNumber(v))).toBe(v);
      }),
    );
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const v = toFixedPoint(x);
        // |x| ≥ 2^12 has no bits below 2^-40, so the round trip is exact; smaller x lands on the grid.
        expect(Math.abs(fixedPointToNumber(v) - x)).toBeLessThanOrEqual(unit / 2);
        if (Math.abs(x) >= 2 ** 12) expect(fixedPointToNumber(v)).toBe(x);
      }),
    );
  });

  test('rounds correctly to the nearest double, ties to even, and overflows only past the double range', () => {
    expect(fixedPointToNumber((2n ** 53n + 1n) << 40n)).toBe(2 ** 53); // tie → even
    expect(fixedPointToNumber((2n ** 53n + 3n) << 40n)).toBe(2 ** 53 + 4); // tie → even
    expect(fixedPointToNumber(((2n ** 53n + 1n) << 40n) + 1n)).toBe(2 ** 53 + 2); // just above the tie
    expect(fixedPointToNumber(((2n ** 53n + 1n) << 1010n) + 1n)).toBe((2 ** 53 + 2) * 2 ** 970); // sticky bit
    expect(fixedPointToNumber(2n ** 1063n)).toBe(2 ** 1023);
    expect(fixedPointToNumber(2n ** 1064n)).toBe(Infinity);
    expect(fixedPointToNumber(-(2n ** 1064n - 2n ** 1010n))).toBe(-Infinity); // the tie above MAX_VALUE
    expect(fixedPointToNumber(2n ** 1064n - 2n ** 1010n - 1n)).toBe(Number.MAX_VALUE);
  });
});

describe('formatFixedPoint(v) and parseFixedPoint(text)', () => {
  test('write the exact decimal of v·2^-40', () => {
    expect(formatFixedPoint(0n)).toBe('0');
    expect(formatFixedPoint(3n << 39n)).toBe('1.5');
    expect(formatFixedPoint(-(5n << 40n))).toBe('-5');
    expect(formatFixedPoint(1n)).toBe('0.0000000000009094947017729282379150390625');
    expect(formatFixedPoint(-1n)).toBe('-0.0000000000009094947017729282379150390625');
    expect(parseFixedPoint('-0.0000000000009094947017729282379150390625000')).toBe(-1n);
    expect(parseFixedPoint('12')).toBe(12n << 40n);
    expect(parseFixedPoint('-0')).toBe(0n);
  });

  test('parse(format(v)) = v, also inside JSON', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 200n), max: 2n ** 200n }), (v) => {
        expect(parseFixedPoint(formatFixedPoint(v))).toBe(v);
        const text = JSON.stringify({ sum: formatFixedPoint(v) });
        expect(parseFixedPoint((JSON.parse(text) as { sum: string }).sum)).toBe(v);
      }),
    );
  });

  test('reject malformed text with a SyntaxError and values off the 2^-40 grid with a RangeError', () => {
    for (const text of ['', ' 1', '1e3', '+1', '1.', '.5', '0x10', 'NaN', '1,5']) {
      expect(() => parseFixedPoint(text)).toThrow(SyntaxError);
    }
    for (const text of ['0.1', '0.00000000000045474735088646411895751953125']) {
      expect(() => parseFixedPoint(text)).toThrow(RangeError);
    }
  });
});

describe('addFixedPoint(target, values) and mergeFixedPoint(target, partial)', () => {
  test('the sum of shuffled partials is identical to the in-order sum, bit for bit', () => {
    fc.assert(
      fc.property(
        fc.array(signedPartial, { minLength: 1, maxLength: 300 }).chain((values) =>
          fc.tuple(fc.constant(values), fc.shuffledSubarray(values, { minLength: values.length, maxLength: values.length })),
        ),
        ([values, shuffled]) => {
          expect(fixedSum(shuffled)).toBe(fixedSum(values));
        },
      ),
    );
  });

  test('the fixed-point sum is within 1e-9 relative of a Kahan sum (plus one grid step per partial)', () => {
    fc.assert(
      fc.property(fc.array(blockPartial, { minLength: 1, maxLength: 300 }), (values) => {
        const exact = fixedPointToNumber(fixedSum(values));
        const kahan = kahanSum(values);
        expect(Math.abs(exact - kahan)).toBeLessThanOrEqual(1e-9 * Math.abs(kahan) + (values.length * unit) / 2);
      }),
    );
    fc.assert(
      fc.property(fc.array(signedPartial, { minLength: 1, maxLength: 300 }), (values) => {
        const exact = fixedPointToNumber(fixedSum(values));
        const magnitude = values.reduce((s, x) => s + Math.abs(x), 0);
        expect(Math.abs(exact - kahanSum(values))).toBeLessThanOrEqual(1e-15 * magnitude + (values.length * unit) / 2);
      }),
    );
  });

  test('accumulating blocks into shards and merging the shards in any order gives the single-run totals', () => {
    const blocks = fc.array(fc.array(blockPartial, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(blocks, fc.integer({ min: 1, max: 8 }), fc.boolean(), (partials, shards, reverse) => {
        const single = partials.reduce((total, block) => addFixedPoint(total, block), [0n, 0n, 0n]);
        const shardTotals = Array.from({ length: shards }, () => [0n, 0n, 0n]);
        partials.forEach((block, k) => addFixedPoint(shardTotals[k % shards], Float64Array.from(block)));
        if (reverse) shardTotals.reverse();
        const merged = shardTotals.reduce((total, shard) => mergeFixedPoint(total, shard), [0n, 0n, 0n]);
        expect(merged).toEqual(single);
      }),
    );
  });

  test('throw a RangeError when the lengths differ', () => {
    expect(() => addFixedPoint([0n, 0n], [1])).toThrow(RangeError);
    expect(() => mergeFixedPoint([0n], [1n, 2n])).toThrow(RangeError);
    expect(() => addFixedPoint([0n], [NaN])).toThrow(RangeError);
  });
});

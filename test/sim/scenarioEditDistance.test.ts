import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { editDistance } from '../../packages/sim/src/scenario/editDistance.js';

describe('editDistance(a, b)', () => {
  test('textbook cases: kitten → sitting is 3 (Levenshtein 1966 example), ca → abc is 3 (OSA, not 2)', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    // restricted Damerau: a transposed pair cannot also be edited inside (true Damerau distance would be 2)
    expect(editDistance('ca', 'abc')).toBe(3);
  });

  test('a swap of two neighbours costs 1: fractoins → fractions', () => {
    expect(editDistance('fractoins', 'fractions')).toBe(1);
  });

  test('to or from the empty string: the other length', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abcd', '')).toBe(4);
    expect(editDistance('', '')).toBe(0);
  });

  // Short strings: the function is quadratic and meant for keys.
  const word = fc.string({ maxLength: 12 });

  test('editDistance is symmetric', () => {
    fc.assert(fc.property(word, word, (a, b) => editDistance(a, b) === editDistance(b, a)));
  });

  test('editDistance(a, b) = 0 exactly when a = b', () => {
    fc.assert(fc.property(word, word, (a, b) => (editDistance(a, b) === 0) === (a === b)));
  });

  test('editDistance lies between the length difference and the longer length', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b);
        return d >= Math.abs(a.length - b.length) && d <= Math.max(a.length, b.length);
      }),
    );
  });

  test('appending one character costs exactly 1', () => {
    fc.assert(fc.property(word, fc.string({ minLength: 1, maxLength: 1 }), (a, c) => editDistance(a, a + c) === 1));
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { philox4x32 } from '../../packages/sim/src/random/philox4x32.js';

/**
 * Random123's known-answer vectors for Philox 4×32 with 10 rounds: counter (4 words), key (2 words), output
 * (4 words). From the kat_vectors file of the Random123 distribution, as quoted in D. E. Shaw Research's
 * Random123-Boost, libs/random/test/test_philox.cpp (commit 916db91), test_kat_philox4x32.
 */
const knownAnswers: readonly (readonly [string, string])[] = [
  ['00000000 00000000 00000000 00000000 00000000 00000000', '6627e8d5 e169c58d bc57ac4c 9b00dbd8'],
  ['ffffffff ffffffff ffffffff ffffffff ffffffff ffffffff', '408f276d 41c83b0e a20bc7c6 6d5451fd'],
  ['243f6a88 85a308d3 13198a2e 03707344 a4093822 299f31d0', 'd16cfe09 94fdcceb 5001e420 24126ea1'],
];

const words = (text: string): number[] => text.split(' ').map((word) => Number.parseInt(word, 16));

/** Philox 4×32-10 with BigInt products, written from the paper's round function: an independent check of the limbs. */
function philoxBigInt(counter: readonly number[], key: readonly number[]): number[] {
  const mask = 0xffffffffn;
  let [c0, c1, c2, c3] = counter.map(BigInt) as [bigint, bigint, bigint, bigint];
  let [k0, k1] = key.map(BigInt) as [bigint, bigint];
  for (let round = 0; round < 10; round++) {
    if (round > 0) {
      k0 = (k0 + 0x9e3779b9n) & mask;
      k1 = (k1 + 0xbb67ae85n) & mask;
    }
    const p0 = 0xd2511f53n * c0;
    const p1 = 0xcd9e8d57n * c2;
    [c0, c1, c2, c3] = [(p1 >> 32n) ^ c1 ^ k0, p1 & mask, (p0 >> 32n) ^ c3 ^ k1, p0 & mask];
  }
  return [c0, c1, c2, c3].map(Number);
}

describe('philox4x32(counter, key, out)', () => {
  it.each(knownAnswers)('matches Random123 kat_vectors: philox4x32 10 %s', (input, expected) => {
    const [c0, c1, c2, c3, k0, k1] = words(input);
    const out = new Uint32Array(4);
    philox4x32(c0, c1, c2, c3, k0, k1, out);
    expect(Array.from(out)).toEqual(words(expected));
  });

  it('equals a BigInt implementation for any counter and key (the int32 limbs of the high words are exact)', () => {
    const word = fc.integer({ min: 0, max: 0xffffffff });
    fc.assert(
      fc.property(fc.array(word, { minLength: 6, maxLength: 6 }), ([c0, c1, c2, c3, k0, k1]) => {
        const out = new Uint32Array(4);
        philox4x32(c0, c1, c2, c3, k0, k1, out);
        expect(Array.from(out)).toEqual(philoxBigInt([c0, c1, c2, c3], [k0, k1]));
      }),
      { numRuns: 2000 },
    );
  });

  it('is a pure function of counter and key: the same inputs give the same words, a changed counter word others', () => {
    const a = new Uint32Array(4);
    const b = new Uint32Array(4);
    philox4x32(1, 2, 3, 4, 5, 6, a);
    philox4x32(1, 2, 3, 4, 5, 6, b);
    expect(Array.from(b)).toEqual(Array.from(a));
    philox4x32(1, 2, 3, 5, 5, 6, b);
    expect(Array.from(b)).not.toEqual(Array.from(a));
  });
});

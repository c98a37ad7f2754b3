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

describe('philox4x32(counter, key, out)', () => {
  it.each(knownAnswers)('matches Random123 kat_vectors: philox4x32 10 %s', (input, expected) => {
    const [c0, c1, c2, c3, k0, k1] = words(input);
    const out = new Uint32Array(4);
    philox4x32(c0, c1, c2, c3, k0, k1, out);
    expect(Array.from(out)).toEqual(words(expected));
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

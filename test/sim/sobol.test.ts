import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { namedGenerator } from '../../packages/sim/src/random/namedGenerator.js';
import { nextSobolPoint } from '../../packages/sim/src/random/nextSobolPoint.js';
import { scrambleSobol } from '../../packages/sim/src/random/scrambleSobol.js';
import type { SobolScramble } from '../../packages/sim/src/random/SobolScramble.js';
import { sobolDirections } from '../../packages/sim/src/random/sobolDirections.js';
import { sobolUniform } from '../../packages/sim/src/random/sobolUniform.js';

// Points from scripts/reference/sim_sobol.py (numpy; its unscrambled points were also checked equal to SciPy 1.17's
// qmc.Sobol(15, scramble=False, bits=32) for the same 256 points when the fixture was made).
interface Reference {
  dimensions: number;
  seed: number;
  unscrambled: number[][];
  scrambled: { r: number; shift: number[]; points: number[][] }[];
}
const reference = JSON.parse(readFileSync(new URL('../fixtures/sobol-reference.json', import.meta.url), 'utf8')) as Reference;

/** The first `count` points of a scramble as words, point-major. */
function points(scramble: SobolScramble, count: number): number[][] {
  const point = new Uint32Array(scramble.dimensions);
  const out: number[][] = [];
  for (let i = 0; i < count; i++) {
    nextSobolPoint(scramble, point, i);
    out.push(Array.from(point));
  }
  return out;
}

const unscrambled = (dimensions: number): SobolScramble => ({ dimensions, directions: sobolDirections(dimensions), shift: new Uint32Array(dimensions) });

describe("Sobol' points", () => {
  it('the first 8 unscrambled points in 2 dimensions are the published ones', () => {
    // Joe & Kuo's values as quoted in SciPy's tests (scipy/stats/tests/test_qmc.py, TestSobol.unscramble_nd).
    const published = [[0, 0], [0.5, 0.5], [0.75, 0.25], [0.25, 0.75], [0.375, 0.375], [0.875, 0.875], [0.625, 0.125], [0.125, 0.625]];
    expect(points(unscrambled(2), 8).map((p) => p.map((x) => x / 2 ** 32))).toEqual(published);
  });

  it('unscrambled points equal the Python reference bit for bit (256 points, 15 dimensions)', () => {
    expect(points(unscrambled(reference.dimensions), 256)).toEqual(reference.unscrambled);
  });

  it('scrambled points equal the Python reference bit for bit (seed 20261126, scramblings 0 and 1)', () => {
    for (const entry of reference.scrambled) {
      const scramble = scrambleSobol(sobolDirections(reference.dimensions), namedGenerator(reference.seed, 'sobol', entry.r));
      expect(Array.from(scramble.shift)).toEqual(entry.shift);
      expect(points(scramble, 256)).toEqual(entry.points);
    }
  });

  it('every 1-D projection of 2^m scrambled points puts one point in each interval [k/2^m, (k+1)/2^m)', () => {
    // A (0, m, 1)-net property of every Sobol' coordinate, kept by a nonsingular linear scramble plus shift.
    const dimensions = 14;
    for (const m of [4, 10, 14]) {
      const scramble = scrambleSobol(sobolDirections(dimensions), namedGenerator(3, 'sobol', m));
      const cells = Array.from({ length: dimensions }, () => new Uint8Array(2 ** m));
      for (const p of points(scramble, 2 ** m)) p.forEach((x, d) => cells[d][Math.floor(sobolUniform(x) * 2 ** m)]++);
      for (const column of cells) expect(column.every((count) => count === 1)).toBe(true);
    }
  });

  it('scrambled 2-D projections of 2^m points are stratified on 2^(m/2) × 2^(m/2) squares for dimensions 1 and 2', () => {
    // Dimensions 1 and 2 of Sobol' form a (0, m, 2)-net: every elementary square of area 2^−m holds one point.
    const m = 10;
    const scramble = scrambleSobol(sobolDirections(2), namedGenerator(5, 'sobol', 0));
    const side = 2 ** (m / 2);
    const cells = new Uint8Array(side * side);
    for (const [x, y] of points(scramble, 2 ** m)) cells[Math.floor((x / 2 ** 32) * side) * side + Math.floor((y / 2 ** 32) * side)]++;
    expect(cells.every((count) => count === 1)).toBe(true);
  });

  it('scrambleSobol computes L·V digit by digit as parity(row j ∧ V) (its definition), for random matrices and shifts', () => {
    // The definition, written out independently: row j of L from the j-th draw, digit j of L·V the parity of row j ∧ V.
    const parity = (word: number): number => {
      let bits = 0;
      for (let b = 0; b < 32; b++) bits ^= (word >>> b) & 1;
      return bits;
    };
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 3 * 32, maxLength: 3 * 32 }), (words) => {
        const directions = sobolDirections(3);
        let next = 0;
        const scramble = scrambleSobol(directions, () => (words[next++] ?? 0) / 2 ** 32);
        for (let d = 0; d < 3; d++) {
          const draws = words.slice(32 * d, 32 * d + 32);
          // Rows 2…32 take draws 0…30 (digits above the diagonal), row 1 only its diagonal; the shift is draw 31.
          const rows = [2 ** 31, ...draws.slice(0, 31).map((w, r) => ((w & ~(2 ** (31 - (r + 1)) * 2 - 1)) | 2 ** (31 - (r + 1))) >>> 0)];
          expect(scramble.shift[d]).toBe(draws[31]);
          for (let k = 0; k < 32; k++) {
            const v = directions[32 * d + k];
            let expected = 0;
            for (let j = 0; j < 32; j++) if (parity((rows[j] & v) >>> 0) === 1) expected += 2 ** (31 - j);
            expect(scramble.directions[32 * d + k]).toBe(expected);
          }
        }
      }),
      { numRuns: 50 },
    );
  });

  it('sobolDirections refuses a dimension count outside its table', () => {
    expect(() => sobolDirections(0)).toThrow(/from 1 to 16/);
    expect(() => sobolDirections(17)).toThrow(/from 1 to 16/);
  });
});

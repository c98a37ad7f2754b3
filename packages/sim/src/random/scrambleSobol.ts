import type { UniformGenerator } from './namedGenerator.js';
import { sobolBits } from './sobolBits.js';
import type { SobolScramble } from './SobolScramble.js';

const wordScale = 4294967296; // 2³²: a namedGenerator output times 2³² is a whole 32-bit word

/**
 * Matoušek's random linear matrix scramble with a digital shift ("LMS + shift", as SciPy's `qmc.Sobol(scramble=True)`):
 * each coordinate's digits y = L·x ⊕ e over GF(2), with L a random lower-triangular 32 × 32 binary matrix with unit
 * diagonal and e a random digit vector, independently per dimension. L is nonsingular, so the scrambled points keep
 * the (t, m, s)-net property of the Sobol' points, and each point is uniform on [0, 1)^s, which makes the mean over
 * the points an unbiased estimate and independent scramblings give an honest standard error.
 *
 * Applied to the direction words (V'_k = L·V_k), so the scrambled points come from the same Gray-code recurrence
 * started at e. Draws from `generator`, per dimension in order: rows 2…32 of L (row j's digits 1…j−1 are the
 * first j − 1 bits of one 32-bit word; row 1 has none), then the 32-bit shift: 32 draws per dimension.
 *
 * Reference: J. Matoušek, "On the L2-discrepancy for anchored boxes", J. Complexity 14 (1998) 527–556; P. L'Ecuyer
 * and C. Lemieux, "Recent advances in randomized quasi-Monte Carlo methods" (2002), §5 (linear matrix scrambling).
 * @param directions - unscrambled words from sobolDirections (dimensions × 32)
 * @param generator - uniforms on the 2⁻³² grid in [0, 1) (namedGenerator(seed, 'sobol', r), Philox)
 * @returns the scrambled directions and the shift
 */
export function scrambleSobol(directions: Uint32Array, generator: UniformGenerator): SobolScramble {
  const dimensions = directions.length / sobolBits;
  const scrambled = new Uint32Array(directions.length);
  const shift = new Uint32Array(dimensions);
  const rows = new Uint32Array(sobolBits);
  const columns = new Uint32Array(sobolBits);
  for (let d = 0; d < dimensions; d++) {
    // Row j (1-based) of L as a word: digit i of the input sits at bit 32 − i, the diagonal digit j at bit 32 − j.
    rows[0] = 2 ** (sobolBits - 1);
    for (let j = 2; j <= sobolBits; j++) {
      const word = Math.floor(generator() * wordScale);
      const above = (0xffffffff << (sobolBits + 1 - j)) >>> 0; // digits 1 … j − 1
      rows[j - 1] = ((word & above) | (2 ** (sobolBits - j))) >>> 0;
    }
    shift[d] = Math.floor(generator() * wordScale);
    // y = L·v over GF(2) by columns: digit j of y is the parity of row j ∧ v, which is the XOR over v's digits i of
    // column i of L (bit 32 − j set where row j has digit i). Building the 32 columns once per dimension costs about
    // as much as one direction word did row by row, and is what makes the scrambling cheap before V8 optimises it.
    columns.fill(0);
    for (let j = 1; j <= sobolBits; j++) {
      const row = rows[j - 1];
      for (let i = 1; i <= j; i++) if ((row >>> (sobolBits - i)) & 1) columns[i - 1] |= 1 << (sobolBits - j);
    }
    for (let k = 0; k < sobolBits; k++) {
      const v = directions[d * sobolBits + k];
      let out = 0;
      for (let i = 1; i <= sobolBits; i++) if ((v >>> (sobolBits - i)) & 1) out ^= columns[i - 1];
      scrambled[d * sobolBits + k] = out >>> 0;
    }
  }
  return { dimensions, directions: scrambled, shift };
}

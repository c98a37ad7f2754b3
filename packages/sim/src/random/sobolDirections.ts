import { sobolBits } from './sobolBits.js';
import { sobolDirectionNumbers } from './sobolDirectionNumbers.js';

/**
 * The direction numbers of the first `dimensions` Sobol' dimensions as 32-bit words, V[d·32 + k − 1] = m_k·2^{32−k}
 * for k = 1…32 (bit 31 is the first binary digit).
 *
 * Dimension 1 has every m_k = 1 (van der Corput). Dimension d ≥ 2 takes m₁…m_s from Joe & Kuo's table
 * ({@link sobolDirectionNumbers}) and continues by Sobol's recurrence (Bratley & Fox 1988, Algorithm 659; Joe & Kuo 2008,
 * eq. 3) on the words: V_k = V_{k−s} ⊕ (V_{k−s} ≫ s) ⊕ a₁V_{k−1} ⊕ … ⊕ a_{s−1}V_{k−s+1}.
 * @param dimensions - number of dimensions, 1 … 1 + sobolDirectionNumbers.length
 * @returns a new Uint32Array of dimensions × 32 words
 * @throws RangeError for a dimension count outside that range (a programming error: the caller fixes it)
 */
export function sobolDirections(dimensions: number): Uint32Array {
  if (!(Number.isInteger(dimensions) && dimensions >= 1 && dimensions <= sobolDirectionNumbers.length + 1)) {
    throw new RangeError(`Sobol' dimensions must be a whole number from 1 to ${sobolDirectionNumbers.length + 1}, got ${dimensions}`);
  }
  const v = new Uint32Array(dimensions * sobolBits);
  for (let k = 1; k <= sobolBits; k++) v[k - 1] = 2 ** (sobolBits - k);
  for (let d = 1; d < dimensions; d++) {
    const row = sobolDirectionNumbers[d - 1];
    if (row === undefined) continue; // excluded by the range check above
    const base = d * sobolBits;
    const s = row.degree;
    for (let k = 1; k <= s; k++) v[base + k - 1] = (row.initial[k - 1] ?? 0) * 2 ** (sobolBits - k);
    for (let k = s + 1; k <= sobolBits; k++) {
      let word = v[base + k - s - 1] ^ (v[base + k - s - 1] >>> s);
      for (let i = 1; i < s; i++) if ((row.coefficients >>> (s - 1 - i)) & 1) word ^= v[base + k - i - 1];
      v[base + k - 1] = word >>> 0;
    }
  }
  return v;
}

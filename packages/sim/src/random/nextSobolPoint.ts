import { sobolBits } from './sobolBits.js';
import type { SobolScramble } from './SobolScramble.js';

/**
 * Steps a Sobol' point set by the Gray-code recurrence of Antonov & Saleev (1979), as in Bratley & Fox (1988) and Joe &
 * Kuo (2003): point i = point i−1 ⊕ V_c, with c the position (1-based) of the lowest zero bit of i − 1. Point 0 is the
 * shift (0 unscrambled). The Gray-code order visits the same set as the natural order for every prefix of 2^m points.
 * @param scramble - directions and shift (unscrambled: sobolDirections and a zero shift)
 * @param point - the current point's words, one per dimension, overwritten in place
 * @param index - the index i ≥ 0 of the point to produce; for i > 0, `point` must hold point i − 1
 */
export function nextSobolPoint(scramble: SobolScramble, point: Uint32Array, index: number): void {
  const { directions, shift, dimensions } = scramble;
  if (index === 0) {
    point.set(shift.subarray(0, dimensions));
    return;
  }
  // Lowest zero bit of i − 1 is the lowest set bit of i; indices stay below 2³² (sobolBits).
  let c = 0;
  let rest = index;
  while ((rest & 1) === 0) {
    rest = Math.floor(rest / 2);
    c++;
  }
  for (let d = 0; d < dimensions; d++) point[d] = (point[d] ^ directions[d * sobolBits + c]) >>> 0;
}

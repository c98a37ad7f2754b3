/**
 * One random scrambling of a Sobol' point set: the scrambled direction words (dimensions × 32, as sobolDirections) and
 * the digital shift of every dimension (one 32-bit word each).
 */
export interface SobolScramble {
  readonly dimensions: number;
  readonly directions: Uint32Array;
  readonly shift: Uint32Array;
}

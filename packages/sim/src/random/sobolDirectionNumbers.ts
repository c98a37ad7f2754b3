/**
 * One dimension's Sobol' data in the form of Joe & Kuo's table: the degree s of its primitive polynomial, the
 * polynomial's interior coefficients a (bits a₁…a_{s−1}, most significant first) and the initial direction
 * integers m₁…m_s (odd, m_k < 2^k).
 */
export interface SobolDimension {
  readonly degree: number;
  readonly coefficients: number;
  readonly initial: readonly number[];
}

/**
 * Joe & Kuo's direction numbers for Sobol' dimensions 2–16, copied from their file new-joe-kuo-6.21201 (rows d = 2…16,
 * columns s, a, m_i). Dimension 1 is not in the file: it is the van der Corput sequence (every m_k = 1), see
 * {@link sobolDirections}.
 *
 * Source: S. Joe and F. Y. Kuo, "Constructing Sobol sequences with better two-dimensional projections", SIAM J. Sci.
 * Comput. 30 (2008) 2635–2654; the table "new-joe-kuo-6.21201" from the authors' Sobol' page (UNSW), the same numbers
 * that SciPy ships as scipy/stats/_sobol_direction_numbers.npz (checked against it, rows 2–16). Fifteen rows cover
 * the patient's 14 slots before `control` (patientSlots) with one to spare.
 */
export const sobolDirectionNumbers: readonly SobolDimension[] = Object.freeze([
  { degree: 1, coefficients: 0, initial: [1] },
  { degree: 2, coefficients: 1, initial: [1, 3] },
  { degree: 3, coefficients: 1, initial: [1, 3, 1] },
  { degree: 3, coefficients: 2, initial: [1, 1, 1] },
  { degree: 4, coefficients: 1, initial: [1, 1, 3, 3] },
  { degree: 4, coefficients: 4, initial: [1, 3, 5, 13] },
  { degree: 5, coefficients: 2, initial: [1, 1, 5, 5, 17] },
  { degree: 5, coefficients: 4, initial: [1, 1, 5, 5, 5] },
  { degree: 5, coefficients: 7, initial: [1, 1, 7, 11, 19] },
  { degree: 5, coefficients: 11, initial: [1, 1, 5, 1, 1] },
  { degree: 5, coefficients: 13, initial: [1, 1, 1, 3, 11] },
  { degree: 5, coefficients: 14, initial: [1, 3, 5, 5, 31] },
  { degree: 6, coefficients: 1, initial: [1, 3, 3, 9, 7, 49] },
  { degree: 6, coefficients: 13, initial: [1, 1, 1, 15, 21, 21] },
  { degree: 6, coefficients: 16, initial: [1, 3, 1, 13, 27, 49] },
]);

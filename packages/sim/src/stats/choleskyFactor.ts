/** What {@link choleskyFactor} returns. */
export type CholeskyFactor =
  | {
      readonly ok: true;
      /** L, lower triangular with a positive diagonal (`lower[i][j]` = 0 for j > i), such that L·Lᵀ is the matrix. */
      readonly lower: readonly (readonly number[])[];
    }
  | {
      readonly ok: false;
      /**
       * The first row i whose pivot a_ii − Σ_{k<i} l_ik² is not above the minimum: the leading (i + 1) × (i + 1)
       * submatrix is not positive definite (or is too close to singular).
       */
      readonly row: number;
    };

/**
 * Cholesky factor of a symmetric positive definite matrix A = L·Lᵀ (Cholesky–Banachiewicz, row by row):
 * l_ij = (a_ij − Σ_{k<j} l_ik·l_jk)/l_jj for j < i, l_ii = √(a_ii − Σ_{k<i} l_ik²).
 *
 * A symmetric matrix is positive definite exactly when every pivot a_ii − Σ_{k<i} l_ik² is positive, so the
 * factorisation doubles as the test; only the lower triangle of A is read.
 * @param matrix - A, n × n (n ≥ 0), symmetric; for a correlation matrix the diagonal is 1 and the pivots lie in (0, 1]
 * @param minimumPivot - smallest pivot accepted (≥ 0, default 0): a positive value also refuses matrices that are
 *   singular up to rounding (pivots of order 1e−16 that rounding may leave on either side of 0)
 * @returns `{ ok: true, lower }`, or `{ ok: false, row }` naming the first row whose pivot is not above
 *   `minimumPivot` (also for NaN entries, and for a matrix that is not square: the first short row)
 * @remarks Golub GH, Van Loan CF (2013) Matrix Computations, 4th ed., Johns Hopkins University Press, §4.2.
 *   n is the number of uncertain parameters (a handful), so the O(n³/3) cost does not matter.
 */
export function choleskyFactor(matrix: readonly (readonly number[])[], minimumPivot = 0): CholeskyFactor {
  const n = matrix.length;
  const lower: number[][] = [];
  for (let i = 0; i < n; i++) {
    const a = matrix[i];
    if (a.length !== n) return { ok: false, row: i };
    const row = new Array<number>(n).fill(0);
    for (let j = 0; j < i; j++) {
      const other = lower[j];
      let sum = a[j];
      for (let k = 0; k < j; k++) sum -= row[k] * other[k];
      row[j] = sum / other[j];
    }
    let pivot = a[i];
    for (let k = 0; k < i; k++) pivot -= row[k] ** 2;
    if (!(pivot > minimumPivot)) return { ok: false, row: i }; // also rejects NaN
    row[i] = Math.sqrt(pivot);
    lower.push(row);
  }
  return { ok: true, lower };
}

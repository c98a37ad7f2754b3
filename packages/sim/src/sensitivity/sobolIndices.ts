/** First-order and total Sobol indices of each input, with the output's mean and variance. */
export interface SobolIndices {
  /** Mean of the output over A and B together. */
  readonly mean: number;
  /** Variance of the output over A and B together (denominator 2N − 1). */
  readonly variance: number;
  /** S_i, the share of the variance explained by input i alone. */
  readonly first: readonly number[];
  /** S_Ti, the share of the variance input i is involved in, alone or through interactions. */
  readonly total: readonly number[];
}

/**
 * First-order and total Sobol indices from model outputs on a Saltelli design ({@link saltelliSample}):
 * - first order (Saltelli et al. 2010, Table 2 (b)): S_i = (1/N) Σ_j (f(B)_j − f̄) (f(A_B^(i))_j − f(A)_j) / V, with
 *   f(B) centred on the mean f̄ (the expectation is unchanged, since E[f(A_B^(i)) − f(A)] = 0, and the variance
 *   drops a lot when the output sits far from 0, as control probabilities near 1 do);
 * - total (Jansen 1999; Saltelli et al. 2010, Table 2 (f)): S_Ti = (1/(2N)) Σ_j (f(A)_j − f(A_B^(i))_j)² / V;
 * - V, the output variance, over the 2N outputs of A and B together.
 * Both estimators are unbiased for the numerators; S_i may come out slightly negative, or S_Ti slightly above 1,
 * by sampling error (kept as computed: clipping would bias them).
 * @param fA - f at the N rows of A
 * @param fB - f at the N rows of B
 * @param fAB - for each input i, f at the N rows of A_B^(i)
 * @returns mean, variance and the indices; every index NaN when N < 2, when the lengths differ, when an output
 *   is not finite, or when the variance is 0 (a constant output has no shares to apportion)
 * @remarks Jansen MJW (1999) Analysis of variance designs for model output. Comput Phys Commun 117:35–43.
 *   Saltelli A et al. (2010) Comput Phys Commun 181:259–270.
 */
export function sobolIndices(fA: ArrayLike<number>, fB: ArrayLike<number>, fAB: readonly ArrayLike<number>[]): SobolIndices {
  const n = fA.length;
  const d = fAB.length;
  const nothing = (mean: number, variance: number): SobolIndices => ({
    mean,
    variance,
    first: new Array<number>(d).fill(Number.NaN),
    total: new Array<number>(d).fill(Number.NaN),
  });
  if (n < 2 || fB.length !== n || fAB.some((column) => column.length !== n)) return nothing(Number.NaN, Number.NaN);
  // Two-pass mean and variance (the outputs are control probabilities, often all near 1: a one-pass Σx² loses digits).
  let sum = 0;
  for (let j = 0; j < n; j++) sum += fA[j] + fB[j];
  const mean = sum / (2 * n);
  let squares = 0;
  for (let j = 0; j < n; j++) squares += (fA[j] - mean) ** 2 + (fB[j] - mean) ** 2;
  const variance = squares / (2 * n - 1);
  if (!Number.isFinite(variance)) return nothing(mean, Number.NaN);
  if (!(variance > 0)) return nothing(mean, variance);
  const first: number[] = [];
  const total: number[] = [];
  for (const column of fAB) {
    let firstSum = 0;
    let totalSum = 0;
    for (let j = 0; j < n; j++) {
      const a = fA[j];
      const ab = column[j];
      firstSum += (fB[j] - mean) * (ab - a);
      totalSum += (a - ab) ** 2;
    }
    // A non-finite f(A_B^(i)) makes both sums NaN or infinite: reported as NaN, like a non-finite f(A) or f(B).
    if (!(Number.isFinite(firstSum) && Number.isFinite(totalSum))) {
      first.push(Number.NaN);
      total.push(Number.NaN);
      continue;
    }
    first.push(firstSum / n / variance);
    total.push(totalSum / (2 * n) / variance);
  }
  return { mean, variance, first, total };
}

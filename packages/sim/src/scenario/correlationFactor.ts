import type { ResolvedCorrelation } from './ResolvedUncertainty.js';
import { choleskyFactor } from '../stats/choleskyFactor.js';
import { correlationMatrix } from './correlationMatrix.js';

/**
 * Smallest Cholesky pivot a correlation matrix of uncertain parameters may have. The pivot of parameter i is the
 * variance of its normal score left over once the earlier parameters' scores are known (1 − R² of that
 * regression); below 1e−10 the matrix is singular up to rounding (pivots of order 1e−16 fall on either side of 0),
 * an exact linear relation between normal scores that a scenario should state as one parameter instead.
 */
export const minimumCorrelationPivot = 1e-10;

/** What {@link correlationFactor} returns. */
export type CorrelationFactor =
  | {
      readonly ok: true;
      /** L with L·Lᵀ = R, lower triangular, d × d; the row of a parameter that no correlation names is its unit row. */
      readonly lower: readonly (readonly number[])[];
    }
  | {
      readonly ok: false;
      /** Parameters (indices, ascending) whose correlations admit no positive definite matrix: a leading block of one group of correlated parameters. */
      readonly parameters: readonly number[];
      /** Indices of the correlations among those parameters (file order). */
      readonly correlations: readonly number[];
    };

/**
 * The Cholesky factor of the correlation matrix R of d uncertain parameters' normal scores (correlationMatrix), or
 * the parameters that make R not positive definite.
 *
 * R is positive definite exactly when each group of parameters linked by correlations (a connected component of
 * the pairs) has a positive definite block, and those blocks are factorised on their own first, so a failure names
 * the parameters of one group only: those of its leading block (in file order) whose Cholesky pivot is not above
 * {@link minimumCorrelationPivot}. The factor of the whole matrix then has the same rows as the blocks' factors
 * (entries between groups are exactly 0).
 * @param dimension - d, the number of uncertain parameters
 * @param correlations - the pairs and their ρ (indices below d, distinct within a pair, each pair at most once)
 * @returns `{ ok: true, lower }`, or `{ ok: false, parameters, correlations }`
 */
export function correlationFactor(dimension: number, correlations: readonly Pick<ResolvedCorrelation, 'parameters' | 'rho'>[]): CorrelationFactor {
  // Connected components by union–find, each named by its smallest member.
  const root = Array.from({ length: dimension }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (root[r] !== r) r = root[r];
    return r;
  };
  for (const { parameters: [i, j] } of correlations) {
    const a = find(i);
    const b = find(j);
    if (a !== b) root[Math.max(a, b)] = Math.min(a, b);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < dimension; i++) {
    const r = find(i);
    const members = groups.get(r);
    if (members === undefined) groups.set(r, [i]);
    else members.push(i);
  }
  for (const members of groups.values()) {
    if (members.length < 2) continue; // an uncorrelated parameter: the 1 × 1 block (1)
    const position = new Map(members.map((parameter, k) => [parameter, k]));
    const within = correlations
      .map((c, index) => ({ c, index }))
      .filter(({ c }) => position.has(c.parameters[0]));
    const block = correlationMatrix(
      members.length,
      within.map(({ c }) => ({ parameters: [position.get(c.parameters[0]) as number, position.get(c.parameters[1]) as number], rho: c.rho })),
    );
    const factor = choleskyFactor(block, minimumCorrelationPivot);
    if (!factor.ok) {
      const leading = members.slice(0, factor.row + 1);
      const inLeading = new Set(leading);
      return {
        ok: false,
        parameters: leading,
        correlations: within.filter(({ c }) => inLeading.has(c.parameters[0]) && inLeading.has(c.parameters[1])).map(({ index }) => index),
      };
    }
  }
  const factor = choleskyFactor(correlationMatrix(dimension, correlations), minimumCorrelationPivot);
  // Not expected once every block passed (the whole matrix is their direct sum), but never return a wrong factor.
  if (!factor.ok) return { ok: false, parameters: Array.from({ length: factor.row + 1 }, (_, i) => i), correlations: correlations.map((_, index) => index) };
  return { ok: true, lower: factor.lower };
}

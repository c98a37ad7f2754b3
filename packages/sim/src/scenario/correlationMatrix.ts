import type { ResolvedCorrelation } from './ResolvedUncertainty.js';

/**
 * The correlation matrix R of d uncertain parameters' normal scores: R_ii = 1, R_ij = R_ji = ρ of the correlation
 * between parameters i and j, 0 for pairs the scenario does not correlate (independent).
 * @param dimension - d, the number of uncertain parameters (a whole number ≥ 0)
 * @param correlations - the pairs and their ρ (indices below d, each pair at most once)
 * @returns R as d rows of d numbers
 * @throws RangeError for a pair that is not two distinct indices below d
 */
export function correlationMatrix(dimension: number, correlations: readonly Pick<ResolvedCorrelation, 'parameters' | 'rho'>[]): number[][] {
  const matrix = Array.from({ length: dimension }, (_, i) => Array.from({ length: dimension }, (__, j) => (i === j ? 1 : 0)));
  for (const { parameters: [i, j], rho } of correlations) {
    const valid = (index: number): boolean => Number.isInteger(index) && index >= 0 && index < dimension;
    if (!(valid(i) && valid(j) && i !== j)) throw new RangeError(`a correlation needs two distinct parameter indices below ${dimension}, got ${i} and ${j}`);
    (matrix[i] as number[])[j] = rho;
    (matrix[j] as number[])[i] = rho;
  }
  return matrix;
}

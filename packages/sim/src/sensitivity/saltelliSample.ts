import type { UniformGenerator } from '../random/namedGenerator.js';
import { openUniform } from '../random/openUniform.js';

/**
 * The base matrices of a Saltelli design in the unit hypercube, each `samples × dimensions`, row-major
 * (`a[j·d + i]` is coordinate i of row j), every value a uniform in (0, 1).
 */
export interface SaltelliSample {
  /** d, the number of uncertain inputs. */
  readonly dimensions: number;
  /** N, rows of each matrix. */
  readonly samples: number;
  /** Matrix A. */
  readonly a: Float64Array;
  /** Matrix B, independent of A. */
  readonly b: Float64Array;
  /** `ab[i]` = A with column i taken from B (the "radial" matrices A_B^(i) of Saltelli 2010), i = 0 … d − 1. */
  readonly ab: readonly Float64Array[];
}

/**
 * Draws a Saltelli design: two independent N × d matrices A and B of uniforms and, for each input i, the matrix
 * A_B^(i) (A with column i from B). Evaluating a model on A, B and every A_B^(i), N(d + 2) runs in all, gives
 * first-order and total Sobol indices ({@link sobolIndices}).
 *
 * Rows are drawn in order, row j of A (d uniforms) then row j of B (d uniforms), each generator output x mapped
 * to the open interval by openUniform; so a design with more rows extends a smaller one drawn from the same
 * seed (its first N rows are the same), and the design is a function of the generator's seed alone. Map a
 * column to an input's distribution with its inverse CDF (`sampleDistribution(distribution, u)`).
 * @param dimensions - d, a whole number ≥ 1
 * @param samples - N, a whole number ≥ 1 (≥ 2 for a usable variance)
 * @param generator - uniforms in [0, 1), e.g. `namedGenerator(seed, 'saltelli', 0)`; consumed 2·N·d times
 * @returns the design
 * @throws RangeError when d or N is not a whole number ≥ 1
 * @remarks Saltelli A et al. (2010) Variance based sensitivity analysis of model output. Design and estimator
 *   for the total sensitivity index. Comput Phys Commun 181:259–270, §3 (pseudo-random rather than Sobol'
 *   quasi-random points: simpler, and the bootstrap interval then states the sampling error honestly).
 */
export function saltelliSample(dimensions: number, samples: number, generator: UniformGenerator): SaltelliSample {
  if (!(Number.isInteger(dimensions) && dimensions >= 1)) throw new RangeError(`dimensions must be a whole number ≥ 1, got ${dimensions}`);
  if (!(Number.isInteger(samples) && samples >= 1)) throw new RangeError(`samples must be a whole number ≥ 1, got ${samples}`);
  const size = samples * dimensions;
  const a = new Float64Array(size);
  const b = new Float64Array(size);
  for (let j = 0; j < samples; j++) {
    for (let i = 0; i < dimensions; i++) a[j * dimensions + i] = openUniform(generator());
    for (let i = 0; i < dimensions; i++) b[j * dimensions + i] = openUniform(generator());
  }
  const ab = Array.from({ length: dimensions }, (_, i) => {
    const matrix = a.slice();
    for (let j = 0; j < samples; j++) matrix[j * dimensions + i] = b[j * dimensions + i];
    return matrix;
  });
  return { dimensions, samples, a, b, ab };
}

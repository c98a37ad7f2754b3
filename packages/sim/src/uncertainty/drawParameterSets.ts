import { namedGenerator } from '../random/namedGenerator.js';
import { openUniform } from '../random/openUniform.js';
import { sampleDistribution } from '../random/sampleDistribution.js';
import type { ResolvedCorrelation, ResolvedUncertainParameter } from '../scenario/ResolvedUncertainty.js';
import { correlationFactor } from '../scenario/correlationFactor.js';
import { gaussianCopulaUniforms } from './gaussianCopulaUniforms.js';

/**
 * The values of the uncertain parameters in each of K parameter sets (the outer loop of a two-level run). Draw k
 * uses its own generator, `namedGenerator(seed, 'outer', k)` (Philox, counter (0, k, draw group, outer)), separate from every
 * patient block's, and parameter j takes the j-th uniform of it by inverse CDF (x = F⁻¹(openUniform(u))). So
 * draw k depends on (seed, k) alone, whichever worker or shard runs it; appending a parameter leaves the values
 * of the others unchanged; and raising K only adds draws.
 *
 * With correlations, the d uniforms of a draw first pass through a Gaussian copula (gaussianCopulaUniforms with
 * the Cholesky factor of the correlation matrix, correlationFactor): every parameter keeps its distribution, and
 * the normal scores Φ⁻¹(F_j(x_j)) of a correlated pair have correlation ρ. The generator is read exactly as
 * without them, so draw k still depends on (seed, k) alone; a parameter that no correlation conditions on an
 * earlier one (the first of each correlated group, and every uncorrelated one) keeps its value bit for bit.
 * Without correlations (none given, the default) the draws are those of independent parameters, unchanged.
 * @param seed - the scenario seed, a whole number
 * @param parameters - the uncertain parameters (their distributions over parameter sets)
 * @param draws - K, a whole number ≥ 0
 * @param correlations - pairs of parameter indices with the ρ of their normal scores (default none: independent)
 * @returns K arrays of one value per parameter (parameter order)
 * @throws RangeError when the correlation matrix is not positive definite (validated scenarios never are)
 */
export function drawParameterSets(
  seed: number,
  parameters: readonly Pick<ResolvedUncertainParameter, 'distribution'>[],
  draws: number,
  correlations: readonly Pick<ResolvedCorrelation, 'parameters' | 'rho'>[] = [],
): number[][] {
  if (correlations.length === 0) {
    return Array.from({ length: draws }, (_, k) => {
      const generator = namedGenerator(seed, 'outer', k);
      return parameters.map((parameter) => sampleDistribution(parameter.distribution, openUniform(generator())));
    });
  }
  const factor = correlationFactor(parameters.length, correlations);
  if (!factor.ok) {
    throw new RangeError(`the correlation matrix of parameters ${factor.parameters.join(', ')} is not positive definite (validate the scenario first)`);
  }
  return Array.from({ length: draws }, (_, k) => {
    const generator = namedGenerator(seed, 'outer', k);
    const uniforms = gaussianCopulaUniforms(parameters.map(() => openUniform(generator())), factor.lower);
    return parameters.map((parameter, j) => sampleDistribution(parameter.distribution, uniforms[j]));
  });
}

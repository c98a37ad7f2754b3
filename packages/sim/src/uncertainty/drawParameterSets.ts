import { namedGenerator } from '../random/namedGenerator.js';
import { openUniform } from '../random/openUniform.js';
import { sampleDistribution } from '../random/sampleDistribution.js';
import type { ResolvedUncertainParameter } from '../scenario/ResolvedUncertainty.js';

/**
 * The values of the uncertain parameters in each of K parameter sets (the outer loop of a two-level run). Draw k
 * uses its own generator, `namedGenerator(seed, 'outer', k)` = alea(`${seed}:outer:${k}`), separate from every
 * patient block's, and parameter j takes the j-th uniform of it by inverse CDF (x = F⁻¹(openUniform(u))). So
 * draw k depends on (seed, k) alone, whichever worker or shard runs it; appending a parameter leaves the values
 * of the others unchanged; and raising K only adds draws.
 * @param seed - the scenario seed, a whole number
 * @param parameters - the uncertain parameters (their distributions over parameter sets)
 * @param draws - K, a whole number ≥ 0
 * @returns K arrays of one value per parameter (parameter order)
 */
export function drawParameterSets(seed: number, parameters: readonly Pick<ResolvedUncertainParameter, 'distribution'>[], draws: number): number[][] {
  return Array.from({ length: draws }, (_, k) => {
    const generator = namedGenerator(seed, 'outer', k);
    return parameters.map((parameter) => sampleDistribution(parameter.distribution, openUniform(generator())));
  });
}

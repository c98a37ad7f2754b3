import { normalCdf, normalQuantile } from '@rtsim/core';

// openUniform's range: the copula's uniforms stay where an independent draw's can be, so the extreme values that
// uncertaintyProblems checks (the quantiles at 2⁻³³ and 1 − 2⁻³³) remain the ends of every draw's reach.
const lowestUniform = 2 ** -33;
const highestUniform = 1 - 2 ** -33;

/**
 * Makes independent uniforms dependent through a Gaussian copula with correlation matrix R = L·Lᵀ: normal scores
 * z_k = Φ⁻¹(u_k), correlated scores y_i = Σ_{k≤i} l_ik·z_k (so Cov(y) = R), and u′_i = Φ(y_i). Each u′_i is again
 * uniform (y_i is standard normal since R_ii = 1), so a parameter drawn as F_i⁻¹(u′_i) keeps its distribution F_i,
 * and the normal scores Φ⁻¹(F_i(x_i)) = y_i of any two parameters have correlation R_ij.
 *
 * A row of L that is the unit row (l_ii = 1, nothing left of it: a parameter correlated with no earlier one, or
 * not at all) passes its uniform through unchanged, bit for bit, rather than as Φ(Φ⁻¹(u)), which may differ in
 * the last bit. So adding a correlation never moves the draws of parameters it does not condition.
 * @param uniforms - u, independent uniforms in (0, 1), one per parameter (openUniform of the outer generator)
 * @param lower - L, the Cholesky factor of R (correlationFactor), as many rows as `uniforms`
 * @returns u′, one uniform per parameter, clamped to [2⁻³³, 1 − 2⁻³³]; NaN where u or L holds NaN
 * @remarks Nelsen RB (2006) An Introduction to Copulas, 2nd ed., Springer (the Gaussian copula,
 *   C_R(u) = Φ_R(Φ⁻¹(u_1), …, Φ⁻¹(u_d))). Clamping moves only draws beyond the 2⁻³³ quantiles (probability
 *   below 1e−9 per draw), whose Φ(y) would otherwise round to 1 and send an unbounded quantile to infinity.
 */
export function gaussianCopulaUniforms(uniforms: readonly number[], lower: readonly (readonly number[])[]): number[] {
  const scores = uniforms.map((u) => normalQuantile(u));
  return uniforms.map((u, i) => {
    const row = lower[i] ?? [];
    let y = 0;
    let conditioned = false;
    for (let k = 0; k < i; k++) {
      const weight = row[k] ?? 0;
      if (weight === 0) continue;
      conditioned = true;
      y += weight * scores[k];
    }
    const diagonal = row[i] ?? Number.NaN;
    if (!conditioned && diagonal === 1) return u;
    y += diagonal * scores[i];
    const v = normalCdf(y);
    return v < lowestUniform ? lowestUniform : v > highestUniform ? highestUniform : v; // NaN falls through
  });
}

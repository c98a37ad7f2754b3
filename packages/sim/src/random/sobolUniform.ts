/**
 * A Sobol' coordinate word X (X/2³² ∈ [0, 1)) as an open uniform, u = (X + ½)/2³²: the midpoint of its 2⁻³² cell,
 * the same open grid as the engine's uniforms (openUniform), so a quantile never sees 0 or 1.
 * @param word - a whole number in [0, 2³²)
 * @returns u ∈ [2⁻³³, 1 − 2⁻³³]
 */
export function sobolUniform(word: number): number {
  return (word + 0.5) / 4294967296;
}

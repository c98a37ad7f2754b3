const grid = 4294967296; // 2³²: the generators' outputs are whole multiples of 2⁻³² (Philox words × 2⁻³²)

/**
 * Maps a generator output x ∈ [0, 1) to the midpoint of its 2⁻³² cell, u = (⌊2³²x⌋ + ½)/2³², so u ∈ (0, 1).
 *
 * Quantile functions (Φ⁻¹, ln) are infinite at 0 and 1; the midpoint keeps every draw strictly inside and keeps
 * the map symmetric (u and 1 − u are equally likely). For the generators' outputs (namedGenerator), which lie on the 2⁻³² grid, this is
 * exactly x + 2⁻³³ (the contracts.md mapping); for any other x ∈ [0, 1) it still lands in [2⁻³³, 1 − 2⁻³³].
 * @param x - a uniform draw in [0, 1)
 * @returns u ∈ [2⁻³³, 1 − 2⁻³³]; NaN for NaN input
 */
export function openUniform(x: number): number {
  return (Math.floor(x * grid) + 0.5) / grid;
}

/**
 * Quasi-threshold dose of the universal survival curve implied by a smooth join with LQ,
 * D_q = (1 − αD₀)²/(4βD₀), in Gy.
 *
 * Solving β = (1 − αD₀)²/(4D₀D_q) (Park et al. 2008) for D_q. Park's NSCLC line H460 (α = 0.33 /Gy,
 * β = 0.0384 /Gy², D₀ = 1.25 Gy) gives D_q = 1.80 Gy.
 * @param alpha - α, 1/Gy (≥ 0)
 * @param beta - β, 1/Gy² (≥ 0; β = 0 gives D_q = ∞: the curve never leaves its LQ part)
 * @param d0 - D₀, Gy (> 0, finite)
 * @returns D_q in Gy (> 0, possibly Infinity); NaN when αD₀ ≥ 1 (the LQ slope at 0 already exceeds the
 *   terminal slope 1/D₀, so no smooth join exists), or for NaN/out-of-domain input
 * @remarks Park C, Papiez L, Zhang S, Story M, Timmerman RD. Int J Radiat Oncol Biol Phys 2008;70:847–852.
 */
export function uscQuasiThresholdDose(alpha: number, beta: number, d0: number): number {
  if (!(alpha >= 0 && alpha < Infinity && beta >= 0 && beta < Infinity && d0 > 0 && d0 < Infinity)) return Number.NaN;
  const shoulder = 1 - alpha * d0;
  if (!(shoulder > 0)) return Number.NaN;
  return (shoulder * shoulder) / (4 * beta * d0);
}

/**
 * Cuts for drawing a category by inverse CDF: cuts[i] = share₀ + … + shareᵢ (summed left to right), the last
 * replaced by Infinity, so that category i is the first with u < cuts[i] for a uniform u in (0, 1).
 * @param shares - the categories' shares in order (≥ 0, summing to 1 up to rounding; at least one)
 * @returns the cumulative cuts, last Infinity
 * @remarks The last cut is Infinity rather than the sum because shares summing to 1 − ε would leave a gap below
 *   u = 1 in which no category is drawn.
 */
export function cumulativeCuts(shares: readonly number[]): Float64Array {
  const cuts = new Float64Array(shares.length);
  let total = 0;
  for (let i = 0; i < shares.length; i++) {
    total += shares[i];
    cuts[i] = total;
  }
  cuts[shares.length - 1] = Infinity;
  return cuts;
}

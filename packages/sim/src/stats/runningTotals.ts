/**
 * Running totals of counts per time bin: out[j] = Σ_{i ≤ j} counts[i], the events by the end of bin j (integer counts:
 * exact in any order).
 * @param counts - counts per bin
 * @returns the totals, one per bin
 */
export function runningTotals(counts: ArrayLike<number>): Float64Array {
  const out = new Float64Array(counts.length);
  let total = 0;
  for (let j = 0; j < counts.length; j++) out[j] = total += counts[j];
  return out;
}

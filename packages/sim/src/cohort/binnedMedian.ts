/**
 * The median of values counted in equal bins, the last one open: the point where the cumulative count reaches half
 * the total, interpolated linearly within its bin (the patients' median lies in that bin, so within one bin width of
 * this); the lower edge of the last bin when the median falls there (it has no upper edge).
 * @param counts - the bin counts, `length` entries from `from`
 * @param from - offset of the first bin in `counts`
 * @param length - number of bins (≥ 1), bin b = [b·width, (b + 1)·width), the last [(length − 1)·width, ∞)
 * @param width - bin width (> 0), in the unit of the result
 * @returns the median; NaN when every bin is empty
 */
export function binnedMedian(counts: ArrayLike<number>, from: number, length: number, width: number): number {
  let total = 0;
  for (let b = 0; b < length; b++) total += counts[from + b];
  if (total === 0) return Number.NaN;
  const half = total / 2;
  let before = 0;
  for (let b = 0; b < length - 1; b++) {
    const count = counts[from + b];
    if (before + count >= half) return (b + (half - before) / count) * width;
    before += count;
  }
  return (length - 1) * width;
}

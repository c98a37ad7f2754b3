/**
 * Median of a list of numbers (mean of the two middle values for an even count).
 * @param {readonly number[]} values - at least one finite number
 * @returns {number} the median; NaN for an empty list
 */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

// The Wilson 95% score interval of an observed proportion, written out here for the reproduction scripts: the
// observed intervals they compare the engine with must not come from the code under test.

/**
 * Wilson 95% interval of x events in n.
 * @param {number} x - events
 * @param {number} n - trials (> 0)
 * @returns {[number, number]} the interval
 */
export function wilson(x, n) {
  const z = 1.959963984540054;
  const p = x / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return [centre - half, centre + half];
}

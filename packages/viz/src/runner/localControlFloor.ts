/**
 * A round lower limit for a local-control axis: a multiple of 10% a little below the lowest finite value of the
 * curves, so that close curves separate.
 * @param curves - local-control curves (probabilities per time bin)
 * @returns the axis minimum, 0 to 1
 */
export function localControlFloor(curves: Iterable<readonly number[]>): number {
  let lowest = 1;
  for (const curve of curves) for (const value of curve) if (Number.isFinite(value)) lowest = Math.min(lowest, value);
  return Math.max(0, Math.floor((lowest - 0.05) * 10) / 10);
}

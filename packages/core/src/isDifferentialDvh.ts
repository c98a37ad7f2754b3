import type { DifferentialDvh } from './DifferentialDvh.js';

/**
 * Whether a differential DVH is in the domain of the DVH kernels: at least one bin, n + 1 edges for n volumes, every
 * edge finite and ≥ 0 Gy and none below the one before, every volume finite and ≥ 0 (see {@link DifferentialDvh}).
 * @param differential - edges in Gy and bin volumes in any unit
 * @returns true when every edge and volume is in its domain; false otherwise (NaN included)
 * @remarks Every edge is checked, also those of bins without volume: a kernel that reads only the bins with volume
 *   would otherwise answer for a malformed histogram.
 */
export function isDifferentialDvh({ edges, volumes }: DifferentialDvh): boolean {
  if (volumes.length === 0 || edges.length !== volumes.length + 1) return false;
  for (let index = 0; index < edges.length; index += 1) {
    const edge = edges[index];
    if (!(edge >= 0 && edge < Infinity)) return false;
    if (index > 0 && !(edge >= (edges[index - 1]))) return false;
  }
  return volumes.every((volume) => volume >= 0 && volume < Infinity);
}

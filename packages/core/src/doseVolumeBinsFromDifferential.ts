import type { DifferentialDvh } from './DifferentialDvh.js';
import type { DoseVolumeBin } from './doseVolumeBin.js';
import { isDifferentialDvh } from './isDifferentialDvh.js';

/**
 * The engine's DVH form of a differential DVH: one {@link DoseVolumeBin} per bin with volume, at the bin's
 * midpoint dose (its mean under a uniform spread) and its relative volume ΔV_i / Σ ΔV.
 * @param differential - edges in Gy and bin volumes ≥ 0 in any unit, see {@link DifferentialDvh}
 * @returns bins with dose in Gy and relative volumes summing to 1 (up to rounding); empty when no bin has volume
 *   or an input is out of domain
 * @remarks The midpoint keeps the mean dose (gEUD with a = 1) exact; for other gEUD exponents the spread within a
 *   bin is lost, an error of order (bin width)² that is negligible at the 0.01–0.1 Gy bins planning systems export.
 */
export function doseVolumeBinsFromDifferential(differential: DifferentialDvh): DoseVolumeBin[] {
  const { edges, volumes } = differential;
  if (!isDifferentialDvh(differential)) return [];
  let total = 0;
  for (const volume of volumes) total += volume;
  if (!(total > 0)) return [];
  const bins: DoseVolumeBin[] = [];
  for (let index = 0; index < volumes.length; index += 1) {
    const volume = volumes[index];
    const low = edges[index];
    const high = edges[index + 1];
    if (volume > 0) bins.push({ dose: low + (high - low) / 2, volume: volume / total });
  }
  return bins;
}

import type { DifferentialDvh } from './DifferentialDvh.js';
import { isDifferentialDvh } from './isDifferentialDvh.js';

/**
 * Mean dose of a structure from its differential DVH, D̄ = Σ ΔV_i·(e_i + e_{i+1})/2 / Σ ΔV_i (each bin's dose
 * uniformly spread, so its mean is the midpoint; the same reading as the linear cumulative curve).
 * @param differential - edges in Gy and bin volumes ≥ 0 in any unit, see {@link DifferentialDvh}
 * @returns D̄ in Gy; NaN when no bin has volume or an input is out of domain (negative or non-finite)
 * @remarks ICRU Report 83 (2010) §3.5 (D_mean); equals the area under the normalised cumulative curve.
 */
export function dvhMeanDose(differential: DifferentialDvh): number {
  const { edges, volumes } = differential;
  if (!isDifferentialDvh(differential)) return Number.NaN;
  let total = 0;
  let weighted = 0;
  for (let index = 0; index < volumes.length; index += 1) {
    const volume = volumes[index];
    const low = edges[index];
    const high = edges[index + 1];
    total += volume;
    weighted += volume * (low + (high - low) / 2);
  }
  return total > 0 ? weighted / total : Number.NaN;
}

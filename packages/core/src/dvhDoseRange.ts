import type { DifferentialDvh } from './DifferentialDvh.js';
import { isDifferentialDvh } from './isDifferentialDvh.js';

/**
 * Minimum and maximum dose of a structure from its differential DVH: the lower edge of the first bin with volume
 * and the upper edge of the last (each bin's dose read as uniformly spread over it).
 * @param differential - edges in Gy and bin volumes ≥ 0 in any unit, see {@link DifferentialDvh}
 * @returns `{ minimum, maximum }` in Gy; both NaN when no bin has volume or an input is out of domain
 * @remarks ICRU Report 83 (2010) §3.5 recommends the near-minimum D98 and near-maximum D2 instead, which depend
 *   less on the calculation grid; these are what a planning system prints as Min and Max Dose.
 */
export function dvhDoseRange(differential: DifferentialDvh): { readonly minimum: number; readonly maximum: number } {
  const { edges, volumes } = differential;
  const none = { minimum: Number.NaN, maximum: Number.NaN };
  if (!isDifferentialDvh(differential)) return none;
  let first = -1;
  let last = -1;
  for (let index = 0; index < volumes.length; index += 1) {
    if (volumes[index] > 0) {
      if (first < 0) first = index;
      last = index;
    }
  }
  if (first < 0) return none;
  return { minimum: edges[first], maximum: edges[last + 1] };
}

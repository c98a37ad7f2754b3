import type { CumulativeDvh } from './CumulativeDvh.js';
import type { DifferentialDvh } from './DifferentialDvh.js';
import { isDifferentialDvh } from './isDifferentialDvh.js';

/**
 * Cumulative DVH of a differential one: V(≥ e_i) = Σ_{j ≥ i} ΔV_j at each lower bin edge e_i, summed from the
 * highest bin down (the order that undoes {@link differentialFromCumulative} exactly).
 * @param differential - n + 1 non-decreasing edges in Gy and n volumes ≥ 0, see {@link DifferentialDvh}
 * @returns the points at the distinct lower edges (a zero-width bin's volume joins the point at its edge), and
 *   (e_n, 0) at the top edge when the last bin has width: doses
 *   in Gy strictly increasing, volumes in the differential's unit; NaN volumes for out-of-domain input (fewer than
 *   two edges, lengths that do not match, a decreasing or non-finite edge, a negative or non-finite volume)
 * @remarks A bin of zero width other than the last merges into the point at its edge, so that doses stay
 *   strictly increasing. Drzymala RE et al., Int J Radiat Oncol Biol Phys 1991;21:71 (DVH definitions).
 */
export function cumulativeFromDifferential(differential: DifferentialDvh): CumulativeDvh {
  const { edges, volumes } = differential;
  const count = volumes.length;
  if (!isDifferentialDvh(differential)) return { doses: edges.slice(0, count), volumes: volumes.map(() => Number.NaN) };
  const doses: number[] = [];
  const cumulative: number[] = [];
  let sum = 0;
  const top = edges[count];
  if (top > (edges[count - 1])) {
    // The last bin has width: the curve reaches 0 at its upper edge, a point that interpolation needs.
    doses.push(top);
    cumulative.push(0);
  }
  for (let index = count - 1; index >= 0; index -= 1) {
    sum += volumes[index];
    const dose = edges[index];
    if (doses.length > 0 && doses[doses.length - 1] === dose) cumulative[cumulative.length - 1] = sum;
    else {
      doses.push(dose);
      cumulative.push(sum);
    }
  }
  return { doses: doses.reverse(), volumes: cumulative.reverse() };
}

import type { CumulativeDvh } from './CumulativeDvh.js';
import type { DifferentialDvh } from './DifferentialDvh.js';

/**
 * Differential DVH of a cumulative one: bin i = [D_i, D_{i+1}) holds ΔV_i = V_i − V_{i+1}, and a last bin of zero
 * width at D_{n−1} holds the tail V_{n−1} (the volume receiving at least the last dose).
 * @param cumulative - points (D_i in Gy, strictly increasing; V_i ≥ 0, non-increasing), see {@link CumulativeDvh}
 * @returns edges D_0 … D_{n−1}, D_{n−1} and n volumes in the cumulative's unit; NaN volumes for out-of-domain
 *   input (no points, mismatched lengths, a dose not increasing, a volume negative or increasing, a non-finite
 *   value)
 * @remarks Exact inverse of {@link cumulativeFromDifferential}: the suffix sums V_{n−1} + ΔV_{n−2} + … give the V_i
 *   back bit for bit whenever the subtractions are exact (volumes on a common binary grid, as exported values with
 *   a fixed number of binary digits are; always when V_{i+1} ≥ V_i/2 by Sterbenz' lemma); otherwise each V_i
 *   comes back within a few units in the last place of V_0. The usual DVH definition (e.g. Drzymala RE et al.,
 *   Int J Radiat Oncol Biol Phys 1991;21:71).
 */
export function differentialFromCumulative(cumulative: CumulativeDvh): DifferentialDvh {
  const { doses, volumes } = cumulative;
  const count = doses.length;
  if (!isCumulative(cumulative)) return { edges: [...doses, doses[count - 1] ?? Number.NaN], volumes: volumes.map(() => Number.NaN) };
  const last = doses[count - 1];
  const binVolumes = volumes.map((volume, index) => (index === count - 1 ? volume : volume - (volumes[index + 1])));
  return { edges: [...doses, last], volumes: binVolumes };
}

function isCumulative({ doses, volumes }: CumulativeDvh): boolean {
  if (doses.length === 0 || doses.length !== volumes.length) return false;
  for (let index = 0; index < doses.length; index += 1) {
    const dose = doses[index];
    const volume = volumes[index];
    if (!(dose >= 0 && dose < Infinity && volume >= 0 && volume < Infinity)) return false;
    if (index > 0 && !(dose > (doses[index - 1]) && volume <= (volumes[index - 1]))) return false;
  }
  return true;
}

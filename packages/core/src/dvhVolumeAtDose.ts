import type { CumulativeDvh } from './CumulativeDvh.js';

/**
 * Volume receiving at least a dose, V_D, on the cumulative DVH read as linear between its points (V20 is
 * `dvhVolumeAtDose(dvh, 20)`).
 * @param cumulative - points (D_i in Gy strictly increasing, V_i non-increasing, ≥ 0), see {@link CumulativeDvh}
 * @param dose - D in Gy, ≥ 0
 * @returns V_D in the curve's volume unit: V_0 for D ≤ D_0, V_i + (D − D_i)/(D_{i+1} − D_i)·(V_{i+1} − V_i)
 *   between points, V_{n−1} at D_{n−1}, 0 above the last dose; NaN for a negative or NaN dose or an empty curve
 * @remarks The volume above the last point is 0: its tail V_{n−1} receives exactly D_{n−1} (see
 *   {@link DifferentialDvh}). Linear interpolation as for {@link dvhDoseAtVolume}.
 */
export function dvhVolumeAtDose(cumulative: CumulativeDvh, dose: number): number {
  const { doses, volumes } = cumulative;
  const count = doses.length;
  if (count === 0 || count !== volumes.length || !(dose >= 0)) return Number.NaN;
  if (dose <= (doses[0])) return volumes[0];
  if (dose > (doses[count - 1])) return 0;
  let index = 0;
  while ((doses[index + 1]) < dose) index += 1;
  const low = doses[index];
  const high = doses[index + 1];
  const upper = volumes[index];
  return upper + ((dose - low) / (high - low)) * ((volumes[index + 1]) - upper);
}

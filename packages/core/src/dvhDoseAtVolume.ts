import type { CumulativeDvh } from './CumulativeDvh.js';

/**
 * Dose covering a volume, D_v = max{D : V(D) ≥ v}, on the cumulative DVH read as linear between its points
 * (D95 is `dvhDoseAtVolume(dvh, 0.95 · V_0)` for a curve in absolute volume, or `(dvh, 95)` for one in %).
 * @param cumulative - points (D_i in Gy strictly increasing, V_i non-increasing, ≥ 0), see {@link CumulativeDvh}
 * @param volume - v in the curve's volume unit, 0 ≤ v ≤ V_0
 * @returns D_v in Gy: between two points D_i + (V_i − v)/(V_i − V_{i+1})·(D_{i+1} − D_i) for the last i with
 *   V_i ≥ v; the last dose when V_{n−1} ≥ v; NaN outside the domain (v < 0, v > V_0, NaN, an empty curve)
 * @remarks Linear interpolation on the cumulative curve is the reading of ICRU Report 83 (2010) §3.5 for D_V
 *   between tabulated points; on a flat stretch it returns the stretch's upper dose (the max in the definition).
 */
export function dvhDoseAtVolume(cumulative: CumulativeDvh, volume: number): number {
  const { doses, volumes } = cumulative;
  const first = volumes[0];
  if (first === undefined || doses.length !== volumes.length || !(volume >= 0 && volume <= first)) return Number.NaN;
  let index = 0;
  while (index + 1 < volumes.length && (volumes[index + 1]) >= volume) index += 1;
  const dose = doses[index];
  if (index + 1 === volumes.length) return dose;
  const upper = volumes[index];
  const lower = volumes[index + 1];
  return dose + ((upper - volume) / (upper - lower)) * ((doses[index + 1]) - dose);
}

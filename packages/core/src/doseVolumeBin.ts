/**
 * One bin of a differential dose–volume histogram.
 * - `dose`: the total dose the bin receives over the course, Gy (finite, ≥ 0).
 * - `volume`: the bin's volume: absolute in cm³ for {@link tcpDvh}; absolute or relative (any common unit, the
 *   functions normalise by the sum) for {@link geud} and {@link ntcpLkb}; finite, ≥ 0.
 */
export interface DoseVolumeBin {
  readonly dose: number;
  readonly volume: number;
}

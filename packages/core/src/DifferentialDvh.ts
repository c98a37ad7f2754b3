/**
 * A differential dose–volume histogram with explicit bin edges.
 * - `edges`: n + 1 dose edges in Gy, finite, ≥ 0, non-decreasing; bin i spans [edges[i], edges[i+1]). The last
 *   bin may have zero width: it then holds the volume that receives exactly edges[n] (the tail of a cumulative
 *   DVH that does not reach 0).
 * - `volumes`: n bin volumes, finite, ≥ 0, in any unit (cm³, % or a fraction), the same for every bin.
 * Within a bin the dose is read as uniformly spread, so the bin's mean dose is its midpoint.
 */
export interface DifferentialDvh {
  readonly edges: readonly number[];
  readonly volumes: readonly number[];
}

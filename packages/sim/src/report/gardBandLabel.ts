import type { GardBandOutcome } from '../cohort/TrialResults.js';

/**
 * The name of a GARD band in arms.csv (`subtype_id` of a `gard` row): `FROM-TO` for the band [from, to) and `FROM+`
 * for the open last band [from, ∞), e.g. `0-20`, `20-30`, `40+`. GARD = Σ d(α + βd) is dimensionless (d in Gy,
 * α in Gy⁻¹, β in Gy⁻²; Scott et al., Lancet Oncol 2017). Band edges are positive, so the `-` never reads as a sign.
 * @param band - a band of an arm's `gard.bands`
 * @returns the band's name
 */
export function gardBandLabel(band: Pick<GardBandOutcome, 'from' | 'to'>): string {
  return band.to === null ? `${band.from}+` : `${band.from}-${band.to}`;
}

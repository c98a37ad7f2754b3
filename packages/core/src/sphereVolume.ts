/**
 * Volume of a sphere from its diameter: V = π d³ / 6.
 * @param diameterCm - d, the tumour's largest diameter read as a sphere's, cm (≥ 0)
 * @returns V in cm³ (≥ 0); NaN outside the domain or for NaN input
 * @remarks A tumour is reported by its largest diameter (AJCC size bands); the sphere is the simplest shape that
 *   turns that diameter into a volume, and volume is what doubles (docs/pathway-model.md, "Growth").
 */
export function sphereVolume(diameterCm: number): number {
  if (!(diameterCm >= 0)) return Number.NaN;
  return (Math.PI * diameterCm * diameterCm * diameterCm) / 6;
}

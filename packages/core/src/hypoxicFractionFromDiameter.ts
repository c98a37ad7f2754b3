/**
 * Hypoxic fraction of a gross tumour or metastasis rising in proportion to its diameter: h = min(1, h₈·d/8 cm).
 * @param diameter - tumour or lesion diameter d, cm (≥ 0)
 * @param referenceHypoxicFraction - h₈, the hypoxic fraction of an 8 cm tumour (0 ≤ h₈ ≤ 1), calibrated
 *   (`localControlDefaults.hypoxicFractionAt8cm`)
 * @returns h in [0, 1]; NaN outside the domain or for NaN input
 * @remarks The simplest law with a biological reading: the oxygen diffusion-limited shell is thin against the
 *   tumour, so the poorly perfused core grows faster than the tumour's surface; a linear rise in d is the
 *   one-parameter form that the data (5-year control 87.5/53/30% for < 5/5–10/> 10 cm after ≥ 64 Gy alone,
 *   Cancer 1985;56:475; SBRT per-lesion control, outcome-evidence F5/F7) can identify. Calibrated, not measured:
 *   pO₂ histograms of STS (Brizel et al.) give a range, not a size law. docs/local-control-model.md.
 */
export function hypoxicFractionFromDiameter(diameter: number, referenceHypoxicFraction: number): number {
  if (!(diameter >= 0 && referenceHypoxicFraction >= 0 && referenceHypoxicFraction <= 1)) return Number.NaN;
  const h = (referenceHypoxicFraction * diameter) / 8;
  return h < 1 ? h : 1;
}

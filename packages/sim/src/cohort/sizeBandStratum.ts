import { sizeStratum } from './LocalControlPlan.js';

// Sphere volumes V = (π/6)·d³ of the band edges d = 5 and 10 cm (cm³): comparing volumes needs no cube root per patient.
const volumeAt5cm = (Math.PI / 6) * 125;
const volumeAt10cm = (Math.PI / 6) * 1000;

/**
 * The size-band stratum of a patient's tumour (localControlStrata): diameter d = (6V/π)^{1/3} below 5 cm, 5–10 cm,
 * or above 10 cm, the bands of the evidence (outcome-evidence C2/C4) and of the size odds ratios of the model
 * (evaluateLocalControl counts d ≥ 5 as 5–10 and d > 10 as > 10 cm, as here).
 * @param volume - tumour volume V (cm³, > 0)
 * @returns the stratum index: sizeStratum (< 5 cm), sizeStratum + 1 (5–10 cm) or sizeStratum + 2 (> 10 cm); NaN
 *   volumes fall in the first band (such a patient is invalid and never counted)
 */
export function sizeBandStratum(volume: number): number {
  return volume > volumeAt10cm ? sizeStratum + 2 : volume >= volumeAt5cm ? sizeStratum + 1 : sizeStratum;
}

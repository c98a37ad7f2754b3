/** π/6, so that a sphere's volume is one product, (π/6)·d·d·d, in the engine's order of operations. */
const sphereFactor = Math.PI / 6;

/**
 * The volume of a sphere of diameter d as the engine computes it for a patient's tumour and a lesion, (π/6)·d·d·d
 * (cm³ for d in cm): one expression for the draw (drawPatient), the lesions (evaluateLesions) and the validator's
 * check that a diameter has a finite, positive volume, so that what validation passes the engine can compute.
 * (core's sphereVolume evaluates π·d·d·d/6, which can differ in the last bit; the pathway's growth uses it.)
 * @param diameterCm - d, cm
 * @returns the volume, cm³ (0 or Infinity where double precision cannot hold it)
 */
export function engineSphereVolume(diameterCm: number): number {
  return sphereFactor * diameterCm * diameterCm * diameterCm;
}

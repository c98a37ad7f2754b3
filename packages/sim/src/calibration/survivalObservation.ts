import type { EvidenceObservationInput, EvidenceSurvivalObservationInput } from './EvidenceInput.js';

/** The observation kinds read from the engine's competing-event endpoints (docs/calibration.md, "Survival and competing risks"). */
export const survivalKinds: readonly string[] = ['os', 'dss', 'dmfs', 'lrfs', 'cif-metastasis', 'deaths', 'metastases'];

/**
 * Whether an observation is of survival or a competing event: its stratum's parts then run with `background` and
 * `metastasis`, and its value is read at `atYears` from the first treatment event.
 * @param o - an observation
 * @returns true for os, dss, dmfs, lrfs, cif-metastasis, deaths and metastases
 */
export function isSurvivalObservation(o: EvidenceObservationInput): o is EvidenceSurvivalObservationInput {
  return survivalKinds.includes(o.kind);
}

import type { EvidenceGrade } from './LibraryParameter.js';

/**
 * The A–D evidence scale used by the sarcoma parameter library (and printed in docs/parameters.md).
 * A grade says how directly a value is tied to patients with this subtype; the evidence kind says what sort
 * of data it is. A value calibrated later to a clinical series takes the grade of that series.
 */
export const evidenceGradeScale: Readonly<Record<EvidenceGrade, string>> = Object.freeze({
  A: 'Fitted to clinical outcome data in this subtype (or measured in its patients) with a stated uncertainty, and reproduced by an independent series.',
  B: 'Derived from clinical or patient-tissue data in sarcoma, but indirectly or in one small series (a genomic estimate, a pO2 survey, a volume-response or biomarker-prevalence study).',
  C: 'Preclinical sarcoma data (cell lines, patient-derived 3D cultures, animal sarcoma models), or a clinical estimate from another tumour site, converted with the assumptions stated in the note.',
  D: 'Assumption, or a value carried over from another subtype or from general radiobiology; a placeholder until calibrated.',
});

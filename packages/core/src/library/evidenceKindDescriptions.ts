import type { EvidenceKind } from './LibraryParameter.js';

/** What each {@link EvidenceKind} of the parameter library means (printed in docs/parameters.md). */
export const evidenceKindDescriptions: Readonly<Record<EvidenceKind, string>> = Object.freeze({
  'clinical-fit': 'Fitted to patient outcome data (local control, response) with the stated model.',
  'cell-line': 'Clonogenic assays on established tumour cell lines, converted with the stated model.',
  '3d-culture': 'Patient-derived spheroids or organoids.',
  genomic:
    'Molecular profiling of patient tumour tissue: a gene-expression signature such as RSI, or antigen expression by immunohistochemistry or RNA.',
  assumption: 'A reasoned choice without a direct measurement; the note says why, and the source is the anchor it leans on, if any.',
  calibrated: 'Tuned so that the simulator reproduces a named clinical series.',
  'other-site': 'Measured in another tumour type or in general radiobiology, and carried over.',
});

import type { Distribution } from '../distribution.js';

/**
 * Where a library value comes from:
 * - `clinical-fit`: fitted to patient outcome data (local control, response) with a stated model;
 * - `cell-line`: clonogenic assays on established tumour cell lines;
 * - `3d-culture`: patient-derived spheroids or organoids;
 * - `genomic`: molecular profiling of patient tumour tissue (RSI signature, antigen expression by IHC or RNA);
 * - `assumption`: reasoned choice with no direct measurement (the note says why);
 * - `calibrated`: tuned so that the simulator reproduces a clinical series (the note names it);
 * - `other-site`: measured in another tumour type and carried over.
 */
export type EvidenceKind =
  | 'clinical-fit'
  | 'cell-line'
  | '3d-culture'
  | 'genomic'
  | 'assumption'
  | 'calibrated'
  | 'other-site';

/**
 * Evidence grade of a library value, A (strongest) to D (weakest); the scale is spelled out in
 * {@link evidenceGradeScale}.
 */
export type EvidenceGrade = 'A' | 'B' | 'C' | 'D';

/**
 * A bibliographic source. `year` is absent only for values that rest on no publication (kind `assumption`
 * or `calibrated`), or when the year could not be verified (the evidence note then says so).
 */
export interface EvidenceSource {
  /** first author(s), "et al." where the list is long */
  readonly authors: string;
  /** journal with volume and first page where verified */
  readonly journal: string;
  readonly year?: number;
  readonly title?: string;
}

/** Provenance of one library value: what it rests on, how strongly, and what was assumed. */
export interface Evidence {
  readonly kind: EvidenceKind;
  readonly grade: EvidenceGrade;
  /** the primary source the value rests on (for an assumption: the source it is anchored to, if any) */
  readonly source: EvidenceSource;
  /** DOI of `source`, only when checked against a stored copy of the paper or its index record */
  readonly doi?: string;
  /** the measured quantity the value was derived from (SF2 in vitro, 5-year local control, …) */
  readonly endpoint: string;
  /** the model used to turn that endpoint into the value (LQ, Poisson TCP, …) */
  readonly model: string;
  /** what was assumed and why, conversions, caveats, and what is not verified */
  readonly note: string;
}

/**
 * One value of the parameter library: a {@link Distribution} over virtual patients, its unit, and its
 * {@link Evidence}.
 */
export interface LibraryParameter {
  readonly value: Distribution;
  /** unit of `value`, as in the model contract (1/Gy, Gy, d, h, per cm³, fraction, …) */
  readonly unit: string;
  readonly evidence: Evidence;
}

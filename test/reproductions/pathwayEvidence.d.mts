/** One term of calibration/pathway-evidence.yaml predicted by the engine (pathwayEvidence.mjs). */
export interface PathwayEvidenceRow {
  readonly series: string;
  readonly role: 'fit' | 'holdout';
  readonly evidence: string;
  /** The term as the Python reference labels it ("diagnostic median 65 d", "unplannedExcision"). */
  readonly observation: string;
  readonly events: number;
  readonly patients: number;
  readonly observedCi95: readonly [number, number];
  /** The engine's probability (0 to 1: P(interval ≤ the observed median), a share) and its Monte Carlo standard error. */
  readonly predicted: number;
  readonly predictedSe: number;
  /** The Python reference's prediction of the same term (test/fixtures/pathway-model.json). */
  readonly reference: number;
  readonly inside: boolean;
  /** The engine's median days of the interval at the library's law (within a week); NaN for a share. */
  readonly engineMedianDays: number;
  /** For an interval median, 1 − the arm's share treated > 42 days after the diagnosis; NaN for a share. */
  readonly fromDiagnosis: number;
}
/** A term the engine does not express, and why. */
export interface PathwayEvidenceLeftOut {
  readonly series: string;
  readonly role: 'fit' | 'holdout';
  readonly observation: string;
  readonly why: string;
}
/** Local recurrence by 5 years after (or without) an unplanned excision drawn by the pathway, against B1, G11, G12. */
export interface PathwayConsequenceRow {
  readonly source: 'B1' | 'G11' | 'G12';
  readonly quantity: string;
  readonly failures: number;
  readonly patients: number;
  readonly observedCi95: readonly [number, number];
  readonly predicted: number;
  readonly predictedSe: number;
  readonly enginePatients: number;
  /** The same margin classes over the whole cohort, without the pathway's selection. */
  readonly wholeCohort: number;
  /** The Python local-control reference of the series' stratum (test/fixtures/local-control-model.json). */
  readonly reference: number;
  readonly lcRole: 'fit' | 'holdout';
  readonly inside: boolean;
}
export const pathwayEvidencePatients: number;
export const pathwayEvidenceSeed: number;
export const pathwayEvidenceTitle: string;
export function pathwayEvidenceRows(): Promise<{
  rows: PathwayEvidenceRow[];
  notExpressed: PathwayEvidenceLeftOut[];
  consequences: PathwayConsequenceRow[];
  unplannedCounts: { arm: string; unplanned: number; inClasses: number }[];
  misdiagnosed: { predicted: number; predictedSe: number; reference: number };
  medians: Record<string, number>;
}>;
export function pathwayEvidenceMarkdown(): Promise<string>;

/** One term of calibration/metastasis-evidence.yaml predicted by the engine (metastasisEvidence.mjs). */
export interface MetastasisEvidenceRow {
  readonly series: string;
  readonly role: 'fit' | 'holdout' | 'holdout2' | 'holdout3' | 'holdout4';
  /** The term as the Python reference labels it ("ffm 10 y, given 5 y"). */
  readonly observation: string;
  /** The scenario's era: the series' era rounded to a whole year (2004 without one). */
  readonly era: number;
  readonly events: number;
  readonly patients: number;
  readonly observedCi95: readonly [number, number];
  /** The engine's event probability (0 to 1) in the arm without recurrence, and its Monte Carlo standard error. */
  readonly predicted: number;
  readonly predictedSe: number;
  /** The engine's event probability in the arm treated with 50 Gy/25 and surgery (recurrences seed metastases). */
  readonly treated: number;
  /** The Python reference's prediction of the same term (test/fixtures/metastasis-model.json). */
  readonly reference: number;
  readonly inside: boolean;
  readonly treatedInside: boolean;
}
/** A term the engine's counts do not express (survival after metastasis of a synchronous or resected subgroup). */
export interface MetastasisEvidenceLeftOut {
  readonly series: string;
  readonly role: 'fit' | 'holdout' | 'holdout2' | 'holdout3' | 'holdout4';
  readonly kind: string;
  readonly atMonths: number;
}
export const metastasisEvidencePatients: number;
export const metastasisEvidenceSeed: number;
export const metastasisEvidenceTitle: string;
export function metastasisEvidenceRows(): Promise<{ rows: MetastasisEvidenceRow[]; notExpressed: MetastasisEvidenceLeftOut[]; modelArmRecurrences: number[] }>;
export function metastasisEvidenceMarkdown(): Promise<string>;

/** One term of calibration/progression-evidence.yaml predicted by the engine (progressionEvidence.mjs). */
export interface ProgressionEvidenceRow {
  readonly series: string;
  readonly role: 'fit' | 'holdout';
  readonly evidence: string;
  /** "OS 2 y, given 1 y". */
  readonly observation: string;
  readonly survivors: number;
  readonly atRisk: number;
  readonly observed: number;
  readonly observedCi95: readonly [number, number];
  /** The engine's conditional survival (0 to 1) in the model arm, and its Monte Carlo standard error. */
  readonly predicted: number;
  readonly predictedSe: number;
  /** The engine's conditional survival in the SBRT 5 × 10 Gy arm. */
  readonly sbrt: number;
  /** The Python reference's prediction (test/fixtures/progression-model.json). */
  readonly reference: number;
  readonly inside: boolean;
  readonly sbrtInside: boolean;
  /** Patients of the run whose model-arm lesions were not all controlled. */
  readonly modelFailures: number;
}
export const progressionEvidencePatients: number;
export const progressionEvidenceSeed: number;
export const progressionEvidenceTitle: string;
export function progressionEvidenceRows(): Promise<ProgressionEvidenceRow[]>;
export function progressionEvidenceMarkdown(): Promise<string>;

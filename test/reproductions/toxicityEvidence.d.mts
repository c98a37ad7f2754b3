/** One term of calibration/toxicity-evidence.yaml predicted by the engine (toxicityEvidence.mjs). */
export interface ToxicityEvidenceRow {
  readonly series: string;
  readonly role: 'fit' | 'holdout';
  readonly endpoint: string;
  readonly timing: 'preop' | 'postop' | 'mixed';
  readonly schedule: string;
  readonly events: number;
  readonly patients: number;
  readonly observedCi95: readonly [number, number];
  /** The engine's rate (0 to 1) and its Monte Carlo standard error. */
  readonly predicted: number;
  readonly predictedSe: number;
  /** The Python reference's prediction of the same term. */
  readonly reference: number;
  readonly inside: boolean;
}
export const toxicityEvidencePatients: number;
export const toxicityEvidenceTitle: string;
export function toxicityEvidenceRows(): Promise<ToxicityEvidenceRow[]>;
export function toxicityEvidenceMarkdown(): Promise<string>;

import type { PrescribedDose } from '../cohort/TrialResults.js';
import { formatFixed } from '../charts/formatFixed.js';

/**
 * An arm's total physical dose per patient (Gy) as the terminal and the report show it, to 0.1 Gy: one value for a
 * fixed course (`50.0`), else mean ± SD over patients and the range (`55.6 ± 10.8 [40.0–70.0]`, a GARD prescription).
 * @param dose - the arm's prescribed dose, or undefined for an arm without one
 * @returns the text; `—` without a dose
 */
export function formatPrescribedDose(dose: PrescribedDose | undefined): string {
  if (dose === undefined) return '—';
  if (dose.sd === 0) return formatFixed(dose.mean, 1);
  return `${formatFixed(dose.mean, 1)} ± ${formatFixed(dose.sd, 1)} [${formatFixed(dose.min, 1)}–${formatFixed(dose.max, 1)}]`;
}

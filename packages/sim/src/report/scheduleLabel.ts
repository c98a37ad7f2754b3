import type { ArmResult } from '../cohort/TrialResults.js';
import { formatFixed } from '../charts/formatFixed.js';
import { svgNumber } from '../charts/svgNumber.js';

/** What scheduleLabel reads of an arm's results. */
export type ScheduleLabelArm = Pick<ArmResult, 'totalDose' | 'fractions' | 'prescribedDose' | 'complications' | 'byStratum'>;

/** Whether the results show the arm operating: a surgery-alone timing, or a margin class other than `none`. */
function operates(arm: ScheduleLabelArm): boolean {
  return arm.complications?.timing === 'surgery-alone' || (arm.byStratum ?? []).some((group) => group.by === 'margin' && group.stratum !== 'none');
}

/**
 * A short label of an arm's schedule from its totals, as the terminal, the report and the viewer print it:
 * `50 Gy / 25 fx` (total physical dose, Gy, and number of fractions). An arm that delivers no dose is not a schedule
 * of 0 Gy: it reads `surgery alone` when the results show it operating (a surgery-alone arm is written as one 0 Gy
 * fraction with surgery), else `no radiotherapy`. An arm whose dose differs between patients (prescribed by GARD:
 * results.json's totalDose is then the mean) reads `mean 55.6 Gy / 25 fx`: to 0.1 Gy, as the total-dose column beside it
 * (formatPrescribedDose) writes the mean.
 * @param arm - the arm's results: total dose (Gy; the mean over patients for a per-patient prescription), fractions,
 *   and, when present, its prescribed doses, complications timing and margin strata
 * @returns the label
 */
export function scheduleLabel(arm: ScheduleLabelArm): string {
  if (arm.totalDose === 0 || arm.fractions === 0) return operates(arm) ? 'surgery alone' : 'no radiotherapy';
  const perPatient = arm.prescribedDose !== undefined && arm.prescribedDose.max > arm.prescribedDose.min;
  return `${perPatient ? `mean ${formatFixed(arm.totalDose, 1)}` : svgNumber(arm.totalDose, 2)} Gy / ${arm.fractions} fx`;
}

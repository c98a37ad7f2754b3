import { formatPercent } from '../charts/formatPercent.js';
import type { TrialResults } from '../cohort/TrialResults.js';

/** Column heads of {@link pathwayRows}. */
export const pathwayHeads: readonly string[] = [
  'arm',
  'referral',
  'symptom → diagnosis, median (d)',
  'first visit → treatment, median (d)',
  '≥ 6 wk from diagnosis (%)',
  'diameter at treatment, median (cm)',
  'unplanned excisions (%)',
  'LC after one (%)',
];

const oneDecimal = (value: number): string => (Number.isFinite(value) ? value.toFixed(1) : '—');

/**
 * One row of text cells per arm with a diagnostic pathway, for the terminal table and the report: the referral (and
 * the share of the usual patient interval when below 1), the
 * median days from the first symptom to the diagnosis and from the first doctor visit to the first treatment, the share treated more than 6 weeks after the
 * diagnosis and the unplanned excisions with their Wilson 95% intervals (%), the median diameter at treatment, and
 * the crude local control of the patients after an unplanned excision (— without one).
 * @param results - the results of a run
 * @returns the rows, arm id first; none when no arm has a pathway
 */
export function pathwayRows(results: TrialResults): string[][] {
  return results.arms.flatMap((arm) => {
    const p = arm.pathway;
    if (p === undefined) return [];
    const late = `${formatPercent(p.diagnosisToTreatmentOver42Days)} [${formatPercent(p.diagnosisToTreatmentOver42DaysCi95[0])}, ${formatPercent(p.diagnosisToTreatmentOver42DaysCi95[1])}]`;
    const ue = p.unplannedExcisions;
    const unplanned = `${formatPercent(ue.rate)} [${formatPercent(ue.rateCi95[0])}, ${formatPercent(ue.rateCi95[1])}]`;
    // An earlier first visit (patientInterval < 1) is written beside the referral: the row's symptom duration depends on it.
    const referral = p.patientInterval === undefined ? p.referral : `${p.referral}, patient interval × ${p.patientInterval}`;
    return [[arm.id, referral, oneDecimal(p.symptomToDiagnosisDays.median), oneDecimal(p.daysToTreatment.median), late, oneDecimal(p.diameterAtTreatmentCm.median), unplanned, Number.isFinite(ue.controlled) ? formatPercent(ue.controlled) : '—']];
  });
}

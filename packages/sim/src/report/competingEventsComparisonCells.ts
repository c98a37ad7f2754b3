import type { ArmComparison } from '../cohort/TrialResults.js';
import { formatTrialPatients } from './formatTrialPatients.js';
import { survivalComparisonCells } from './survivalComparisonCells.js';

/** Headings of {@link competingEventsComparisonCells}, for a table of pairs. */
export const competingEventsComparisonHeads: readonly string[] = [
  'LRFS HR [95% CI]',
  'LRFS log-rank p',
  'LRFS ΔRMST [95% CI] (d)',
  'LC HR, death censored [95% CI]',
  'LC log-rank p',
  'LC ΔRMST [95% CI] (d)',
  'trial patients/arm (LRFS)',
];

/**
 * The cells of one pair's competing-event comparison (results.comparisons[].competingEvents), in the order of
 * {@link competingEventsComparisonHeads}: for LRFS and for LC with death censored, the Cox hazard ratio of a to b
 * with its 95% interval (3 significant digits), the log-rank p and the restricted-mean difference a − b up to τ in
 * days with its 95% interval; then the patients per arm a real trial needs for LRFS at τ. `—` where not estimable
 * or without background.
 * @param pair - a comparison of results.json
 * @returns the text of each cell
 */
export function competingEventsComparisonCells(pair: ArmComparison): string[] {
  const events = pair.competingEvents;
  if (events === undefined) return competingEventsComparisonHeads.map(() => '—');
  return [
    ...survivalComparisonCells(events.localRecurrenceFreeSurvival),
    ...survivalComparisonCells(events.localControl),
    formatTrialPatients(events.trialPatientsPerArmLrfs),
  ];
}

import type { CompetingDeathCause } from '@rtsim/sim';

/**
 * The words of the local-control card's competing-events panel (competingEventsPanel), as data; the comparison caption
 * is a function of τ (years), the heading, chart titles and time caption of the competing death's cause.
 */
export const competingEventsCopy = {
  /** `cause`: the competing death (competingDeathCause), `any cause` once metastasis or progression adds sarcoma deaths. */
  heading: (cause: CompetingDeathCause): string => `Local recurrence and death from ${cause}`,
  /** `sarcomaDeaths`: whether the run has metastasis, whose deaths from sarcoma then count as death here too. */
  explanation: (lifeTableName: string, womenPercent: string, sarcomaDeaths: boolean): string =>
    `With background mortality (${lifeTableName}, ${womenPercent} % women, at each patient's age) a patient can die of other causes before a ` +
    'local recurrence. LC with death censored (Kaplan–Meier) is what many series report; the cumulative incidence (CIF) of local recurrence counts ' +
    'only recurrences that come first, and local-recurrence-free survival (LRFS) counts recurrence or death as the event: LRFS = 1 − CIF(LR) − CIF(death). ' +
    (sarcomaDeaths
      ? 'With metastasis, or progression after SBRT, death here is from any cause, sarcoma included; overall survival is in their curves and tables.'
      : 'No death from sarcoma is simulated, so overall survival is not shown.'),
  charts: (cause: CompetingDeathCause): Readonly<Record<'localRecurrenceFreeSurvival' | 'localControl' | 'localRecurrenceIncidence' | 'otherCauseDeathIncidence', string>> => ({
    localRecurrenceFreeSurvival: `Local-recurrence-free survival (local recurrence or death from ${cause})`,
    localControl: `Local control, death from ${cause} censored (Kaplan–Meier)`,
    localRecurrenceIncidence: 'Cumulative incidence of local recurrence (death a competing risk)',
    otherCauseDeathIncidence: `Cumulative incidence of death from ${cause} (before local recurrence)`,
  }),
  timeCaption: (cause: CompetingDeathCause): string =>
    'Per arm at each follow-up time (years from the first treatment event), in % with 95% intervals: LC with death censored (Greenwood log–log), ' +
    `the cumulative incidences of local recurrence and of death from ${cause}, and LRFS (Wilson).`,
  comparisonCaption: (years: string): string =>
    'Arms compared on the same virtual patients. HR: Cox hazard ratio (partial likelihood, Efron ties) of arm a to arm b (< 1: fewer events in a), with its Wald 95% interval; — when an arm has no events. ' +
    `ΔRMST: restricted mean time free of the event up to ${years} years, a − b in days. The log-rank p and the HR and ΔRMST intervals treat the paired arms as independent (conservative). ` +
    'Trial patients: per arm of a real 1:1 trial to detect the LRFS hazard ratio (log-rank, two-sided α 0.05, power 0.8).',
  /** Caption of the paired differences in event-free survival at the follow-up times (the report's words). */
  survivalDifferenceCaption:
    'Event-free survival of arm a minus arm b at each follow-up time on the same virtual patients, in percentage points, with the paired 95% interval (from the patients with the event in one arm only).',
  /** Caption of the paired differences in cumulative incidence; `note` says what each shown endpoint is (incidenceDifferenceNote). */
  incidenceDifferenceCaption: (note: string): string =>
    `Cumulative incidence of arm a minus arm b at each follow-up time on the same virtual patients, in percentage points, with the paired 95% interval; ${note}.`,
  tableHead: { arm: 'Arm', years: 'Years', comparison: 'Comparison' },
} as const;

/**
 * Where each endpoint with paired event times sits among a layout's paired endpoints (PartialLayout, paired event
 * times): with `competingEvents` LRFS and the local recurrence as the first event (its cumulative incidence, death
 * competing); with `metastasis` also OS, the metastasis before any death from other causes and the death from sarcoma
 * (their cumulative incidences, death from other causes competing); without `competingEvents` (nobody dies) the local
 * recurrence alone, `soleLocalRecurrence` (local control's complement); PFS with `progression` is always the last one.
 * Every patient is followed to the horizon, so "had the event by t" is a yes or no for each of them in every arm.
 */
export const pairedEndpoint = {
  soleLocalRecurrence: 0,
  localRecurrenceFreeSurvival: 0,
  localRecurrence: 1,
  overallSurvival: 2,
  metastasis: 3,
  sarcomaDeath: 4,
} as const;

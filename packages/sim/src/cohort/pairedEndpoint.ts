/**
 * Where each endpoint with paired event times sits among a layout's paired endpoints (PartialLayout, paired event
 * times, present with `followUp.at`): first the local recurrence whenever it comes, death ignored (local control's
 * complement, as the arms' local control counts it), in every such layout; with `competingEvents` then LRFS and the local recurrence as the first
 * event (its cumulative incidence, death competing); with `metastasis` also OS, the metastasis before any death from
 * other causes and the death from sarcoma (their cumulative incidences, death from other causes competing); PFS with
 * `progression` is always the last one. Every patient is followed to the horizon, so "had the event by t" is a yes or
 * no for each of them in every arm.
 */
export const pairedEndpoint = {
  localRecurrenceDeathIgnored: 0,
  localRecurrenceFreeSurvival: 1,
  localRecurrence: 2,
  overallSurvival: 3,
  metastasis: 4,
  sarcomaDeath: 5,
} as const;

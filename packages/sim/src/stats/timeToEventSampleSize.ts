import type { EventCountOptions } from './requiredEvents.js';
import { requiredEvents } from './requiredEvents.js';

/** Result of {@link timeToEventSampleSize}. */
export interface TimeToEventSampleSize {
  /** Events needed in both arms together ({@link requiredEvents}). */
  readonly events: number;
  /** Patients in arm A, ⌈π·D/P̄⌉. */
  readonly patientsA: number;
  /** Patients in arm B, ⌈(1 − π)·D/P̄⌉. */
  readonly patientsB: number;
  /** Patients in both arms, patientsA + patientsB. */
  readonly patients: number;
}

/**
 * Patients a two-arm trial on a time-to-event endpoint needs: the events D of {@link requiredEvents}, divided
 * by the probability that a patient has the event by the analysis time, P̄ = π·P_A + (1 − π)·P_B, and split by
 * the allocation: n_A = ⌈π·D/P̄⌉, n_B = ⌈(1 − π)·D/P̄⌉.
 * @param hazardRatio - ψ, hazard in arm A over hazard in arm B (> 0, finite)
 * @param eventProbabilityA - P_A, probability of the event by the analysis time in arm A, in (0, 1]: 1 − S_A(t)
 *   for a survival endpoint, or the cumulative incidence of the cause for a competing-risk endpoint
 * @param eventProbabilityB - P_B, the same for arm B, in (0, 1]
 * @param options - α, power, allocation and method (see {@link EventCountOptions})
 * @returns events and patients per arm and in all (integers); Infinity when ψ = 1; NaN outside the domain
 * @remarks Assumes every patient is followed to the analysis time t (no staggered entry or loss to follow-up);
 *   with uniform accrual over a and further follow-up f, P comes from S at f, f + a/2 and f + a by Simpson's
 *   rule (Schoenfeld 1983), which the caller can pass as P_A and P_B. For a competing-risk endpoint the hazard
 *   ratio is the cause-specific one and the events are those of that cause.
 * @see Schoenfeld DA (1983) Biometrics 39:499–503; Collett D (2015) Modelling Survival Data in Medical
 *   Research, 3rd ed., §10.2–10.3.
 */
export function timeToEventSampleSize(
  hazardRatio: number,
  eventProbabilityA: number,
  eventProbabilityB: number,
  options: EventCountOptions = {},
): TimeToEventSampleSize {
  const { allocation = 0.5 } = options;
  const events = requiredEvents(hazardRatio, options);
  const valid = eventProbabilityA > 0 && eventProbabilityA <= 1 && eventProbabilityB > 0 && eventProbabilityB <= 1;
  if (!valid || Number.isNaN(events)) return { events: NaN, patientsA: NaN, patientsB: NaN, patients: NaN };
  if (events === Infinity) return { events, patientsA: Infinity, patientsB: Infinity, patients: Infinity };
  const eventProbability = allocation * eventProbabilityA + (1 - allocation) * eventProbabilityB;
  const patients = events / eventProbability;
  const patientsA = Math.ceil(allocation * patients * (1 - 1e-12));
  const patientsB = Math.ceil((1 - allocation) * patients * (1 - 1e-12));
  return { events, patientsA, patientsB, patients: patientsA + patientsB };
}

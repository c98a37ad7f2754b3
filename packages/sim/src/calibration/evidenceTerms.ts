import { normalQuantile } from '@rtsim/core';
import type { EvidenceObservationInput } from './EvidenceInput.js';

/** The 97.5% quantile of the standard normal, ≈ 1.959964: the half-width of a 95% interval in standard errors. */
const z975 = -normalQuantile(0.025);

/** One binomial term of an observation: events of n (effective counts may be fractional) and the predicted event probability. */
export interface EvidenceTerm {
  /** What is counted, in words: `LC 5 y`, `LR by 4 y`, `LR 3–10 y | event-free`, `share of LR after 1 y`, `OS 5 y`, `deaths by 5 y`. */
  readonly label: string;
  readonly kind: EvidenceObservationInput['kind'];
  /**
   * Observed events (local recurrences; for a chained `lc`, failures over the interval among those at risk; for a
   * survival kind its event: death for os, dss (sarcoma) and deaths, metastasis or death for dmfs, recurrence or
   * death for lrfs, metastasis for cif-metastasis and metastases).
   */
  readonly events: number;
  readonly n: number;
  /** Predicted probability of an event. */
  readonly predicted: number;
}

/**
 * Effective n of a published actuarial rate (Kaplan–Meier or cumulative incidence): p(1 − p)/SE² with SE from the
 * 95% interval, capped at the patients; the patients when there is no interval.
 * @param o - the rate (0 to 1), its 95% interval, the patients
 * @returns the effective number of patients
 */
export function effectiveN(o: { readonly value: number; readonly patients: number; readonly ci95?: readonly [number, number] }): number {
  if (o.ci95 === undefined) return o.patients;
  const se = (o.ci95[1] - o.ci95[0]) / (2 * z975);
  return Math.min(o.patients, (o.value * (1 - o.value)) / (se * se));
}

/**
 * The binomial terms of a stratum's observations, exactly as `binomial_terms` of
 * scripts/reference/local_control_model.py defines them (times in years after the end of treatment):
 * - `lc` at t₁ < t₂ < …, chained: the first is LR by t₁ on n₁ (effective) patients; each later one is the
 *   conditional failure 1 − LC(t_j)/LC(t_{j−1}) on n_j·LC_obs(t_{j−1}) at risk, n_j = min(effective n_j, n_{j−1})
 *   (censoring unknown, so the later terms overstate their information);
 * - `crude-lr`: failures of patients, p = 1 − LC(t);
 * - `late-lr`: failures among atRisk event-free at the landmark, p = (LC(a) − LC(b))/LC(a);
 * - `late-share`: late failures of all events by b, p = (LC(a) − LC(b))/(1 − LC(b)).
 * `lc` terms come first, in file order, then the others in file order.
 * @param observations - the stratum's observations
 * @param localControl - predicted LC at t years after treatment
 * @returns the terms
 */
export function evidenceTerms(observations: readonly EvidenceObservationInput[], localControl: (years: number) => number): EvidenceTerm[] {
  const terms: EvidenceTerm[] = [];
  let previousPredicted = 1;
  let previousObserved = 1;
  let previousN = Infinity;
  for (const o of observations) {
    if (o.kind !== 'lc') continue;
    const n = Math.min(effectiveN(o), previousN);
    const atRisk = n * previousObserved;
    const predicted = localControl(o.atYears);
    terms.push({ label: `LC ${o.atYears} y`, kind: 'lc', events: atRisk * (1 - o.value / previousObserved), n: atRisk, predicted: 1 - predicted / previousPredicted });
    previousPredicted = predicted;
    previousObserved = o.value;
    previousN = n;
  }
  for (const o of observations) {
    if (o.kind === 'crude-lr') terms.push({ label: `LR by ${o.atYears} y`, kind: o.kind, events: o.failures, n: o.patients, predicted: 1 - localControl(o.atYears) });
    else if (o.kind === 'late-lr') {
      const a = localControl(o.fromYears);
      const b = localControl(o.toYears);
      terms.push({ label: `LR ${o.fromYears}–${o.toYears} y | event-free`, kind: o.kind, events: o.failures, n: o.atRisk, predicted: (a - b) / a });
    } else if (o.kind === 'late-share') {
      const a = localControl(o.afterYears);
      const b = localControl(o.toYears);
      terms.push({ label: `share of LR after ${o.afterYears} y`, kind: o.kind, events: o.failures, n: o.events, predicted: (a - b) / (1 - b) });
    }
  }
  return terms;
}

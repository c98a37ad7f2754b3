import { normalQuantile } from '@rtsim/core';
import { wilsonInterval } from '../stats/wilsonInterval.js';
import type { ObservedCountsInput, ObservedRateInput } from './CalibrationInput.js';
import type { ObservedControl } from './CalibrationSetup.js';

const z975 = -normalQuantile(0.025);

/**
 * An observed outcome as effective binomial counts. Counts are taken as they are: controlled = patients −
 * failures, n = patients. A published rate p (usually a Kaplan–Meier estimate, so censoring has cost some
 * information) with a 95% interval [l, u] carries the information of n = p(1 − p)/SE² patients,
 * SE = (u − l)/(2·1.959964), capped at the patients of the series (an interval narrower than binomial counts
 * allow adds nothing); without an interval, or at p = 0 or 1 where the formula fails, n = patients.
 * The interval kept for display is the published one, else Wilson's on (controlled, n).
 * @param observed - the `observed` entry of a series (already validated)
 * @returns rate, interval, patients, effective patients and controlled, time
 */
export function observedControl(observed: ObservedCountsInput | ObservedRateInput): ObservedControl {
  if ('failures' in observed) {
    const controlled = observed.patients - observed.failures;
    return {
      kind: 'counts',
      rate: controlled / observed.patients,
      ci95: wilsonInterval(controlled, observed.patients),
      patients: observed.patients,
      effectivePatients: observed.patients,
      controlled,
      atYears: observed.atYears,
    };
  }
  const p = observed.localControl;
  let n = observed.patients;
  if (observed.ci95 !== undefined && p > 0 && p < 1) {
    const se = (observed.ci95[1] - observed.ci95[0]) / (2 * z975);
    n = Math.min(n, (p * (1 - p)) / (se * se));
  }
  return {
    kind: 'rate',
    rate: p,
    ci95: observed.ci95 === undefined ? wilsonInterval(p * n, n) : [observed.ci95[0], observed.ci95[1]],
    patients: observed.patients,
    effectivePatients: n,
    controlled: p * n,
    atYears: observed.atYears,
  };
}

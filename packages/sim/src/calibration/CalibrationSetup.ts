import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { ParameterTarget } from '../scenario/uncertainParameters.js';

/** An observed outcome as the likelihood uses it: controlled of patients (effective counts), at a time. */
export interface ObservedControl {
  /** How the file gave it. */
  readonly kind: 'counts' | 'rate';
  /** Local control as published (counts: 1 − failures/patients). */
  readonly rate: number;
  /** 95% interval of the rate: as published when given, else Wilson on the (effective) counts. */
  readonly ci95: readonly [number, number];
  /** Patients (or lesions) in the series as published. */
  readonly patients: number;
  /**
   * Effective patients n of the binomial likelihood: the count itself, or for a published rate
   * min(patients, p(1 − p)/SE²) with SE = (upper − lower)/(2·1.959964) from its interval (patients when none).
   */
  readonly effectivePatients: number;
  /** Effective controlled patients, rate × effectivePatients (not necessarily whole). */
  readonly controlled: number;
  /** Years from the first treatment event. */
  readonly atYears: number;
}

/** One series, resolved: its scenario (one arm per treatment), the shares of its arms and what was observed. */
export interface CalibrationCohort {
  readonly id: string;
  readonly reference: string;
  readonly role: 'fit' | 'holdout';
  readonly note?: string;
  /** The series as a scenario: the calibration's seed and patients, follow-up horizon atYears. */
  readonly scenario: ResolvedScenario;
  /** Share of each arm, summing to 1. */
  readonly armShares: readonly number[];
  readonly observed: ObservedControl;
}

/** A parameter to fit, bound to the series. */
export interface CalibrationParameter {
  readonly path: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly scale: 'linear' | 'log';
  /** Starting value of the search. */
  readonly start: number;
  /** The value every series holds at the path (the library value unless the scenarios set one). */
  readonly nominal: number;
  /** Per series (same order as the cohorts) the numbers the path names there; empty where the series lacks it. */
  readonly targets: readonly (readonly ParameterTarget[])[];
}

/** A calibration DATA file, validated and resolved: what {@link runCalibration} fits. */
export interface CalibrationSetup {
  readonly name: string;
  readonly description?: string;
  readonly seed: number;
  readonly patients: number;
  readonly parameters: readonly CalibrationParameter[];
  readonly cohorts: readonly CalibrationCohort[];
}

import type { ArmInput, CohortInput } from '../scenario/ScenarioInput.js';

// The types of a calibration DATA file as written; calibrationSchema.ts checks at compile time that each is exactly
// the set of values its valibot schema accepts (`exactly<T>()`), as the scenario types are.

/**
 * A parameter to fit: the number at `path` (the parameter-path language of docs/uncertainty.md) in every cohort
 * whose scenario has it, searched within [min, max] on a linear or logarithmic scale.
 */
export interface CalibrationParameterInput {
  path: string;
  label?: string;
  min: number;
  max: number;
  scale?: 'linear' | 'log';
  start?: number;
}

/** An observed outcome given as counts: patients with a local failure by `atYears`, of `patients`. */
export interface ObservedCountsInput {
  failures: number;
  patients: number;
  atYears: number;
}

/** An observed outcome given as a (usually actuarial) local control rate, with its 95% interval when published. */
export interface ObservedRateInput {
  localControl: number;
  ci95?: [number, number];
  patients: number;
  atYears: number;
}

/** One published series: who was treated how (a scenario fragment) and what was observed. */
export interface CalibrationCohortInput {
  id: string;
  reference: string;
  role: 'fit' | 'holdout';
  note?: string;
  cohort: CohortInput;
  arms: ArmInput[];
  armShares?: number[];
  observed: ObservedCountsInput | ObservedRateInput;
}

/** A calibration DATA file as written (after YAML/JSON parsing). */
export interface CalibrationInput {
  $schema?: string;
  version: 1;
  name: string;
  description?: string;
  seed: number;
  patients: number;
  parameters: CalibrationParameterInput[];
  cohorts: CalibrationCohortInput[];
}

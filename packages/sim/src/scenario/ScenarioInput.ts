import type { Distribution } from '@rtsim/core';

// The types of a scenario file as written. scenarioSchema.ts checks at compile time that each is exactly the
// set of values its valibot schema accepts (`exactly<T>()`), so the two cannot drift apart; they are written
// out because isolatedDeclarations cannot publish types inferred from the schema objects.

/** A per-patient parameter as written: a number, or a distribution over patients (core's `Distribution`). */
export type ParameterInput = Distribution;

/** Per-patient parameters (models.md names and units), each optional: cohort defaults, overrides, inline subtypes. */
export interface ParametersInput {
  alpha?: ParameterInput;
  alphaBeta?: ParameterInput;
  doublingTime?: ParameterInput;
  kickoffTime?: ParameterInput;
  clonogenDensity?: ParameterInput;
  volume?: ParameterInput;
  diameter?: ParameterInput;
  hypoxicFraction?: ParameterInput;
  oer?: ParameterInput;
  repairHalfTimeHours?: ParameterInput;
  postTreatmentDoublingTime?: ParameterInput;
  detectionClonogens?: ParameterInput;
  detectionVolume?: ParameterInput;
}

/** A subtype taken from the parameter library by id, with optional overrides. */
export interface LibrarySubtypeInput {
  ref: string;
  id?: string;
  name?: string;
  weight?: number;
  override?: ParametersInput;
}

/** A subtype defined in the file itself. */
export interface InlineSubtypeInput {
  id: string;
  name?: string;
  weight?: number;
  parameters: ParametersInput;
}

/** The virtual cohort: default parameters for every subtype, and the subtype mixture. */
export interface CohortInput extends ParametersInput {
  subtypes: (LibrarySubtypeInput | InlineSubtypeInput)[];
}

/** An interruption: fractions after the `afterFraction`-th move `days` later. */
export interface GapInput {
  afterFraction: number;
  days: number;
}

/** A regular course (core's `ScheduleSpec`, first form). */
export interface RegularScheduleInput {
  fractions: number;
  dose: number;
  perWeek?: number;
  everyDays?: number;
  perDay?: number;
  intervalHours?: number;
  startWeekday?: number;
  gaps?: GapInput[];
  durationMinutes?: number;
}

/** One fraction of an explicit list. */
export interface FractionInput {
  dose: number;
  day: number;
  durationMinutes?: number;
}

/** An explicit list of fractions (core's `ScheduleSpec`, second form). */
export interface ListScheduleInput {
  list: FractionInput[];
  gaps?: GapInput[];
}

/** Cell-survival model of an arm. */
export type SurvivalInput = { model: 'lq' } | { model: 'lq-l'; transitionDose: number } | { model: 'usc'; d0: number };

/** Surgery on the day axis of the fractions. */
export interface SurgeryInput {
  day: number;
  margins: { R0: number; R1: number; R2: number };
  residualFraction?: { R0?: ParameterInput; R1?: ParameterInput; R2?: ParameterInput };
}

/** An organ at risk scored with the LKB model. */
export interface OrganAtRiskInput {
  name: string;
  dvh: { dose: number; volume: number }[];
  td50: number;
  m: number;
  n: number;
  alphaBeta: number;
}

/** One arm of the virtual trial. */
export interface ArmInput {
  id: string;
  name?: string;
  schedule: RegularScheduleInput | ListScheduleInput;
  survival?: SurvivalInput;
  reoxygenation?: 'none' | 'full';
  doseModifyingFactor?: number;
  surgery?: SurgeryInput;
  organAtRisk?: OrganAtRiskInput;
}

/** A scenario file as written (after YAML/JSON parsing), before `ref` resolution and defaults. */
export interface ScenarioInput {
  $schema?: string;
  version: 1;
  name: string;
  description?: string;
  references: string[];
  seed: number;
  patients: number;
  cohort: CohortInput;
  arms: ArmInput[];
  followUp: { years: number; firstVisitDays?: number };
}

import type { Distribution, ScheduleSpec, SurvivalModel } from '@rtsim/core';

/** Margin status after surgery. */
export type MarginStatus = 'R0' | 'R1' | 'R2';

/**
 * The per-patient parameters of one subtype, each a number or a distribution (models.md units).
 * Library values and cohort-level defaults are already merged in: nothing here is optional unless
 * the model treats "absent" as "off" or as "derived from other draws" (detectionClonogens).
 */
export interface ResolvedSubtypeParameters {
  /** α, 1/Gy. */
  readonly alpha: Distribution;
  /** α/β, Gy (β = α / (α/β) per patient). */
  readonly alphaBeta: Distribution;
  /** Effective clonogen doubling time during treatment T_d, days. */
  readonly doublingTime: Distribution;
  /** Kick-off time of accelerated repopulation T_k, days. */
  readonly kickoffTime: Distribution;
  /** Clonogen density, clonogens per cm³. */
  readonly clonogenDensity: Distribution;
  /** Tumour size: volume in cm³, or diameter in cm of a sphere (V = π d³ / 6). */
  readonly tumour: { readonly volume: Distribution } | { readonly diameter: Distribution };
  /** Hypoxic fraction h in [0, 1]; 0 turns hypoxia off. */
  readonly hypoxicFraction: Distribution;
  /** Oxygen enhancement ratio (≥ 1) of the hypoxic compartment. */
  readonly oer: Distribution;
  /** Repair half-time, hours; absent: complete repair between fractions, no Lea–Catcheside factor. */
  readonly repairHalfTimeHours?: Distribution;
  /** Doubling time of a recurrence after treatment, days; absent: the same draw as doublingTime. */
  readonly postTreatmentDoublingTime?: Distribution;
  /**
   * Clonogens that make a recurrence detectable (N_detect, ≥ 1). Absent: N_detect = clonogenDensity ×
   * detectionVolume of the same patient (the density draw the patient already has, times a detectionVolume draw).
   */
  readonly detectionClonogens?: Distribution;
  /**
   * Volume of a just-detectable recurrence, cm³ (> 0); used only when detectionClonogens is absent. The
   * library's `defaultDetectionVolume` unless the scenario sets it.
   */
  readonly detectionVolume: Distribution;
}

/** One subtype of the cohort mixture. */
export interface ResolvedSubtype {
  /** Library id (`ref`) or the scenario's own id. */
  readonly id: string;
  readonly name: string;
  /** Mixture weight, normalised so that the weights of all subtypes sum to 1. */
  readonly weight: number;
  readonly parameters: ResolvedSubtypeParameters;
}

/** Surgery on the same day axis as the fractions (day 0 = first fraction; negative = before it). */
export interface ResolvedSurgery {
  /** Day of the operation, days relative to the first fraction. */
  readonly day: number;
  /** Probability of each margin status; they sum to 1. */
  readonly margins: Readonly<Record<MarginStatus, number>>;
  /**
   * Fraction of the clonogens alive at surgery that surgery leaves behind, per margin status, drawn per
   * patient (> 0; a draw above 1 counts as 1: surgery never adds clonogens). The library's
   * `surgeryDefaults.residualFraction` (lognormal) unless the scenario sets it.
   */
  readonly residualFraction: Readonly<Record<MarginStatus, Distribution>>;
}

/** A dose–volume bin of an organ at risk: the bin's total physical dose (Gy) and its relative volume. */
export interface DoseVolumeBin {
  readonly dose: number;
  readonly volume: number;
}

/** Organ at risk scored with the LKB model on the arm's dose distribution. */
export interface ResolvedOrganAtRisk {
  readonly name: string;
  /** Dose–volume histogram for this arm, total physical dose per bin in Gy, relative volumes summing to 1. */
  readonly dvh: readonly DoseVolumeBin[];
  /** TD50 (Gy, EQD2), m (slope), n (volume effect), α/β of the organ (Gy) for the EQD2 conversion. */
  readonly td50: number;
  readonly m: number;
  readonly n: number;
  readonly alphaBeta: number;
}

/** One arm of the virtual trial. */
export interface ResolvedArm {
  readonly id: string;
  readonly name: string;
  readonly schedule: ScheduleSpec;
  readonly survival: SurvivalModel;
  /** Reoxygenation between fractions for the hypoxic compartment (models.md). */
  readonly reoxygenation: 'none' | 'full';
  /** Dose-modifying factor on the LQ terms (1 = none). */
  readonly doseModifyingFactor: number;
  readonly surgery?: ResolvedSurgery;
  readonly organAtRisk?: ResolvedOrganAtRisk;
}

/**
 * A scenario after validation, `ref` resolution against the parameter library and defaults: the only
 * input of the cohort engine. Plain JSON data, so it crosses worker boundaries unchanged.
 */
export interface ResolvedScenario {
  readonly version: 1;
  readonly name: string;
  readonly references: readonly string[];
  /** Seed of the block generators: a whole number. */
  readonly seed: number;
  /** Virtual patients, a whole number ≥ 1. */
  readonly patients: number;
  readonly subtypes: readonly ResolvedSubtype[];
  readonly arms: readonly ResolvedArm[];
  readonly followUp: {
    /** Follow-up horizon, years (local control censored there). */
    readonly years: number;
    /** Day of the first follow-up visit after the end of treatment: no failure is detected earlier. */
    readonly firstVisitDays: number;
  };
}

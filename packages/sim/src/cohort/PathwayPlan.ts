/**
 * Uniforms per patient of the block's pathway stream (docs/scenarios.md, "Diagnostic pathway"): [0] the doubling
 * time's normal score, [1–4] those of the four intervals (primary care, secondary care, sarcoma centre, treatment),
 * [5] unplanned excision when below p, [6–7] reserved for the diagnosis (drawn, not yet used). The same in every arm
 * (common random numbers): an arm with shorter intervals shortens every patient's wait.
 */
export const pathwayUniforms: number = 8;

/** Weeks of the time-to-treatment histogram: bins [7w, 7(w + 1)) days for w < 52, then 52 weeks or more. */
export const pathwayWeekBins: number = 53;

/** Centimetres of the diameter-at-treatment histogram: bins [c, c + 1) cm for c < 30, then 30 cm or more. */
export const pathwayDiameterBins: number = 31;

/**
 * Counts per arm of the pathway section: the two histograms, then unplanned excisions, those controlled, and patients
 * treated more than 42 days after diagnosis.
 */
export const pathwayStride: number = pathwayWeekBins + pathwayDiameterBins + 3;

/** One arm's diagnostic pathway, compiled. */
export interface PathwayArmPlan {
  /** [median (days), σ] of primary care, secondary care, sarcoma centre and treatment, in that order. */
  readonly intervals: Float64Array;
  /** Whether the patient reaches a reference centre before any operation (no unplanned excision). */
  readonly referenceCentre: boolean;
  /** Whether unplanned excision is drawn (`unplannedExcision: model`) rather than never. */
  readonly unplannedExcision: boolean;
}

/**
 * The diagnostic pathway of a scenario, compiled from the library's `pathwayDefaults` (docs/pathway-model.md) and
 * each arm's resolved pathway: growth over the intervals (Gompertz, from a lognormal volume doubling time) and the
 * logistic probability of an unplanned excision.
 */
export interface PathwayPlan {
  /** T_d,50 (days) and σ of ln T_d: the tumour's volume doubling time before treatment. */
  readonly doublingMedianDays: number;
  readonly doublingSigma: number;
  /** D_∞ and d_ref of the Gompertz law, cm. */
  readonly plateauDiameterCm: number;
  readonly referenceDiameterCm: number;
  /** θ and the log odds ratios of a superficial tumour and of one < 5 cm at presentation. */
  readonly unplannedInterceptLogOdds: number;
  readonly superficialLogOddsRatio: number;
  readonly under5cmLogOddsRatio: number;
  /** Per arm its pathway, undefined for an arm without one (treated at the cohort's size, as without a pathway). */
  readonly arms: readonly (PathwayArmPlan | undefined)[];
}

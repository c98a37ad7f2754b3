/**
 * Uniforms per patient of the block's pathway stream (docs/scenarios.md, "Diagnostic pathway"): [0] the doubling
 * time's normal score, [1–4] those of the four intervals (primary care, secondary care, sarcoma centre, treatment),
 * [5] unplanned excision when below p, [6] the diagnosed subtype (diagnosedSubtype), [7] the normal score of the
 * presentation doublings log₂ R (the patient interval before the first doctor visit). The same in every arm
 * (common random numbers): an arm with shorter intervals shortens every patient's wait.
 */
export const pathwayUniforms: number = 8;

/** Weeks of the time-to-treatment histogram: bins [7w, 7(w + 1)) days for w < 52, then 52 weeks or more. */
export const pathwayWeekBins: number = 53;

/** Centimetres of the diameter-at-treatment histogram: bins [c, c + 1) cm for c < 30, then 30 cm or more. */
export const pathwayDiameterBins: number = 31;

/** Weekly bins of the symptom-duration histogram: [7w, 7(w + 1)) days for w < 156 (3 years), then longer. */
export const pathwaySymptomBins: number = 157;

/**
 * Counts per arm of the pathway section: the two histograms, then unplanned excisions, those controlled, patients
 * treated more than 42 days after diagnosis, and for an arm with treatmentBySubtype the misdiagnosed patients, those
 * treated otherwise than their true subtype's treatment, those of them controlled, and those the right treatment
 * controls; then the symptom-duration histogram (first symptom → diagnosis); last, for an arm with treatmentBySubtype,
 * the patients diagnosed with a wrong grade and those with a partial discordance (a wrong subtype of the cohort or a
 * wrong grade, the diagnosis a sarcoma of the cohort).
 */
export const pathwayStride: number = pathwayWeekBins + pathwayDiameterBins + 7 + pathwaySymptomBins + 2;

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
 * An arm's treatment chosen by diagnosis (`treatmentBySubtype`), compiled: where each diagnosis sends the patient and
 * how likely each diagnosis is for a patient of a given true subtype (the row of the confusion matrix after review,
 * the same for every true subtype: errors spread evenly, docs/pathway-model.md).
 */
export interface RoutingPlan {
  /** Per diagnosed class (the cohort's subtypes in order, then `other`) the arm index whose treatment applies, −1 this arm's. */
  readonly route: Int32Array;
  /** P(diagnosis = the true subtype), P(diagnosis = one given other cohort subtype), P(diagnosis outside the cohort's subtypes). */
  readonly correct: number;
  readonly perOtherSubtype: number;
  readonly outside: number;
  /**
   * P(a wrong grade | the diagnosis is a sarcoma of the cohort) after review: (1 − ρ)·g, g the library's grade
   * discordance (gradeConfusionMatrix: to an adjacent grade), ρ the review's correction; 0 without misdiagnosis.
   */
  readonly gradeError: number;
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
  /** Median and σ of the presentation doublings log₂ R: the diameter grew by R from the first symptom to the visit. */
  readonly presentationMedianDoublings: number;
  readonly presentationSigma: number;
  /** D_∞ and d_ref of the Gompertz law, cm. */
  readonly plateauDiameterCm: number;
  readonly referenceDiameterCm: number;
  /** θ and the log odds ratios of a superficial tumour and of one < 5 cm at presentation. */
  readonly unplannedInterceptLogOdds: number;
  readonly superficialLogOddsRatio: number;
  readonly under5cmLogOddsRatio: number;
  /** Per arm its pathway, undefined for an arm without one (treated at the cohort's size, as without a pathway). */
  readonly arms: readonly (PathwayArmPlan | undefined)[];
  /** Per arm its treatment by diagnosis, undefined for an arm that treats everyone itself. */
  readonly routing: readonly (RoutingPlan | undefined)[];
}

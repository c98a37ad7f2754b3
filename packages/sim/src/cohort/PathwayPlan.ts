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

/** Where each count of an arm's pathway section sits, from the arm's first count (PartialLayout.pathwayCounts). */
export interface PathwayOffsets {
  /** Weekly histogram of the days from the first doctor visit to the first treatment (pathwayWeekBins). */
  readonly weeks: number;
  /** Centimetre histogram of the diameter at treatment (pathwayDiameterBins). */
  readonly diameter: number;
  /** Unplanned excisions, and those whose tumour the arm controlled. */
  readonly unplanned: number;
  readonly unplannedControlled: number;
  /** First treatment 42 days or more after the diagnosis. */
  readonly lateAfterDiagnosis: number;
  /** With a treatment table: a wrong subtype, treated otherwise than the true subtype and grade choose, of those controlled as treated and by the right treatment. */
  readonly misdiagnosed: number;
  readonly mistreated: number;
  readonly mistreatedControlled: number;
  readonly mistreatedControlledIfRight: number;
  /** Weekly histogram of the days from the first symptom to the diagnosis (pathwaySymptomBins). */
  readonly symptomWeeks: number;
  /** With treatmentBySubtype: a wrong grade, and a partial discordance (a wrong subtype of the cohort or grade). */
  readonly misgraded: number;
  readonly partial: number;
  /** Counts per arm. */
  readonly stride: number;
}

const afterHistograms = pathwayWeekBins + pathwayDiameterBins;

/** The offsets of the pathway section's counts (one layout, read by countPathway, armPathway and armDiagnosis). */
export const pathwayOffsets: PathwayOffsets = Object.freeze({
  weeks: 0,
  diameter: pathwayWeekBins,
  unplanned: afterHistograms,
  unplannedControlled: afterHistograms + 1,
  lateAfterDiagnosis: afterHistograms + 2,
  misdiagnosed: afterHistograms + 3,
  mistreated: afterHistograms + 4,
  mistreatedControlled: afterHistograms + 5,
  mistreatedControlledIfRight: afterHistograms + 6,
  symptomWeeks: afterHistograms + 7,
  misgraded: afterHistograms + 7 + pathwaySymptomBins,
  partial: afterHistograms + 8 + pathwaySymptomBins,
  stride: afterHistograms + 9 + pathwaySymptomBins,
});

/** Counts per arm of the pathway section (pathwayOffsets). */
export const pathwayStride: number = pathwayOffsets.stride;

/** One arm's diagnostic pathway, compiled. */
export interface PathwayArmPlan {
  /** [median (days), σ] of primary care, secondary care, sarcoma centre and treatment, in that order. */
  readonly intervals: Float64Array;
  /** Whether the patient reaches a reference centre before any operation (no unplanned excision). */
  readonly referenceCentre: boolean;
  /** Whether unplanned excision is drawn (`unplannedExcision: model`) rather than never. */
  readonly unplannedExcision: boolean;
  /** Share f of the usual patient interval that patients wait, (0, 1] (`patientInterval`; 1: usual care). */
  readonly patientInterval: number;
}

/**
 * An arm's treatment chosen by diagnosis (`treatmentBySubtype`, `treatmentByGrade`), compiled: where each diagnosis
 * sends the patient and how likely each diagnosis is for a patient of a given true subtype and grade (the rows of the
 * confusion matrices after review, the same for every true subtype: errors spread evenly, docs/pathway-model.md).
 */
export interface RoutingPlan {
  /** Per diagnosed class (the cohort's subtypes in order, then `other`) the arm index whose treatment applies, −1 this arm's. */
  readonly route: Int32Array;
  /** Per diagnosed FNCLCC grade 1–3 (index 0–2) of a patient the subtype leaves with this arm, the arm index whose treatment applies, −1 this arm's. */
  readonly gradeRoute: Int32Array;
  /** P(diagnosis = the true subtype), P(diagnosis = one given other cohort subtype), P(diagnosis outside the cohort's subtypes). */
  readonly correct: number;
  readonly perOtherSubtype: number;
  readonly outside: number;
  /**
   * Of P(outside), the share that is still a sarcoma, another subtype than the cohort's one (a one-subtype cohort
   * only: (1 − ρ)·s; 0 otherwise, where another subtype is a cohort subtype): it is graded, unlike a benign or
   * non-sarcoma diagnosis. It takes the first part of the outside interval of the diagnosis uniform.
   */
  readonly outsideSarcoma: number;
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

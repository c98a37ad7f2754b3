import type { Distribution, ScheduleSpec, SurvivalModel } from '@rtsim/core';
import type { ComplicationEndpoint } from './complicationsSchema.js';
import type { MarginClassName } from './localControlSchema.js';
import type { ResolvedUncertainty } from './ResolvedUncertainty.js';
import type { LocalControlModelInput, MetastasisModelInput } from './ScenarioInput.js';

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
  /**
   * Radiosensitivity index (SF2, Scott et al. 2017) drawn per patient from the alpha slot instead of α; the
   * resolved `alpha` is then not used (0 when no level gives one), nor `alphaBeta` when β is fixed (1 when none is
   * given). α = −ln(RSI)/2 − 2β with β = {@link ResolvedSubtypeParameters.rsiBeta};
   * without rsiBeta, β is tied to the drawn α/β: α = −ln(RSI)/(2 + 4/(α/β)), β = α/(α/β) (SF2 = RSI either way).
   */
  readonly rsi?: Distribution;
  /** β (1/Gy²) of the RSI conversion: 0.05 (Scott) unless the scenario gives α/β; absent when β comes from α/β. */
  readonly rsiBeta?: number;
  /**
   * Prevalence (probability of being positive, 0–1) of each marker the scenario names (`ResolvedScenario.markers`),
   * for this subtype: its own level, the cohort level, or the mean of the library's antigen prevalence.
   */
  readonly markers?: Readonly<Record<string, number>>;
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
  /**
   * Local-control model arms only: the share of each margin class (R0-wide, R0-close, R1-planned, R1-unplanned,
   * R2; sum 1). From graded margins, or legacy R0/R1/R2 read as R0-wide/R1-planned/R2.
   */
  readonly marginClasses?: Readonly<Record<MarginClassName, number>>;
  /** Local-control model arms only: margin-class shares of patients referred after an unplanned excision (default marginClasses). */
  readonly marginClassesAfterUnplannedExcision?: Readonly<Record<MarginClassName, number>>;
}

/**
 * Per-patient covariates of the local-control model, with defaults filled in (docs/scenarios.md, "Local control over
 * time"): age in years (a distribution), and the shares of each level (each mapping sums to 1).
 */
export interface ResolvedCovariates {
  readonly age: Distribution;
  readonly grade: Readonly<Record<'G1' | 'G2' | 'G3', number>>;
  readonly depth: Readonly<Record<'deep' | 'superficial', number>>;
  readonly site: Readonly<Record<'extremity' | 'trunk-wall' | 'retroperitoneum' | 'head-neck', number>>;
  readonly presentation: Readonly<Record<'primary' | 'recurrent', number>>;
  /** Share of patients referred after an unplanned excision (0 to 1). */
  readonly unplannedExcision: number;
}

/** A dose–volume bin of an organ at risk: the bin's total physical dose (Gy) and its relative volume. */
export interface DoseVolumeBin {
  readonly dose: number;
  readonly volume: number;
}

/**
 * A target DVH from a planning system (`arms[i].dvh`): the structure's differential DVH in each plan, total physical
 * dose per bin in Gy (the bin's midpoint) and relative volumes summing to 1. One plan for a file; a folder's plans in
 * file-name order, one drawn per patient. The data, not the path: the scenario hash follows the file's content.
 */
export interface ResolvedTargetDvh {
  readonly structure: string;
  readonly plans: readonly (readonly DoseVolumeBin[])[];
}

/** The organ doses of an arm for the `fracture` (femoral neck) and `pneumonitis` (lung) complications. */
export interface ResolvedOrgans {
  readonly lung?: readonly DoseVolumeBin[];
  readonly femoralNeck?: readonly DoseVolumeBin[];
}

/** Organ at risk scored with the LKB model on the arm's dose distribution. */
export interface ResolvedOrganAtRisk {
  readonly name: string;
  /** Dose–volume histogram for this arm, total physical dose per bin in Gy, relative volumes summing to 1 (a folder: its first plan's). */
  readonly dvh: readonly DoseVolumeBin[];
  /** A folder of plans: every plan's DVH, in file-name order; the arm's NTCP is then the mean over them. Absent: one DVH. */
  readonly plans?: readonly (readonly DoseVolumeBin[])[];
  /** TD50 (Gy, EQD2), m (slope), n (volume effect), α/β of the organ (Gy) for the EQD2 conversion. */
  readonly td50: number;
  readonly m: number;
  readonly n: number;
  readonly alphaBeta: number;
}

/** Organ at risk scored with a logistic dose response, NTCP = 1/(1 + (D₅₀/D)^{4γ₅₀}), D the EQD2 gEUD of its DVH. */
export interface ResolvedLogisticOrganAtRisk {
  readonly model: 'logistic';
  readonly name: string;
  /** Dose–volume histogram for this arm, total physical dose per bin in Gy, relative volumes summing to 1 (a folder: its first plan's). */
  readonly dvh: readonly DoseVolumeBin[];
  /** A folder of plans: every plan's DVH, in file-name order; the arm's NTCP is then the mean over them. Absent: one DVH. */
  readonly plans?: readonly (readonly DoseVolumeBin[])[];
  /** D₅₀ (Gy, EQD2 gEUD), γ₅₀ (normalised slope), n (gEUD exponent 1/n; 1 = mean dose), α/β of the organ (Gy). */
  readonly d50: number;
  readonly gamma50: number;
  readonly n: number;
  readonly alphaBeta: number;
}

/** Dose per fraction solved per patient so that GARD = n·d(α + βd) = gardTarget, then clamped to [minDose, maxDose]. */
export interface ResolvedGardPrescription {
  readonly gardTarget: number;
  /** Gy per fraction; absent: no lower clamp. */
  readonly minDose?: number;
  /** Gy per fraction; absent: no upper clamp. */
  readonly maxDose?: number;
}

/**
 * A modifier of an arm (models.md, "Systemic and immune modifiers", "Dose-modifying agent"): a dose-modifying factor
 * on the fractions it accompanies (every patient), and an extra log cell kill in the patients who respond.
 */
export interface ResolvedModifier {
  readonly type: 'systemic' | 'immunotherapy' | 'cellTherapy' | 'hyperthermia';
  /** Agent id: arms giving the same agent share each patient's response draw. */
  readonly agent: string;
  /** DMF on the accompanied fractions (1 = none). */
  readonly doseModifyingFactor: number;
  /** Accompanied fractions: days fromDay…toDay inclusive, or these 1-based fraction numbers; none given: all. */
  readonly fromDay?: number;
  readonly toDay?: number;
  readonly fractions?: readonly number[];
  /** Extra log cell kill L (natural log) in a responder; 0 = none (no response draw). */
  readonly logKill: number;
  /** Day the kill acts (extends the treatment span for the patients given the agent); absent: none of its own. */
  readonly day?: number;
  /** Response probability per subtype id (every subtype listed); with a marker, for marker-positive patients. */
  readonly responseProbability: Readonly<Record<string, number>>;
  readonly marker?: string;
  /** Response probability of marker-negative patients (0 without a marker's gate). */
  readonly markerNegativeResponseProbability: number;
  /** L(d) = logKill · min(maxFactor, (d/referenceDose)^exponent), d the arm's dose per fraction (what-if). */
  readonly doseScaling?: { readonly referenceDose: number; readonly exponent: number; readonly maxFactor?: number };
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
  readonly organAtRisk?: ResolvedOrganAtRisk | ResolvedLogisticOrganAtRisk;
  /**
   * Organ doses for the complications drawn from them (`arms[i].organs`): differential DVHs, total physical dose per
   * bin in Gy, relative volumes summing to 1 (a femoral-neck mean dose is one bin of volume 1).
   */
  readonly organs?: ResolvedOrgans;
  /**
   * The target's DVH from a planning system: each patient's surviving clonogens are summed over its bins, each bin
   * at the schedule scaled to the bin's dose (docs/models.md, "Target DVH"). Absent: the prescription, a uniform dose.
   */
  readonly dvh?: ResolvedTargetDvh;
  /**
   * GARD prescription: then `schedule` is the course at 1 Gy per fraction (a template on the calendar) and each
   * patient's dose per fraction scales it.
   */
  readonly prescription?: ResolvedGardPrescription;
  readonly modifiers?: readonly ResolvedModifier[];
  /** The local-control model of docs/local-control-model.md; absent: the classic clonogen model. */
  readonly localControl?: 'residual-disease';
  /** The metastases the arm irradiates (`target: lesions`); absent: the patient's tumour. */
  readonly lesions?: ResolvedLesions;
  /** The arm's diagnostic pathway (its own, or the scenario's `pathway`); absent: treated at the cohort's size, as without one. */
  readonly pathway?: ResolvedPathway;
  /**
   * Treatment chosen by the diagnosis, in the file's order: a patient diagnosed as `diagnosis` (a cohort subtype id, or
   * `other`) is treated as arm `arm` treats them; other diagnoses by this arm. Absent: this arm treats everyone.
   */
  readonly treatmentBySubtype?: readonly { readonly diagnosis: string; readonly arm: string }[];
  /**
   * Treatment chosen by the diagnosed FNCLCC grade, by grade: a patient diagnosed with grade `grade` (and not sent
   * elsewhere by treatmentBySubtype) is treated as arm `arm` treats them; other grades by this arm.
   */
  readonly treatmentByGrade?: readonly { readonly grade: 1 | 2 | 3; readonly arm: string }[];
}

/** A lognormal interval of the diagnostic pathway: median (days, 0: no delay) and log-scale SD. */
export interface ResolvedPathwayInterval {
  readonly median: number;
  readonly sigma: number;
}

/**
 * An arm's diagnostic pathway, resolved (docs/scenarios.md, "Diagnostic pathway"): the four intervals from the first
 * doctor visit to the first treatment (library laws where the file gives none), the referral and unplanned excision.
 */
export interface ResolvedPathway {
  readonly intervals: {
    readonly primaryCare: ResolvedPathwayInterval;
    readonly secondaryCare: ResolvedPathwayInterval;
    readonly sarcomaCentre: ResolvedPathwayInterval;
    readonly treatment: ResolvedPathwayInterval;
  };
  readonly referral: 'local' | 'reference-centre';
  readonly unplannedExcision: 'model' | 'none';
  /** Diagnostic errors of the subtype: the library's discordance rates, or none. */
  readonly misdiagnosis: 'library' | 'none';
  /** Share of patients whose diagnosis an expert reviews before treatment (0 to 1). */
  readonly review: number;
  /** Share f of the usual patient interval that patients wait, (0, 1]: 1 usual care, below 1 an earlier first visit. */
  readonly patientInterval: number;
}

/** The lesions of an arm with `target: lesions` (docs/local-control-model.md, "Engine wiring"). */
export interface ResolvedLesions {
  /** Share of patients with c lesions at index c − 1, up to the largest count with a positive share (sum 1). */
  readonly countShares: readonly number[];
  /** Diameter of each lesion in cm (> 0), drawn per lesion. */
  readonly diameter: Distribution;
}

/** A comparison the scenario asks for, by arm id: results report arm a − arm b. */
export interface ResolvedArmPair {
  readonly a: string;
  readonly b: string;
}

/**
 * A scenario after validation, `ref` resolution against the parameter library and defaults: the only
 * input of the cohort engine. Plain JSON data, so it crosses worker boundaries unchanged.
 */
/**
 * Death from other causes, resolved (docs/scenarios.md, "Background mortality"): the life table by id (a key of
 * core's `lifeTables`) and the share of women, 1 for `sex: female`, 0 for `sex: male`. The engine draws each patient's
 * sex and time of death from other causes from it (docs/models.md, "Competing events").
 */
export interface ResolvedBackground {
  readonly lifeTable: string;
  /** Probability that a patient is a woman (0 to 1); the rest are men. */
  readonly femaleShare: number;
}

/**
 * The `metastasis` section resolved: the calendar year of the cohort's metastases (the library's reference year
 * `metastasisDefaults.survivalEraReferenceYear`, 2004, when the file gives none). The engine draws subclinical
 * metastasis, its detection, seeding by a local recurrence and death from sarcoma (docs/metastasis-model.md).
 */
export interface ResolvedMetastasis {
  /** Calendar year (whole number) at which the median survival after metastasis is taken. */
  readonly era: number;
  /**
   * h_s, log odds ratio of subclinical metastasis of each subtype (in `subtypes` order) from its histology: the file's
   * `metastasis.histology` for the subtype's id, else its library subtype's value (`ref`;
   * `metastasisDefaults.histologyLogOddsRatio`), else 0. Absent when every subtype's is 0 (as for `sts`).
   */
  readonly histologyLogOddsRatio?: readonly number[];
  /** The file's overrides of `metastasisDefaults` (`metastasis.model`), as written; absent when it gives none. */
  readonly model?: MetastasisModelInput;
}

/**
 * The `progression` section resolved: the calendar year of the SBRT (2016 when the file gives none, the SBRT
 * series' era of calibration/progression-evidence.yaml). The engine draws new metastases and death from sarcoma for
 * every (lesion) arm's patients (docs/metastasis-model.md, "Metastatic patients treated with SBRT").
 */
export interface ResolvedProgression {
  /** Calendar year (whole number) at which the median survival after metastasis is taken. */
  readonly era: number;
}

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
    /** Times (years, increasing) at which results report local control; absent: 1, 2 and 5 years only. */
    readonly at?: readonly number[];
  };
  /** Covariates of the local-control model: present when some arm uses it, or the scenario has `metastasis` or `background` (which read them with any arm). */
  readonly covariates?: ResolvedCovariates;
  /** The file's overrides of the local-control model's library values, as given (absent fields: library values). */
  readonly localControlModel?: LocalControlModelInput;
  /**
   * Parameter uncertainty (docs/uncertainty.md), when the file has an `uncertainty` section. The cohort engine
   * ignores it; a two-level run substitutes drawn values and removes it before compiling each parameter set.
   */
  readonly uncertainty?: ResolvedUncertainty;
  /** Marker names, in order of first mention; each subtype has a prevalence for each. Absent: none named. */
  readonly markers?: readonly string[];
  /**
   * Edges of the GARD bands results report (increasing, > 0): bands [0, e₁), [e₁, e₂), …, [e_k, ∞). Present when
   * GARD is reported (a subtype draws rsi, an arm prescribes by GARD, or the file gives gardBands).
   */
  readonly gardBands?: readonly number[];
  /**
   * The pairs of arms the results compare, as the file gives them: `all` (every pair) or a list by arm id. Absent:
   * the first arm with each other arm (comparisonPairs); left out rather than written out so that a scenario without
   * the field keeps its hash.
   */
  readonly comparisons?: 'all' | readonly ResolvedArmPair[];
  /**
   * Death from other causes, when the file has a `background` section; left out otherwise, so that a scenario
   * without it keeps its hash. The engine draws death from other causes from it.
   */
  readonly background?: ResolvedBackground;
  /**
   * The complication endpoints scored (docs/toxicity-model.md), when the file has a `complications` section (all
   * four when it lists none), in the engine's order; left out otherwise, so that a scenario without it keeps its hash.
   */
  readonly complications?: { readonly endpoints: readonly ComplicationEndpoint[] };
  /**
   * Distant metastasis and death from sarcoma, when the file has a `metastasis` section; left out otherwise, so that
   * a scenario without it keeps its hash and its results.
   */
  readonly metastasis?: ResolvedMetastasis;
  /** Progression and death after SBRT of metastases, when the file has a `progression` section (left out otherwise). */
  readonly progression?: ResolvedProgression;
  /**
   * The parameter-library version the scenario was resolved against, when its `pin` names an older one than this
   * rtsim's `libraryRelease` (docs/reproducibility.md); results then record that library. Absent: this rtsim's.
   * Not part of the scenario hash, as the pin is not.
   */
  readonly library?: string;
}

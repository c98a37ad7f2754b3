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
  /** Radiosensitivity index (SF2 per Scott et al. 2017) drawn per patient instead of α (docs/scenarios.md). */
  rsi?: ParameterInput;
  /** Prevalence of each named marker (antigen, immune subgroup): the probability that a patient is positive. */
  markers?: Record<string, ParameterInput>;
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
  covariates?: CovariatesInput;
  subtypes: (LibrarySubtypeInput | InlineSubtypeInput)[];
}

/** Per-patient covariates of the local-control model (shares sum to 1; absent: defaults). */
export interface CovariatesInput {
  age?: ParameterInput;
  grade?: { G1?: number; G2?: number; G3?: number };
  depth?: { deep?: number; superficial?: number };
  site?: { extremity?: number; 'trunk-wall'?: number; retroperitoneum?: number; 'head-neck'?: number };
  presentation?: { primary?: number; recurrent?: number };
  unplannedExcision?: number;
}

/**
 * Overrides of the local-control model's library values (`localControlDefaults`), scenario-wide: every field
 * optional, absent = the library value (docs/scenarios.md, "Overriding the model's parameters").
 */
export interface LocalControlModelInput {
  /** θ per margin class, log odds. */
  marginLogOdds?: { 'R0-wide'?: number; 'R0-close'?: number; 'R1-planned'?: number; 'R1-unplanned'?: number };
  /** b_k per covariate level, log odds ratios. */
  covariateLogOddsRatio?: {
    gradeG2?: number;
    gradeG3?: number;
    deep?: number;
    diameter5to10cm?: number;
    diameterOver10cm?: number;
    retroperitoneumOrHeadNeck?: number;
    recurrentPresentation?: number;
    ageOver50?: number;
  };
  /** Residual clonogens n: lognormal median (clonogens) and sigma. */
  residualClonogens?: { median?: number; sigma?: number };
  /** h_bed (0–1). */
  tumourBedHypoxicFraction?: number;
  /** h₈ (0–1). */
  hypoxicFractionAt8cm?: number;
  /** Regrowth doubling time T_d of grade 2: lognormal median (days) and sigma. */
  regrowthDoublingTime?: { median?: number; sigma?: number };
  /** γ per grade step. */
  regrowthGradeLogRatio?: number;
  /** q (0–1). */
  dormantShare?: number;
  /** λ, per year. */
  reawakeningRate?: number;
}

/** Shares of the local-control model's margin classes (absent: 0; they sum to 1). */
export interface MarginClassesInput {
  'R0-wide'?: number;
  'R0-close'?: number;
  'R1-planned'?: number;
  'R1-unplanned'?: number;
  R2?: number;
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

/**
 * A regular course whose dose per fraction is solved per patient so that GARD = Σ d(α + βd) = gardTarget,
 * optionally clamped to [minDose, maxDose] Gy per fraction.
 */
export interface GardScheduleInput {
  fractions: number;
  gardTarget: number;
  minDose?: number;
  maxDose?: number;
  perWeek?: number;
  everyDays?: number;
  perDay?: number;
  intervalHours?: number;
  startWeekday?: number;
  gaps?: GapInput[];
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
  /** Legacy { R0, R1, R2 } (all three given), or the graded classes of the local-control model. */
  margins: { R0?: number; R1?: number; R2?: number; 'R0-wide'?: number; 'R0-close'?: number; 'R1-planned'?: number; 'R1-unplanned'?: number };
  residualFraction?: { R0?: ParameterInput; R1?: ParameterInput; R2?: ParameterInput };
  marginsAfterUnplannedExcision?: MarginClassesInput;
}

/**
 * A DVH from a planning-system export: `structure` of one `file`, or of every file of a `folder` (a cohort of plans,
 * one drawn per patient); paths relative to the scenario file. Exactly one of file and folder.
 */
export interface DvhReferenceInput {
  file?: string;
  folder?: string;
  structure: string;
}

/** An organ at risk scored with the LKB model. */
export interface OrganAtRiskInput {
  name: string;
  model?: 'lkb';
  /** Inline differential bins (Gy, relative volume), or a structure of a DVH file. */
  dvh: { dose: number; volume: number }[] | DvhReferenceInput;
  td50: number;
  m: number;
  n: number;
  alphaBeta: number;
}

/** An organ at risk scored with a logistic dose response on the EQD2 gEUD of its DVH. */
export interface LogisticOrganAtRiskInput {
  name: string;
  model: 'logistic';
  /** Inline differential bins (Gy, relative volume), or a structure of a DVH file. */
  dvh: { dose: number; volume: number }[] | DvhReferenceInput;
  d50: number;
  gamma50: number;
  n?: number;
  alphaBeta: number;
}

/** Which fractions a dose-modifying agent accompanies: a day window, or fraction numbers (1-based); default all. */
export interface FractionSelectionInput {
  fromDay?: number;
  toDay?: number;
  fractions?: number[];
}

/** Who responds to an agent with an extra log cell kill (models.md, "Systemic and immune modifiers"). */
export interface ResponseInput {
  responseBySubtype?: Record<string, number>;
  marker?: string;
  markerNegativeResponseProbability?: number;
  day?: number;
}

/** Systemic therapy (chemotherapy): a dose-modifying factor on the fractions it overlaps and/or a log kill. */
export interface SystemicModifierInput extends FractionSelectionInput, ResponseInput {
  type: 'systemic';
  agent: string;
  doseModifyingFactor?: number;
  logKill?: number;
  responseProbability?: number;
}

/** A checkpoint inhibitor: an extra log kill in responders, optionally rising with dose per fraction. */
export interface ImmunotherapyModifierInput extends ResponseInput {
  type: 'immunotherapy';
  agent: string;
  logKill: number;
  responseProbability: number;
  doseScaling?: { referenceDose: number; exponent: number; maxFactor?: number };
}

/** An engineered T-cell therapy (TCR-T): a log kill in responders among antigen-positive patients. */
export interface CellTherapyModifierInput extends ResponseInput {
  type: 'cellTherapy';
  agent: string;
  marker: string;
  logKill: number;
  responseProbability: number;
}

/** Regional hyperthermia: a dose-modifying factor on the fractions it accompanies. */
export interface HyperthermiaModifierInput extends FractionSelectionInput {
  type: 'hyperthermia';
  agent?: string;
  doseModifyingFactor: number;
}

/** A systemic, immune or physical modifier of an arm. */
export type ModifierInput = SystemicModifierInput | ImmunotherapyModifierInput | CellTherapyModifierInput | HyperthermiaModifierInput;

/** One arm of the virtual trial. */
export interface ArmInput {
  id: string;
  name?: string;
  schedule: RegularScheduleInput | ListScheduleInput | GardScheduleInput;
  survival?: SurvivalInput;
  reoxygenation?: 'none' | 'full';
  doseModifyingFactor?: number;
  surgery?: SurgeryInput;
  organAtRisk?: OrganAtRiskInput | LogisticOrganAtRiskInput;
  /** Organ doses for the complications drawn from them (`fracture`, `pneumonitis`; docs/toxicity-model.md). */
  organs?: OrgansInput;
  /** The target's DVH from a planning system: TCP over its dose bins (absent: the prescription, a uniform dose). */
  dvh?: DvhReferenceInput;
  localControl?: 'residual-disease';
  /** What the arm treats: absent, the patient's tumour; `lesions`, its metastases (needs `lesions`). */
  target?: 'lesions';
  lesions?: LesionsInput;
  modifiers?: ModifierInput[];
  /** The arm's own diagnostic pathway: its fields replace those of the scenario's `pathway` (docs/scenarios.md). */
  pathway?: PathwayInput;
  /**
   * Treatment chosen by the diagnosis: a patient diagnosed as subtype `key` (a cohort subtype id, or `other` for a
   * diagnosis outside the cohort's subtypes) is treated as arm `value` treats them; other diagnoses as this arm.
   */
  treatmentBySubtype?: Record<string, string>;
  /**
   * Treatment chosen by the diagnosed FNCLCC grade (keys 1, 2, 3): a patient diagnosed with that grade (and not sent
   * elsewhere by treatmentBySubtype) is treated as arm `value` treats them; other grades as this arm.
   */
  treatmentByGrade?: { '1'?: string; '2'?: string; '3'?: string };
}

/** One interval of the diagnostic pathway: its median in days (with the library's log SD), or { median, sigma }. */
export type PathwayIntervalInput = number | { median: number; sigma?: number };

/**
 * The diagnostic pathway before the first treatment (docs/scenarios.md, "Diagnostic pathway"; docs/pathway-model.md):
 * the intervals from the first doctor visit to the first treatment, where the patient is referred, and unplanned
 * excision. Every field defaults to the library (`pathwayDefaults`).
 */
export interface PathwayInput {
  intervals?: {
    primaryCare?: PathwayIntervalInput;
    secondaryCare?: PathwayIntervalInput;
    sarcomaCentre?: PathwayIntervalInput;
    treatment?: PathwayIntervalInput;
  };
  referral?: 'local' | 'reference-centre';
  unplannedExcision?: 'model' | 'none';
  /** Diagnostic errors: the library's discordance rates (default) or none. */
  misdiagnosis?: 'library' | 'none';
  /** Share of patients whose diagnosis an expert reviews before treatment (0 to 1; default 0). */
  review?: number;
  /** Share of the usual patient interval (symptom → first doctor visit) that patients wait, (0, 1]; default 1. */
  patientInterval?: number;
}

/** The metastases of an arm with `target: lesions`: count shares keyed '1' … '10' (sum 1), diameter in cm. */
export interface LesionsInput {
  count: Record<string, number>;
  diameter: ParameterInput;
}

/** An uncertain population parameter: the number at `path` is drawn from `distribution` once per parameter set. */
export interface UncertainParameterInput {
  path: string;
  label?: string;
  distribution: Exclude<Distribution, number>;
}

/**
 * A correlation between two uncertain parameters (docs/uncertainty.md, "Correlated parameters"): `between` names
 * two of `uncertainty.parameters` by path or label, `rho` is the correlation of their normal scores (Gaussian copula).
 */
export interface UncertainCorrelationInput {
  between: string[];
  rho: number;
}

/** Parameter uncertainty (docs/uncertainty.md): K parameter sets, the uncertain parameters, and their correlations. */
export interface UncertaintyInput {
  draws?: number;
  parameters: UncertainParameterInput[];
  correlations?: UncertainCorrelationInput[];
}

/** One comparison of two arms, by arm id: the results report a − b (docs/scenarios.md, "Comparisons"). */
export interface ArmPairInput {
  a: string;
  b: string;
}

/** The model and parameter-library versions a scenario was written for (docs/reproducibility.md). */
export interface PinInput {
  model: number;
  library: string;
}

/**
 * Death from other causes (docs/scenarios.md, "Background mortality"): a life table by id and the patients' sex,
 * one sex for all or the share of women.
 */
export interface BackgroundInput {
  lifeTable: string;
  sex: 'female' | 'male' | { female: number };
}

/** The `complications` section: which endpoints of docs/toxicity-model.md to score (absent: the four surgical ones). */
export interface ComplicationsInput {
  endpoints?: ('wound' | 'fibrosis' | 'oedema' | 'stiffness' | 'fracture' | 'pneumonitis')[];
}

/**
 * The femoral neck's dose for the `fracture` complication (`arms[i].organs.femoralNeck`): its differential DVH (total
 * physical dose per bin in Gy, relative volume; inline bins or a structure of a DVH file), or its mean physical dose
 * in Gy. Exactly one of the two.
 */
export interface FemoralNeckDoseInput {
  dvh?: { dose: number; volume: number }[] | DvhReferenceInput;
  meanDose?: number;
}

/** The lung's differential DVH for the `pneumonitis` complication (`arms[i].organs.lung`): inline bins or a file's structure. */
export interface LungDoseInput {
  dvh: { dose: number; volume: number }[] | DvhReferenceInput;
}

/** The organ doses of an arm for the `fracture` (femoral neck) and `pneumonitis` (lung) complications. */
export interface OrgansInput {
  lung?: LungDoseInput;
  femoralNeck?: FemoralNeckDoseInput;
}

/** The `metastasis` section of a scenario: distant metastasis and death from sarcoma (docs/metastasis-model.md). */
export interface MetastasisInput {
  /** Calendar year of the cohort's metastases, which sets the median survival after metastasis (default 2004). */
  era?: number;
  /**
   * Log odds ratio of subclinical metastasis per subtype id of the cohort, replacing that subtype's histology effect
   * (a library subtype's `metastasisDefaults.histologyLogOddsRatio`, else 0).
   */
  histology?: Record<string, number>;
  /** Overrides of the model's library values (`metastasisDefaults`); absent fields keep them. */
  model?: MetastasisModelInput;
}

/** The `model` field of `metastasis`: overrides of `metastasisDefaults` (docs/scenarios.md). */
export interface MetastasisModelInput {
  /** θ, log odds of subclinical metastasis for the reference patient. */
  interceptLogOdds?: number;
  /** c_k per covariate level, log odds ratios. */
  covariateLogOddsRatio?: { gradeG2?: number; gradeG3?: number; diameter5to10cm?: number; diameterOver10cm?: number; deep?: number; recurrentPresentation?: number };
  /** Detection time T_D: lognormal median (days) and sigma. */
  detectionTime?: { median?: number; sigma?: number };
  /** Survival after metastasis T_S at the reference era: lognormal median (days) and sigma. */
  survivalAfterMetastasis?: { median?: number; sigma?: number };
  /** β, ln of the median survival after metastasis per calendar year. */
  survivalEraLogPerYear?: number;
  /** s, probability (0–1) that a local recurrence seeds a metastasis. */
  recurrenceSeeding?: number;
}

/**
 * The `progression` section of a scenario: new metastases elsewhere and death of metastatic patients after SBRT of
 * their lesions (every arm `target: lesions`; docs/metastasis-model.md, "Metastatic patients treated with SBRT").
 */
export interface ProgressionInput {
  /** Calendar year of the SBRT, which sets the median survival after metastasis (default 2016). */
  era?: number;
}

/** A scenario file as written (after YAML/JSON parsing), before `ref` resolution and defaults. */
export interface ScenarioInput {
  $schema?: string;
  version: 1;
  pin?: PinInput;
  name: string;
  description?: string;
  references: string[];
  seed: number;
  patients: number;
  cohort: CohortInput;
  arms: ArmInput[];
  followUp: { years: number; firstVisitDays?: number; at?: number[] };
  localControlModel?: LocalControlModelInput;
  gardBands?: number[];
  uncertainty?: UncertaintyInput;
  comparisons?: 'all' | ArmPairInput[];
  background?: BackgroundInput;
  complications?: ComplicationsInput;
  metastasis?: MetastasisInput;
  progression?: ProgressionInput;
  pathway?: PathwayInput;
}

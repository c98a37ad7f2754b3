import type { LibraryRelease } from '@rtsim/core';
import type { ComplicationEndpoint } from '../scenario/complicationsSchema.js';
import type { ResolvedPathway } from '../scenario/ResolvedScenario.js';
import type { Interval } from '../stats/Interval.js';
import type { HazardRatioNotEstimable } from '../stats/coxHazardRatio.js';
import type { ComplicationTiming } from './ComplicationsPlan.js';
import type { UncertaintyResults } from './UncertaintyResults.js';
import type { LocalControlModelInput, MetastasisModelInput } from '../scenario/ScenarioInput.js';

/** Kaplan–Meier local control at fixed times; null where the time lies beyond the follow-up horizon. */
export interface LocalControlAt {
  readonly year1: number | null;
  readonly year2: number | null;
  readonly year5: number | null;
}

/**
 * Outcome of one group of patients (a whole arm, or one subtype within it). A subtype can draw no patient (a small
 * weight, a small cohort): its meanTcp, controlRate, local control at every time and localControlCurve are then NaN
 * or null (null in JSON; controlCi95 is [0, 1], Wilson's interval of no observation), and meanTcpSe is NaN for fewer
 * than 2 patients.
 */
export interface GroupOutcome {
  readonly patients: number;
  /** Mean tumour control probability over the group's patients (NaN without patients). */
  readonly meanTcp: number;
  /** Standard error of meanTcp (sample SD / √n; NaN for fewer than 2 patients). */
  readonly meanTcpSe: number;
  /** Patients whose control draw succeeded (U < TCP). */
  readonly controlled: number;
  /** controlled / patients (NaN without patients). */
  readonly controlRate: number;
  /** Wilson 95% interval of controlRate. */
  readonly controlCi95: Interval;
  readonly localControl: LocalControlAt;
  /** Histogram of per-patient TCP: `counts[i]` patients with TCP in [i·w, (i+1)·w), the last bin closed. */
  readonly tcpHistogram: { readonly binWidth: number; readonly counts: readonly number[] };
  /** Kaplan–Meier local control at the end of each time bin (bin width `TrialResults.followUp.binDays`). */
  readonly localControlCurve: readonly number[];
  /** Local control and its complement 1 − LC (local recurrence, death ignored) at each `followUp.at` time, when the scenario gives them. */
  readonly localControlAtTimes?: readonly LocalControlAtTime[];
}

/**
 * Kaplan–Meier local control at a chosen time, and 1 − LC, the probability of a local recurrence by then if no patient
 * died. Every patient is followed to the horizon for recurrence: death from other causes is ignored here even with
 * `background`, so 1 − LC is not the cumulative incidence of local recurrence with death competing, which
 * `competingEvents` reports (lower when patients die).
 */
export interface LocalControlAtTime {
  readonly years: number;
  readonly localControl: number | null;
  readonly localRecurrence: number | null;
  /**
   * Wilson 95% interval of localControl (null beyond follow-up): every patient is followed to the horizon, so the
   * Kaplan–Meier estimate is the proportion of the group free of local recurrence at that time.
   */
  readonly localControlCi95: Interval | null;
}

/**
 * Competing-event endpoints at one follow-up time (docs/models.md, "Competing events"); every value null beyond the
 * horizon. Probabilities in [0, 1]; the three incidences sum to 1: localRecurrenceIncidence +
 * otherCauseDeathIncidence + localRecurrenceFreeSurvival = 1.
 */
export interface CompetingEventsAtTime {
  readonly years: number;
  /** Kaplan–Meier local control with death from other causes censored (as many series report it). */
  readonly localControl: number | null;
  /** Greenwood 95% interval of localControl on the log–log scale. */
  readonly localControlCi95: Interval | null;
  /** Cumulative incidence of local recurrence as the first event, death from other causes a competing risk. */
  readonly localRecurrenceIncidence: number | null;
  /** Wilson 95% interval (the incidence is a proportion of the group: nobody is censored before the horizon). */
  readonly localRecurrenceIncidenceCi95: Interval | null;
  /** Cumulative incidence of death from other causes before any local recurrence. */
  readonly otherCauseDeathIncidence: number | null;
  readonly otherCauseDeathIncidenceCi95: Interval | null;
  /** Local-recurrence-free survival: alive without local recurrence (recurrence or death is the event). */
  readonly localRecurrenceFreeSurvival: number | null;
  readonly localRecurrenceFreeSurvivalCi95: Interval | null;
}

/** The competing-event endpoints at the end of each time bin (bin width `TrialResults.followUp.binDays`). */
export interface CompetingEventsCurves {
  readonly localControl: readonly number[];
  readonly localRecurrenceIncidence: readonly number[];
  readonly otherCauseDeathIncidence: readonly number[];
  readonly localRecurrenceFreeSurvival: readonly number[];
}

/**
 * Metastasis and death endpoints at one follow-up time (docs/metastasis-model.md, "Engine wiring"); every value null
 * beyond the horizon. Probabilities in [0, 1]; overallSurvival ≤ diseaseSpecificSurvival.
 */
export interface MetastasisAtTime {
  readonly years: number;
  /**
   * Distant-metastasis-free survival, Kaplan–Meier with death from other causes censored, its Greenwood log–log 95%
   * interval and its Greenwood standard error (the Monte Carlo SE two-level runs use; not binomial, for the censoring).
   */
  readonly distantMetastasisFreeSurvival: number | null;
  readonly distantMetastasisFreeSurvivalCi95: Interval | null;
  readonly distantMetastasisFreeSurvivalSe: number | null;
  /** Cumulative incidence of metastasis, death from other causes a competing risk, with its Wilson 95% interval. */
  readonly metastasisIncidence: number | null;
  readonly metastasisIncidenceCi95: Interval | null;
  /**
   * Disease-specific survival, Kaplan–Meier of death from sarcoma with death from other causes censored, its
   * Greenwood log–log 95% interval and its Greenwood standard error.
   */
  readonly diseaseSpecificSurvival: number | null;
  readonly diseaseSpecificSurvivalCi95: Interval | null;
  readonly diseaseSpecificSurvivalSe: number | null;
  /** Cumulative incidence of death from sarcoma, death from other causes a competing risk, with its Wilson 95% interval. */
  readonly sarcomaDeathIncidence: number | null;
  readonly sarcomaDeathIncidenceCi95: Interval | null;
  /** Overall survival (death from any cause; nobody censored before the horizon), with its Wilson 95% interval. */
  readonly overallSurvival: number | null;
  readonly overallSurvivalCi95: Interval | null;
}

/** The metastasis and death endpoints at the end of each time bin. */
export interface MetastasisCurves {
  readonly distantMetastasisFreeSurvival: readonly number[];
  readonly metastasisIncidence: readonly number[];
  readonly diseaseSpecificSurvival: readonly number[];
  readonly overallSurvival: readonly number[];
}

/** Distant metastasis and death of an event group, for a scenario with `metastasis`. */
export interface MetastasisEndpoints {
  /** Patients whose metastasis is detected within follow-up before any death. */
  readonly metastasesFirst: number;
  /** Patients dead of sarcoma within follow-up, and dead of other causes (before or after a metastasis). */
  readonly sarcomaDeaths: number;
  readonly otherCauseDeaths: number;
  /** The endpoints at each `followUp.at` time, when the scenario gives them. */
  readonly atTimes?: readonly MetastasisAtTime[];
  /** The endpoints per time bin (the whole arm only). */
  readonly curves?: MetastasisCurves;
}

/**
 * Local recurrence and death on one time axis from the first treatment event, for a scenario with `background` or
 * `metastasis` (docs/models.md, "Competing events"). Without `metastasis` nobody dies of sarcoma, so death is from
 * other causes and overall survival is not reported (it would overstate survival); with `metastasis` the death that
 * competes with local recurrence is from any cause (the `otherCause…` fields then count sarcoma deaths too), and
 * `metastasis` holds DMFS, metastasis incidence, disease-specific and overall survival.
 */
export interface CompetingEventsOutcome {
  readonly patients: number;
  /** Patients whose first event within follow-up is a local recurrence, or death from other causes. */
  readonly localRecurrencesFirst: number;
  readonly otherCauseDeathsFirst: number;
  /** Patients who died of other causes within follow-up after a local recurrence. */
  readonly otherCauseDeathsAfterLocalRecurrence: number;
  /** The endpoints at each `followUp.at` time, when the scenario gives them. */
  readonly atTimes?: readonly CompetingEventsAtTime[];
  /** The endpoints per time bin (the whole arm only). */
  readonly curves?: CompetingEventsCurves;
  /** Distant metastasis and death, when the scenario has `metastasis`. */
  readonly metastasis?: MetastasisEndpoints;
}

/** Outcome of an arm's patients in one stratum of the local-control model (a grade, margin class, size band or site). */
export interface StratumOutcome {
  /**
   * `grade` (FNCLCC G1–G3), `margin` (R0-wide, R0-close, R1-planned, R1-unplanned, R2; none: no surgery), `size`
   * (tumour diameter under-5cm, 5-10cm, over-10cm) or `site` (extremity, trunk-wall, retroperitoneum, head-neck).
   */
  readonly by: 'grade' | 'margin' | 'size' | 'site';
  readonly stratum: string;
  readonly patients: number;
  readonly controlled: number;
  readonly controlRate: number;
  readonly controlCi95: Interval;
  readonly localControl: LocalControlAt;
  /** Kaplan–Meier local control at the end of each time bin (bin width `TrialResults.followUp.binDays`). */
  readonly localControlCurve: readonly number[];
  readonly localControlAtTimes?: readonly LocalControlAtTime[];
  /** Local recurrence and death from other causes, when the scenario has `background`. */
  readonly competingEvents?: CompetingEventsOutcome;
}

/**
 * Per-lesion outcome of an arm with `target: lesions`: every lesion of every patient counts once (Kaplan–Meier over
 * lesions, censored at the horizon). The arm's own fields are per patient (controlled when every lesion is).
 */
export interface ArmLesions {
  /** Lesions treated, and their mean number per patient. */
  readonly lesions: number;
  readonly meanPerPatient: number;
  /** Lesions controlled (U < TCP of the lesion), and their share. */
  readonly controlled: number;
  readonly controlRate: number;
  /** Wilson 95% interval of controlRate, treating lesions as independent (lesions of one patient are correlated through its biology, so it is too narrow). */
  readonly controlCi95: Interval;
  readonly localControl: LocalControlAt;
  /** Kaplan–Meier per-lesion local control at the end of each time bin. */
  readonly localControlCurve: readonly number[];
  /** Per-lesion local control and its complement 1 − LC at each `followUp.at` time. */
  readonly localControlAtTimes?: readonly LocalControlAtTime[];
}

/** Normal-tissue outcome of an arm (LKB, or logistic on EQD2), constant across patients. */
export interface ArmToxicity {
  readonly organ: string;
  /** Present for the logistic model only (absent: LKB). */
  readonly model?: 'logistic';
  readonly ntcp: number;
  /** Mean TCP · (1 − NTCP): uncomplicated control, independence assumed. */
  readonly uncomplicatedControl: number;
}

/** Control among an arm's patients whose GARD lies in [from, to). */
export interface GardBandOutcome {
  readonly from: number;
  /** Upper edge; null for the open last band (∞). */
  readonly to: number | null;
  readonly patients: number;
  readonly controlled: number;
  /** controlled / patients (NaN, null in JSON, for a band without patients). */
  readonly controlRate: number;
  readonly controlCi95: Interval;
}

/** GARD of an arm's patients (Σ dᵢ(α + βdᵢ), physical doses; Scott et al. 2017) and control by GARD band. */
export interface ArmGard {
  readonly mean: number;
  readonly bands: readonly GardBandOutcome[];
}

/** Outcome of an arm's patients with one status of one marker. */
export interface MarkerOutcome {
  readonly marker: string;
  readonly status: 'positive' | 'negative';
  readonly patients: number;
  /** Mean TCP and control rate of the patients with this status (NaN, null in JSON, when none has it). */
  readonly meanTcp: number;
  readonly controlled: number;
  readonly controlRate: number;
  readonly controlCi95: Interval;
}

/** Total physical dose (Gy) the arm's patients received: one value for a fixed course, spread for a GARD prescription. */
export interface PrescribedDose {
  readonly mean: number;
  /** Sample SD over patients (0 for a fixed course). */
  readonly sd: number;
  readonly min: number;
  readonly max: number;
  /** Patients whose solved dose per fraction was raised to minDose, or lowered to maxDose. */
  readonly clamped: { readonly atMinDose: number; readonly atMaxDose: number };
}

/** How often one complication endpoint (or complication-free local control) happened in an arm's patients. */
export interface ComplicationRate {
  /** The scenario's endpoint id (`wound`, `fibrosis`, `oedema`, `stiffness`), or `complicationFreeControl`. */
  readonly endpoint: ComplicationEndpoint | 'complicationFreeControl';
  readonly patients: number;
  readonly events: number;
  /** events / patients, with its Wilson 95% interval. */
  readonly rate: number;
  readonly rateCi95: Interval;
}

/**
 * The complications of an arm with an operation before or after all its fractions (or without radiotherapy), when the scenario has
 * `complications` (docs/toxicity-model.md): the model's inputs and each endpoint's crude rate (the wound complication
 * within 120 days of surgery, late effects at 2 years), then complication-free local control (controlled to the
 * horizon with none of the scored endpoints).
 */
export interface ArmComplications {
  /**
   * The operation before (postoperative RT) or after (preoperative RT) the course; `surgery-alone` when the course
   * delivers no dose; `none` without an operation (organ endpoints only).
   */
  readonly timing: ComplicationTiming;
  /** EQD2 of the schedule at α/β 10 Gy (the wound model's, preoperative arms) and at α/β 3 Gy (late effects), Gy. */
  readonly eqd2WoundGy: number;
  readonly eqd2LateGy: number;
  /** Mean lung EQD2 at the library's pneumonitis α/β (3 Gy), Gy: the pneumonitis model's dose, when scored. */
  readonly meanLungEqd2Gy?: number;
  /** Mean EQD2 of the femoral neck at the late α/β (3 Gy), Gy: the fracture model's dose (the physical dose at 2 Gy per fraction), when scored. */
  readonly meanFemoralNeckEqd2Gy?: number;
  readonly endpoints: readonly ComplicationRate[];
  readonly complicationFreeControl: ComplicationRate;
  /**
   * The same rates by size band of the tumour at the arm's treatment and, with the local-control model, by FNCLCC
   * grade and site (complicationStrata); strata without patients left out.
   */
  readonly byStratum: readonly ComplicationStratum[];
}

/** An arm's complication rates in one stratum of its patients (ArmComplications.byStratum). */
export interface ComplicationStratum {
  /** `size` (under-5cm, 5-10cm, over-10cm), `grade` (G1–G3) or `site` (extremity, trunk-wall, retroperitoneum, head-neck). */
  readonly by: 'size' | 'grade' | 'site';
  readonly stratum: string;
  readonly patients: number;
  readonly endpoints: readonly ComplicationRate[];
  readonly complicationFreeControl: ComplicationRate;
}

/** Arm a against arm b on one complication endpoint or on complication-free control, on the same patients. */
export interface ComplicationComparison {
  readonly endpoint: ComplicationEndpoint | 'complicationFreeControl';
  /** Patients with the event in a only, and in b only. */
  readonly discordant: { readonly aOnly: number; readonly bOnly: number };
  /** rate_a − rate_b = (aOnly − bOnly)/n, with its paired Wald 95% interval. */
  readonly rateDifference: number;
  readonly rateDifferenceCi95: Interval;
  readonly mcnemarP: number;
  /** Patients per arm a real two-arm trial needs to detect the difference (two-sided α = 0.05, power 0.8); null when equal. */
  readonly trialPatientsPerArm: number | null;
}

/**
 * The patients per one more event (or one fewer) and its 95% interval, from a paired rate difference (numberNeeded).
 * Sign convention: Δ = rate_a − rate_b of the event (control for numberNeededToTreat, the complication for
 * numberNeededToHarm), so a positive value means arm a has the event more often, whether that is good or bad. The
 * terminal, the report and the viewer print |1/Δ| as NNTB (arm a benefits) or NNTH (it harms) instead of a sign
 * (formatNumberNeeded; Altman, BMJ 1998;317:1309); these values are unchanged.
 */
export interface NumberNeeded {
  /** 1/Δ: patients treated with arm a rather than b per one more event in a (negative: per one more in b); null when Δ = 0. */
  readonly patients: number | null;
  /** [1/upper, 1/lower] of Δ's interval; null when that interval reaches 0 (it would cover infinity). */
  readonly patientsCi95: Interval | null;
}

/** One complication endpoint as the cost of arm a's control against arm b's (TherapeuticRatio). */
export interface TherapeuticRatioHarm {
  readonly endpoint: ComplicationEndpoint;
  /** Number needed to harm: patients treated with a rather than b per one more patient with this complication. */
  readonly numberNeededToHarm: NumberNeeded;
  /** ΔLC/Δ of this endpoint: tumours controlled more in a per complication more in a; null when Δ = 0. */
  readonly controlGainPerComplication: number | null;
}

/**
 * The therapeutic ratio of arm a against arm b on the same patients (docs/models.md, "Therapeutic ratio"): the gain in
 * local control, the number needed to treat, and per scored complication the number needed to harm and the control
 * gained per complication; and the difference in complication-free (uncomplicated) local control, which weighs both.
 */
export interface TherapeuticRatio {
  /** LC_a − LC_b (controlled to the horizon), paired, with its paired Wald 95% interval. */
  readonly localControlDifference: number;
  readonly localControlDifferenceCi95: Interval;
  readonly numberNeededToTreat: NumberNeeded;
  readonly harms: readonly TherapeuticRatioHarm[];
  /** P+_a − P+_b, P+ the share controlled with none of the scored complications, with its paired 95% interval. */
  readonly complicationFreeControlDifference: number;
  readonly complicationFreeControlDifferenceCi95: Interval;
  /** Patients treated with a rather than b per one more patient controlled without complication. */
  readonly numberNeededToTreatComplicationFree: NumberNeeded;
}

/** The model of local control of an arm: the residual-disease model, or the classic clonogen model. */
export type ControlModel = 'residual-disease' | 'clonogen';

/** Results of one arm. */
export interface ArmResult extends GroupOutcome {
  readonly id: string;
  readonly name: string;
  /**
   * Fractions, total physical dose (Gy) and overall radiotherapy time (days) of the schedule. For an arm prescribed
   * by GARD target, totalDose is the mean over patients (see prescribedDose).
   */
  readonly fractions: number;
  readonly totalDose: number;
  readonly overallTime: number;
  /**
   * The model of local control that produced the arm's numbers: `residual-disease` for an arm with `localControl:
   * residual-disease` (docs/local-control-model.md), `clonogen` for the classic clonogen model (docs/models.md).
   * Arms of one scenario may differ, and the two models can rank the same schedules differently.
   */
  readonly controlModel: ControlModel;
  readonly toxicity?: ArmToxicity;
  readonly bySubtype: readonly (GroupOutcome & { readonly subtype: string })[];
  /** GARD, when reported (a subtype draws RSI, an arm prescribes by GARD, or the scenario gives gardBands). */
  readonly gard?: ArmGard;
  /** Outcome by status of each marker the scenario names (positive, then negative, per marker). */
  readonly byMarker?: readonly MarkerOutcome[];
  /** Total physical dose per patient, when some arm of the scenario prescribes by GARD target. */
  readonly prescribedDose?: PrescribedDose;
  /** Outcome by grade, margin class, size band and site, when some arm uses the local-control model (strata without patients left out). */
  readonly byStratum?: readonly StratumOutcome[];
  /** Per-lesion outcome, for an arm with `target: lesions`. */
  readonly lesions?: ArmLesions;
  /**
   * Local recurrence and death from other causes, when the scenario has `background`. The arm's other fields ignore
   * death (every patient followed to the horizon for recurrence); these endpoints count it.
   */
  readonly competingEvents?: CompetingEventsOutcome;
  /** Complications, when the scenario has `complications` and the arm has an operation before or after its radiotherapy. */
  readonly complications?: ArmComplications;
  /** Progression-free and overall survival after SBRT of metastases, when the scenario has `progression`. */
  readonly progression?: ArmProgression;
  /** The diagnostic pathway, for an arm with one (docs/scenarios.md, "The diagnostic pathway"). */
  readonly pathway?: ArmPathway;
  /** Treatment chosen by diagnosis, for an arm with `treatmentBySubtype` or `treatmentByGrade`. */
  readonly diagnosis?: ArmDiagnosis;
}

/**
 * What the diagnosis did in an arm with `treatmentBySubtype` or `treatmentByGrade` (docs/scenarios.md, "The diagnostic
 * pathway"): its tables, the misdiagnosis and review it had, the patients whose subtype was misdiagnosed and those
 * treated otherwise than their true subtype and grade choose (a misdiagnosis that changes nothing is not one of them),
 * each with its Wilson 95% interval, and the crude local control of the latter as treated and under the right
 * treatment (the same patients: the cost of the misdiagnosis).
 */
export interface ArmDiagnosis {
  /** The subtype table, in the file's order (empty for an arm that chooses by grade only). */
  readonly treatmentBySubtype: readonly { readonly diagnosis: string; readonly arm: string }[];
  /** The grade table, by grade (absent for an arm without one). */
  readonly treatmentByGrade?: readonly { readonly grade: 1 | 2 | 3; readonly arm: string }[];
  readonly misdiagnosis: 'library' | 'none';
  readonly review: number;
  readonly patients: number;
  readonly misdiagnosed: number;
  readonly misdiagnosedRate: number;
  readonly misdiagnosedRateCi95: Interval;
  readonly mistreated: number;
  readonly mistreatedRate: number;
  readonly mistreatedRateCi95: Interval;
  /** Of the mistreated, the share controlled to the horizon as treated, and under the treatment their true subtype and grade choose (NaN: none). */
  readonly mistreatedControlled: number;
  readonly mistreatedControlledIfRight: number;
  /**
   * Patients diagnosed with a wrong grade (an adjacent one; gradeConfusionMatrix), and with a partial discordance (a
   * sarcoma of the cohort, but another subtype or grade: G1's definitions), each with its Wilson 95% interval. The
   * grade chooses the treatment of an arm with `treatmentByGrade`.
   */
  readonly misgraded: number;
  readonly misgradedRate: number;
  readonly misgradedRateCi95: Interval;
  readonly partialDiscordance: number;
  readonly partialDiscordanceRate: number;
  readonly partialDiscordanceRateCi95: Interval;
}

/**
 * What an arm's diagnostic pathway did to its patients (docs/scenarios.md, "Diagnostic pathway"): its resolved
 * intervals, referral and unplanned-excision setting; the days from the first doctor visit to the first treatment
 * and the tumour's diameter there (medians interpolated within weekly and 1-cm bins: within half a bin of the
 * patients' median; the lower edge of the last, open bin when the median falls there); unplanned excisions.
 */
export interface ArmPathway {
  readonly intervals: ResolvedPathway['intervals'];
  readonly referral: ResolvedPathway['referral'];
  readonly unplannedExcision: ResolvedPathway['unplannedExcision'];
  /** The share of the usual patient interval that patients wait (`patientInterval`), when below 1 (an earlier first visit). */
  readonly patientInterval?: number;
  /** Days from the first doctor visit to the first treatment. */
  readonly daysToTreatment: {
    readonly median: number;
    /** Share of patients first treated 42 days (6 weeks) or more after the first doctor visit, with its Wilson 95% interval. */
    readonly over42Days: number;
    readonly over42DaysCi95: Interval;
  };
  /**
   * Share of patients first treated 42 days or more after the diagnosis (the time to treatment initiation of
   * outcome-evidence G8–G10, beyond which overall survival worsens), with its Wilson 95% interval.
   */
  readonly diagnosisToTreatmentOver42Days: number;
  readonly diagnosisToTreatmentOver42DaysCi95: Interval;
  readonly diameterAtTreatmentCm: {
    readonly median: number;
  };
  /**
   * Days from the first symptom to the diagnosis (the patient interval, presentation by symptoms, and the three
   * diagnostic intervals): the median, interpolated within weekly bins.
   */
  readonly symptomToDiagnosisDays: {
    readonly median: number;
    /** Patients per week [7w, 7(w + 1)) days, w = 0…155, then 3 years (1092 days) or longer. */
    readonly weeklyCounts: readonly number[];
  };
  readonly unplannedExcisions: {
    readonly patients: number;
    readonly events: number;
    readonly rate: number;
    readonly rateCi95: Interval;
    /** Share of the patients with an unplanned excision whose tumour the arm controlled to the horizon (NaN: none). */
    readonly controlled: number;
  };
}

/** Paired comparison of two arms on the same virtual patients. */
export interface PairOutcome {
  /**
   * Mean over patients of TCP_a − TCP_b, with its paired 95% interval (NaN, null in JSON, for a group without patients,
   * such as a subtype no patient drew; the interval NaN for fewer than 2 patients).
   */
  readonly meanTcpDifference: number;
  readonly meanTcpDifferenceCi95: Interval;
  /** Patients controlled in a only, and in b only. */
  readonly discordant: { readonly aOnly: number; readonly bOnly: number };
  readonly mcnemarP: number;
  /**
   * Log-rank test of the local failure times (grouped in follow-up bins), treating the arms as independent samples;
   * NaN (null in JSON) when no arm fails while the other is at risk (no test).
   */
  readonly logRankP: number;
  /**
   * Patients per arm a real two-arm trial would need to detect the simulated difference in control rate
   * (two-sided α = 0.05, power 0.8); null when the rates are equal.
   */
  readonly trialPatientsPerArm: number | null;
}

/** Progression-free and overall survival at one follow-up time (null beyond the horizon). */
export interface ProgressionAtTime {
  readonly years: number;
  /** PFS: alive without local failure of a treated lesion or new metastasis (0–1), Wilson 95% interval. */
  readonly progressionFreeSurvival: number | null;
  readonly progressionFreeSurvivalCi95: Interval | null;
  /** OS: alive (0–1), Wilson 95% interval. */
  readonly overallSurvival: number | null;
  readonly overallSurvivalCi95: Interval | null;
}

/**
 * Progression and survival after SBRT of metastases of a group of patients, an arm or one of its strata
 * (docs/metastasis-model.md, "Metastatic patients treated with SBRT"): nobody is censored before the horizon, so
 * each survival is the share of patients without the event.
 */
export interface ProgressionSurvival {
  /** Patients with progression (local failure, new metastasis or death, whichever first) and deaths within the horizon. */
  readonly progressions: number;
  readonly deaths: number;
  /** At each `followUp.at` time (absent without `at`). */
  readonly atTimes?: readonly ProgressionAtTime[];
  /** Per follow-up bin (weeks): PFS and OS at the bin's end. */
  readonly curves: { readonly progressionFreeSurvival: readonly number[]; readonly overallSurvival: readonly number[] };
}

/** PFS and OS of the patients of one stratum of an arm: the patient's grade (G1–G3), or the number of lesions the arm treats ("1" to "10"). */
export interface ProgressionStratum extends ProgressionSurvival {
  readonly by: 'grade' | 'lesions';
  readonly stratum: string;
  readonly patients: number;
}

/** An arm's PFS and OS after SBRT, and the same per stratum (strata without patients left out; each dimension partitions the arm). */
export interface ArmProgression extends ProgressionSurvival {
  readonly byStratum: readonly ProgressionStratum[];
}

/** Arm a against arm b on progression-free and overall survival after SBRT (progressionComparison). */
export interface ProgressionComparison {
  /** τ of the restricted means: the last `followUp.at` time within the horizon, else the horizon (years). */
  readonly restrictedMeanYears: number;
  readonly progressionFreeSurvival: SurvivalComparison;
  readonly overallSurvival: SurvivalComparison;
}

/** One endpoint of two arms compared (competingEventsComparison); NaN (null in JSON) where not estimable. */
export interface SurvivalComparison {
  /** Two-sided log-rank p (grouped in follow-up bins; the arms as independent samples); NaN when no test is possible. */
  readonly logRankP: number;
  /**
   * Cox's maximum partial-likelihood hazard ratio of arm a to arm b (< 1: fewer events in a; Efron's ties, coxHazardRatio),
   * with its Wald 95% interval; NaN (null in JSON) when not estimable.
   */
  readonly hazardRatio: number;
  readonly hazardRatioCi95: Interval;
  /**
   * Only when the hazard ratio is not estimable, why: `no-events` (no event while both arms are at risk),
   * `no-events-in-a` or `no-events-in-b` (the estimate would be 0 or ∞, without an interval), `not-converged`.
   */
  readonly hazardRatioNotEstimable?: HazardRatioNotEstimable;
  /**
   * Restricted mean time free of the event up to `restrictedMeanYears`, arm a − arm b (days), with its 95% interval
   * for independent arms: conservative for these paired arms (their covariance is not accumulated).
   */
  readonly restrictedMeanDifferenceDays: number;
  readonly restrictedMeanDifferenceCi95Days: Interval;
  /**
   * Events, and patients per arm, a real 1:1 two-arm trial following everyone to τ (`restrictedMeanYears`) needs to
   * detect this hazard ratio (log-rank, two-sided α = 0.05, power 0.8; Schoenfeld); null when the hazard ratio is 1 or
   * not estimable.
   */
  readonly trialEvents: number | null;
  readonly trialPatientsPerArm: number | null;
  /** The same trial analysed at each `followUp.at` time instead of τ (same hazard ratio; the share with the event by then). */
  readonly trialAtTimes?: readonly { readonly years: number; readonly events: number | null; readonly patientsPerArm: number | null }[];
  /**
   * For an endpoint nobody is censored from before the horizon (LRFS; OS with `metastasis`; PFS with `progression`)
   * and `followUp.at` times: the paired difference of event-free survival at each time (pairedSurvivalAtTimes).
   */
  readonly atTimes?: readonly PairedSurvivalAtTime[];
  /**
   * For an endpoint that censors a competing death (LC: local recurrence before death, with `background` or
   * `metastasis`, death from other causes or from any cause; DMFS: metastasis and DSS: death from sarcoma, with
   * `metastasis`, death from other causes) and `followUp.at` times: the paired difference of the cumulative
   * incidence of its event, the competing death a competing event, not censored (`difference` = F_a(t) − F_b(t), the
   * arms' `localRecurrenceIncidence`, `metastasisIncidence`, `sarcomaDeathIncidence`). Exact, as nobody is censored
   * before the horizon; it is not the difference of the Kaplan–Meier curves compared above.
   */
  readonly incidenceAtTimes?: readonly PairedSurvivalAtTime[];
}

/**
 * Arm a minus arm b at one follow-up time, on the same patients (null beyond the horizon): of event-free survival in
 * `SurvivalComparison.atTimes`, of the event's cumulative incidence in `incidenceAtTimes`.
 */
export interface PairedSurvivalAtTime {
  readonly years: number;
  /** S_a(t) − S_b(t) (in `incidenceAtTimes`: F_a(t) − F_b(t)), with its paired Wald 95% interval. */
  readonly difference: number | null;
  readonly differenceCi95: Interval | null;
  /** Patients with the event by t in arm a only, and in arm b only (the discordant pairs). */
  readonly eventInAOnly: number | null;
  readonly eventInBOnly: number | null;
}

/** Arm a against arm b on the competing-event endpoints, when the scenario has `background`. */
export interface CompetingEventsComparison {
  /** τ of the restricted means and of the trial size: the last `followUp.at` time within the horizon, else the horizon (years). */
  readonly restrictedMeanYears: number;
  /** Local-recurrence-free survival (local recurrence or death from other causes is the event). */
  readonly localRecurrenceFreeSurvival: SurvivalComparison;
  /** Local control with death from other causes censored. */
  readonly localControl: SurvivalComparison;
  /** LRFS's trial size (`localRecurrenceFreeSurvival.trialEvents` and `.trialPatientsPerArm`), under its first names. */
  readonly trialEventsLrfs: number | null;
  readonly trialPatientsPerArmLrfs: number | null;
  /** With `metastasis`: DMFS (death from other causes censored), disease-specific survival (same) and overall survival. */
  readonly distantMetastasisFreeSurvival?: SurvivalComparison;
  readonly diseaseSpecificSurvival?: SurvivalComparison;
  readonly overallSurvival?: SurvivalComparison;
}

/** Comparison of arm `a` with arm `b`. */
export interface ArmComparison extends PairOutcome {
  readonly a: string;
  readonly b: string;
  readonly bySubtype: readonly (PairOutcome & { readonly subtype: string })[];
  /**
   * With `followUp.at`: local control a − b at each time on the same patients, LC_a(t) − LC_b(t) with its paired 95%
   * interval (`eventInAOnly`: patients with a local recurrence by t in arm a only), death ignored as in the arms'
   * `localControlAtTimes`. Exact, as nobody is censored before the horizon. With competing events the cumulative
   * incidence of local recurrence as first event, death competing, is compared too
   * (`competingEvents.localControl.incidenceAtTimes`).
   */
  readonly localControlAtTimes?: readonly PairedSurvivalAtTime[];
  /** The competing-event endpoints compared, when the scenario has `background` (whole arms, not by subtype). */
  readonly competingEvents?: CompetingEventsComparison;
  /** PFS and OS after SBRT compared, when the scenario has `progression`. */
  readonly progression?: ProgressionComparison;
  /** The complication endpoints and complication-free control compared, when both arms report complications. */
  readonly complications?: readonly ComplicationComparison[];
  /** Local control gained against the complications it costs, when both arms report complications. */
  readonly therapeuticRatio?: TherapeuticRatio;
}

/** Everything `rtsim run` writes to results.json; a function of (scenario, seed, patients) alone. */
export interface TrialResults {
  /**
   * What produced the results: the rtsim version, the results format, the model version (`modelVersion`) and the
   * parameter library with its content hash (`libraryRelease`). A paper reports these (docs/reproducibility.md).
   */
  readonly rtsim: { readonly version: string; readonly resultsFormat: 1; readonly model: number; readonly library: LibraryRelease };
  readonly scenario: { readonly name: string; readonly hash: string };
  readonly seed: number;
  readonly patients: number;
  readonly blockSize: number;
  readonly followUp: { readonly years: number; readonly binDays: number; readonly at?: readonly number[] };
  /** The scenario's overrides of the local-control model's library values (docs/scenarios.md), when it gives any. */
  readonly localControlModel?: LocalControlModelInput;
  /**
   * Death from other causes, when the scenario has `background`: the life table (id, name, period) and the share
   * of women; each arm's `competingEvents` holds the endpoints.
   */
  readonly background?: {
    readonly lifeTable: string;
    readonly lifeTableName: string;
    readonly periodYears: readonly [number, number];
    readonly femaleShare: number;
  };
  /**
   * The metastasis model, when the scenario has `metastasis`: its era and the values it ran with, from the library's
   * `metastasisDefaults` (part of the library hash since library 1.1.0; these record the values used).
   */
  readonly metastasis?: {
    readonly era: number;
    readonly interceptLogOdds: number;
    /** Log odds ratios of G2, G3, 5–10 cm, > 10 cm, deep, recurrent presentation. */
    readonly logOddsRatio: readonly number[];
    readonly detectionMedianDays: number;
    readonly detectionSigma: number;
    /** μ_S at the era (days), and σ_S. */
    readonly survivalMedianDays: number;
    readonly survivalSigma: number;
    readonly recurrenceSeeding: number;
    /** h_s of each subtype (log odds ratio from its histology), when some subtype's is not 0 (ResolvedMetastasis). */
    readonly histologyLogOddsRatio?: readonly { readonly subtype: string; readonly logOddsRatio: number }[];
    /** The scenario's overrides of the library values (`metastasis.model`, docs/scenarios.md), when it gives any. */
    readonly model?: MetastasisModelInput;
  };
  /**
   * Progression after SBRT of metastases, when the scenario has `progression`: its era and the values it ran with,
   * from the library's `metastasisDefaults` (λ_N per day, μ_S at the era with the SBRT shift in days, σ_S).
   */
  readonly progression?: {
    readonly era: number;
    readonly newMetastasisRatePerDay: number;
    readonly survivalMedianDays: number;
    readonly survivalSigma: number;
  };
  readonly subtypes: readonly { readonly id: string; readonly name: string; readonly weight: number }[];
  readonly arms: readonly ArmResult[];
  readonly comparisons: readonly ArmComparison[];
  /** Two-level results (parameter uncertainty over K drawn parameter sets), when the scenario has an `uncertainty` section. */
  readonly uncertainty?: UncertaintyResults;
}

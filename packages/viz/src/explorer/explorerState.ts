import type { ExplorerMargin, TreatmentTiming, TumourSite } from './patientLocalControl.js';

/** How the fractions of a schedule are spaced in time. */
export type Spacing = 'perWeek' | 'everyDays';

/** A schedule as the explorer offers it: n fractions of d Gy, so many a week or one every k days. */
export interface ScheduleChoice {
  /** Number of fractions, 1–45. */
  readonly fractions: number;
  /** Dose per fraction, Gy. */
  readonly dose: number;
  readonly spacing: Spacing;
  /** Fractions per week (Monday first, weekends skipped when ≤ 5) for `perWeek`; days between fractions for `everyDays`. */
  readonly every: number;
}

/** Survival model of the explorer (models.md): LQ, LQ-L (Astrahan) or USC (Park). */
export type ModelName = 'lq' | 'lq-l' | 'usc';

/**
 * Everything the explorer shows is a function of this state, and the state is the URL's query string
 * (see `urlState`), so a lesson is shared as a link. Units follow models.md.
 */
export interface ExplorerState {
  /** α, 1/Gy. */
  readonly alpha: number;
  /** α/β, Gy (β = α / (α/β)). */
  readonly alphaBeta: number;
  /** The reference schedule (the one the sliders move). */
  readonly reference: ScheduleChoice;
  /** One interruption: after fraction `gapAfter` (0 = none), `gapDays` extra days. */
  readonly gapAfter: number;
  readonly gapDays: number;
  /** Repopulation kick-off T_k and effective doubling time T_d, days. */
  readonly kickoffTime: number;
  readonly doublingTime: number;
  /** Include the repopulation (time) term in BED, survival and TCP. */
  readonly repopulation: boolean;
  /** log₁₀ of the initial clonogen number N₀. */
  readonly log10Clonogens: number;
  /** Hypoxic fraction h in [0, 1], oxygen enhancement ratio (≥ 1), reoxygenation between fractions. */
  readonly hypoxicFraction: number;
  readonly oer: number;
  readonly reoxygenation: 'none' | 'full';
  readonly model: ModelName;
  /** LQ-L transition dose D_T, Gy. */
  readonly transitionDose: number;
  /** USC D₀, Gy (D_T follows from α, β, D₀). */
  readonly d0: number;
  /** σ_α of the population TCP, 1/Gy. */
  readonly sigmaAlpha: number;
  /** Up to three further schedules compared with the reference on the TCP chart. */
  readonly compare: readonly ScheduleChoice[];
  /** Local control over time (docs/local-control-model.md): the patient's margin class after resection. */
  readonly marginClass: ExplorerMargin;
  /** When RT is given (with the reference schedule), or RT alone, or surgery alone. */
  readonly timing: TreatmentTiming;
  /** FNCLCC grade. */
  readonly grade: FnclccGrade;
  /** Largest tumour diameter, cm. */
  readonly tumourDiameter: number;
  readonly site: TumourSite;
  readonly depth: 'deep' | 'superficial';
  readonly ageBand: 'under50' | 'over50';
  /** What the local-control chart sets side by side: the margin classes at this timing, or the timings at this margin. */
  readonly localControlComparison: 'margins' | 'timing';
  /**
   * The diagnostic pathway before treatment (docs/pathway-model.md; the pathway card and its lesson): median days of
   * each interval — first doctor visit → referral to hospital, local hospital (imaging) → referral to the sarcoma
   * centre, sarcoma centre (biopsy, pathology) → diagnosis, diagnosis → first treatment.
   */
  readonly primaryCareDays: number;
  readonly secondaryCareDays: number;
  readonly sarcomaCentreDays: number;
  readonly treatmentDays: number;
  /** Where the first operation is: a local hospital (an unplanned excision is possible) or a sarcoma reference centre. */
  readonly referral: PathwayReferral;
  /** Share of diagnoses an expert pathologist reviews before treatment, in [0, 1]. */
  readonly reviewShare: number;
  /** Share of the usual patient interval (first symptom → first doctor visit) that patients wait, in (0, 1]. */
  readonly patientIntervalShare: number;
}

/** The referral choices of the pathway card, as the scenario's `pathway.referral` writes them. */
export type PathwayReferral = 'local' | 'reference-centre';

/** FNCLCC grade as the explorer's controls and links write it. */
export type FnclccGrade = 'G1' | 'G2' | 'G3';

/** At most this many schedules on the TCP chart, the reference included. */
export const maxSchedules: number = 4;

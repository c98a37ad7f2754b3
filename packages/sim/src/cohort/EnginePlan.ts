import type { Schedule, SurvivalModel } from '@rtsim/core';
import type { CompiledDistribution } from '../random/compileDistribution.js';
import type { ResolvedScenario } from '../scenario/ResolvedScenario.js';
import type { BackgroundPlan } from './BackgroundPlan.js';
import type { ComplicationsPlan } from './ComplicationsPlan.js';
import type { ProgressionPlan } from './ProgressionPlan.js';
import type { MetastasisPlan } from './MetastasisPlan.js';
import type { PathwayPlan } from './PathwayPlan.js';
import type { LocalControlPlan } from './LocalControlPlan.js';
import type { LesionPlan } from './LesionPlan.js';
import type { PartialLayout } from './partialLayout.js';

/**
 * How an arm computes ln S for a subtype's patients (chosen once, at compile time):
 * - 0 linear: −ln S = α·A + β·B, (A, B) from core's `survivalCoefficients` (LQ or LQ-L, no hypoxia, repair
 *   half-time absent or fixed);
 * - 1 hypoxic: two compartments without reoxygenation, S = (1 − h)e^{−(αA + βB)} + h·e^{−(αA_h + βB_h)}, with
 *   (A_h, B_h) the coefficients at dose scale DMF/OER (OER fixed);
 * - 2 hypoxic, OER drawn per patient, LQ only: as 1 with A_h = A/OER, B_h = B/OER² (exact for LQ, where OER
 *   only scales dose);
 * - 3 general: core's `logSurvival` per patient (USC, reoxygenation "full", a drawn repair half-time, LQ-L with
 *   a drawn OER, LQ-L on a GARD-prescribed arm or with a target DVH).
 * Coefficients are those of the arm's survival schedule (modifier DMFs applied); on a GARD-prescribed LQ arm they are
 * the 1 Gy-per-fraction template's, scaled per patient as s·A and s²·B.
 */
export type SurvivalMode = 0 | 1 | 2 | 3;

/** Entries per arm in {@link EnginePlan.armTable}. */
export const armTableStride = 13;

/** One arm, compiled. */
export interface ArmPlan {
  readonly id: string;
  readonly name: string;
  /** The physical fractions (for a GARD prescription: the course at 1 Gy per fraction, scaled per patient). */
  readonly schedule: Schedule;
  /**
   * The fractions as the tumour's LQ terms see them: each dose multiplied by the dose-modifying factors of the
   * modifiers that accompany it (hyperthermia, concurrent chemotherapy); `schedule` itself when none does.
   */
  readonly survivalSchedule: Schedule;
  readonly model: SurvivalModel;
  readonly reoxygenation: 'none' | 'full';
  readonly doseModifyingFactor: number;
  /** Fractions, total physical dose (Gy), overall radiotherapy time (days): first to last fraction. */
  readonly fractions: number;
  readonly totalDose: number;
  readonly overallTime: number;
  /**
   * Treatment span, days: first to last treatment event, surgery included. It is the T of repopulation and the
   * end of treatment on the follow-up axis (day 0 = first event).
   */
  readonly treatmentSpan: number;
  /**
   * First and last treatment event (days): fractions, surgery and the days of modifier kills every patient receives;
   * a kill given only to marker-positive patients extends the span per patient (see ArmExtrasPlan).
   */
  readonly firstEvent: number;
  readonly lastEvent: number;
  readonly surgery: boolean;
  /** Residual-fraction distribution for R0, R1, R2 (fixed 1 without surgery), drawn from the residualFraction slot. */
  readonly residualFraction: readonly [CompiledDistribution, CompiledDistribution, CompiledDistribution];
  /** The margin uniform picks R0 below the first cut, R1 below the second, R2 above. */
  readonly marginCuts: readonly [number, number];
  /** NTCP of the arm's organ at risk (LKB, or logistic when `model` says so), constant across patients. */
  readonly toxicity?: { readonly organ: string; readonly ntcp: number; readonly model?: 'logistic' };
  /** The dose per fraction is prescribed per patient by a GARD target (`schedule` is at 1 Gy per fraction). */
  readonly prescription: boolean;
  /** The target's DVH (`arms[i].dvh`), one entry per plan; absent: a uniform dose at the prescription. */
  readonly targetDvh?: readonly TargetDvhPlan[];
}

/**
 * One plan's target DVH, compiled for armLogClonogens: per bin, ln of its relative volume and its dose as a multiple
 * of the arm's total physical dose (bin i receives every fraction × scales[i]).
 */
export interface TargetDvhPlan {
  readonly logVolumes: Float64Array;
  readonly scales: Float64Array;
}

/** One subtype, compiled. */
export interface SubtypePlan {
  readonly id: string;
  readonly name: string;
  readonly weight: number;
  /** Compiled distribution of each parameter slot (index = patientSlots value; unused slots hold a fixed NaN). */
  readonly distributions: readonly CompiledDistribution[];
  /**
   * The parameter slots (1–11) whose distribution is not fixed, ascending: the only ones drawPatient evaluates per
   * patient. A fixed slot's draw does not depend on its uniform, so its value comes from {@link fixedDraws}.
   */
  readonly randomSlots: Int32Array;
  /** Per slot index, the value of a fixed distribution (NaN for an unused or invalid one; random slots: unused). */
  readonly fixedDraws: Float64Array;
  /** The tumour-size slot is a diameter (cm; V = πd³/6) rather than a volume (cm³). */
  readonly diameter: boolean;
  /** Hypoxia can occur (hypoxic fraction not fixed at 0): only then are h and OER checked and used. */
  readonly hypoxic: boolean;
  /** A repair half-time is given (else complete repair, no Lea–Catcheside factor). */
  readonly repair: boolean;
  /** A post-treatment doubling time is given (else the patient's doubling time is reused). */
  readonly postTreatmentDoubling: boolean;
  /**
   * The scenario gives no detectionClonogens: the detectionClonogens slot then draws the subtype's detection
   * volume (cm³), and N_detect = clonogen density × that volume.
   */
  readonly detectionPerVolume: boolean;
  /** The alpha slot draws RSI, and α is derived from it (drawPatient). */
  readonly rsi: boolean;
  /** β of the RSI conversion, 1/Gy² (fixed); NaN: β = α/(α/β) with the drawn α/β. */
  readonly rsiBeta: number;
}

/** An extra log cell kill of an arm's modifier, compiled (models.md, "Systemic and immune modifiers"). */
export interface KillPlan {
  /** Index of the agent in ExtrasPlan.agents: its response stream, shared by every arm giving the agent. */
  readonly agent: number;
  /** Index of the marker in ExtrasPlan.markers, or −1 without a marker. */
  readonly marker: number;
  /** Only marker-positive patients receive the agent (marker given and markerNegativeResponseProbability 0). */
  readonly gated: boolean;
  /** L, natural log. */
  readonly logKill: number;
  /** Response probability per subtype index (marker-positive patients, or every patient without a marker). */
  readonly probability: Float64Array;
  /** Response probability of marker-negative patients. */
  readonly negativeProbability: number;
  /** Dose scaling L(d) = L·min(maxFactor, (d/referenceDose)^exponent); referenceDose NaN: none. */
  readonly referenceDose: number;
  readonly exponent: number;
  readonly maxFactor: number;
  /** Day the kill acts when it is gated (a per-patient extension of the span); NaN otherwise. */
  readonly gatedDay: number;
}

/** Per-arm constants of the per-patient extras. */
export interface ArmExtrasPlan {
  readonly kills: readonly KillPlan[];
  /** Σ dᵢ (Gy) and Σ dᵢ² (Gy²) of the physical schedule, for GARD = α·Σd + β·Σd² (×s, ×s² with a prescription). */
  readonly doseSum: number;
  readonly doseSquareSum: number;
  /** Mean physical dose per fraction, Gy (1 for a prescription's template): the d of a kill's dose scaling. */
  readonly dosePerFraction: number;
  /** A GARD prescription: the dose per fraction is solved per patient. */
  readonly prescription: boolean;
  readonly gardTarget: number;
  readonly minDose: number;
  readonly maxDose: number;
  /** Some kill's day applies to marker-positive patients only (the span is then computed per patient). */
  readonly gatedDays: boolean;
}

/**
 * What the engine computes per patient beyond the fixed slots, present only when a scenario needs it: marker
 * statuses and response draws (each from its own keyed stream per block, keyedStream), GARD, per-patient doses.
 */
export interface ExtrasPlan {
  readonly markers: readonly string[];
  /** Agents with a response draw (a kill L > 0), in order of first appearance across arms. */
  readonly agents: readonly string[];
  /** Prevalence of marker m in subtype s at s·M + m. */
  readonly prevalence: Float64Array;
  /** GARD band edges (empty: GARD not reported). */
  readonly gardEdges: Float64Array;
  /** Some arm prescribes per patient: the prescribed total dose is reported for every arm. */
  readonly prescribed: boolean;
  readonly arms: readonly ArmExtrasPlan[];
}

/** Entries per arm of the per-patient extras record: [dose scale s, log kill, treatment span, GARD, clamp (0, 1 min, 2 max)]. */
export const armExtrasStride = 5;

/**
 * A {@link ResolvedScenario} compiled once for the cohort engine: everything that does not depend on the patient.
 * Compiling is deterministic, so every worker compiles the same plan from the same scenario.
 */
export interface EnginePlan {
  readonly scenario: ResolvedScenario;
  readonly seed: number;
  readonly patients: number;
  readonly blockCount: number;
  /** Hash of the scenario JSON: partial results of different scenarios refuse to merge. */
  readonly fingerprint: string;
  readonly arms: readonly ArmPlan[];
  readonly subtypes: readonly SubtypePlan[];
  /** Cumulative subtype weights; the subtype uniform picks the first subtype whose cut exceeds it. */
  readonly subtypeCuts: Float64Array;
  /** Per (arm a, subtype s) at `5(aS + s)`: [mode, A (Gy), B (Gy²), A_h (Gy), B_h (Gy²)]. */
  readonly survival: Float64Array;
  /**
   * The per-patient constants of each arm, flat for the hot loop, at `armTableStride·a`: [treatment span (days),
   * surgery (1/0), margin cut R0, margin cut R1], then for R0, R1, R2 in turn [residual mode, c₁, c₂]: mode 0
   * fixed, ln f = c₁; mode 1 lognormal, ln f = c₁ + c₂·Φ⁻¹(u) (c₁ = ln median, c₂ = σ); mode 2 any other
   * distribution, drawn through ArmPlan.residualFraction. ln f is capped at 0 (f > 1 counts as 1).
   */
  readonly armTable: Float64Array;
  /** Follow-up: time bin width (days), bin count, horizon (days from the first treatment event), first visit. */
  readonly binDays: number;
  readonly timeBins: number;
  readonly horizonDays: number;
  readonly firstVisitDays: number;
  /**
   * The compared pairs of arms (comparisonPairs), flat for the hot loop: pair p compares arms `pairArms[2p]` and
   * `pairArms[2p + 1]` (a − b).
   */
  readonly pairArms: Int32Array;
  readonly layout: PartialLayout;
  /** Per-patient extras (markers, responses, GARD, prescriptions); absent for a scenario without them. */
  readonly extras?: ExtrasPlan;
  /** The local-control model (docs/local-control-model.md), when some arm uses it; absent: the engine runs as before. */
  readonly localControl?: LocalControlPlan;
  /** The arms with `target: lesions` (they also use the local-control model), when some arm has them. */
  readonly lesions?: LesionPlan;
  /** Death from other causes (`background`, with the local-control model); absent: no background draws or counts. */
  readonly background?: BackgroundPlan;
  /** The complication endpoints (`complications`); absent: no complication draws or counts. */
  readonly complications?: ComplicationsPlan;
  /** Distant metastasis and death from sarcoma (`metastasis`, every arm on the local-control model); absent: no draws or counts. */
  readonly metastasis?: MetastasisPlan;
  /** Progression and death after SBRT of metastases (`progression`, every arm on lesions); absent: no draws or counts. */
  readonly progression?: ProgressionPlan;
  /** The arms' diagnostic pathways (some arm has `pathway`, every such arm on the local-control model); absent: no draws or counts. */
  readonly pathway?: PathwayPlan;
}

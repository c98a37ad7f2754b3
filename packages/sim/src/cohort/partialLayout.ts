import { pathwayStride } from './PathwayPlan.js';
import { progressionStrata } from './progressionStrata.js';

/**
 * Where each quantity sits in a {@link BlockPartial}'s two typed arrays. A = arms, S = subtypes, P = compared pairs
 * of arms (comparisonPairs, in its order; EnginePlan.pairArms), H = 50 TCP histogram bins, T = time bins.
 *
 * `sums` (Float64Array, float sums over the block's valid patients):
 * - `armSums + 2(aS + s)` + [0: Σ TCP, 1: Σ TCP²] for arm a, subtype s;
 * - `pairSums + 2(pS + s)` + [0: Σ (TCP_a − TCP_b), 1: Σ (TCP_a − TCP_b)²] for pair p, subtype s.
 *
 * `counts` (Int32Array, whole numbers):
 * - `validPatients` (0), `invalidPatients` (1): patients simulated, and patients dropped because a drawn
 *   parameter was outside its domain or the survival arithmetic gave NaN (a run with any is refused);
 * - `subtypePatients + s`: valid patients of subtype s (the same in every arm: a paired design);
 * - `armCounts + (aS + s)·armStride` + [0: controlled, 1…H: TCP histogram, 1 + H + t: failures detected in
 *   time bin t]; patients neither controlled nor failed within the horizon are censored there (implicit);
 * - `pairCounts + 2(pS + s)` + [0: controlled in a only, 1: controlled in b only];
 * - `problems + s·problemStride + j`: patients of subtype s whose slot j (see patientSlots) drew a value
 *   outside its domain; column `problemStride − 1` counts NaN in the survival arithmetic.
 *
 * Biomarker and prescription sections, appended after the above (zero length unless the scenario uses them, so a
 * scenario without them keeps its layout and files); M = markers, G = GARD bands (0: GARD not reported),
 * P = 1 when the prescribed dose is reported:
 * - sums `gardSums + a`: Σ GARD of arm a (G > 0);
 * - sums `doseSums + 2a` + [0: Σ D, 1: Σ D²], D the patient's total physical dose in arm a (P);
 * - sums `doseExtremes + 2a` + [0: max D, 1: max(−D)]: combined across blocks by maximum, not by sum (P);
 * - sums `markerSums + 2(aM + m) + status`: Σ TCP of arm a's patients with marker m positive (status 0) or
 *   negative (1);
 * - counts `gardCounts + 2(aG + g)` + [0: patients, 1: controlled] in GARD band g of arm a;
 * - counts `clampCounts + 2a` + [0: dose per fraction raised to minDose, 1: lowered to maxDose] (P);
 * - counts `markerCounts + 2(2(aM + m) + status)` + [0: patients, 1: controlled].
 *
 * Local-control strata (zero length unless some arm uses the local-control model), Q = strata per arm
 * (grade G1–G3, margin class R0-wide, R0-close, R1-planned, R1-unplanned, R2, none, size band, site; see localControlStrata):
 * - counts `stratumCounts + (aQ + q)·stratumStride` + [0: patients, 1: controlled, 2 + t: failures detected in
 *   time bin t], stratumStride = 2 + T.
 *
 * Lesions (zero length unless some arm has `target: lesions`), L = 1 when present:
 * - counts `lesionCounts + a·lesionStride` + [0: lesions, 1: controlled lesions, 2 + t: lesions failed in time bin
 *   t], lesionStride = 2 + T (zero for arms that treat the tumour).
 *
 * Competing events (zero length unless the scenario has `background` or `metastasis`, which read the local-control
 * covariates; Q = 0 when no arm uses the model), E = 1 + Q event groups per arm (0: the whole arm, 1 + q: stratum q of localControlStrata), M = 1 with
 * `metastasis`:
 * - counts `eventCounts + (aE + g)·eventStride` + [t: first event a local recurrence in time bin t, T + t: first
 *   event death in bin t (from other causes; with M from any cause, sarcoma included), 2T + t: death in bin t after a
 *   local recurrence (same causes)], and with M: [3T + t: first detection of a metastasis in bin t before any
 *   death, 4T + t: death from other causes in bin t before any metastasis, 5T + t: death from sarcoma in bin t,
 *   6T + t: death from other causes in bin t after a metastasis; and, for a metastasis detected within the horizon,
 *   on the scale of time since its detection: 7T + k: death from any cause in bin k after the detection, 8T + k:
 *   alive at the horizon, k bins after the detection], eventStride = (3 + 6M)T. A patient-arm with no event within
 *   the horizon is event-free there (implicit).
 *
 * Progression after SBRT of metastases (zero length unless the scenario has `progression`, every arm on lesions),
 * R = 1 when present:
 * - counts `progressionCounts + a·progressionStride` + [t: progression (local failure of a treated lesion, new
 *   metastasis elsewhere or death, whichever first) in time bin t, T + t: death from any cause in bin t], then per
 *   stratum q of the 13 progressionStrata (grades G1–G3, then 1 to 10 lesions treated in the arm), at
 *   2T + q·progressionStratumStride: [0: patients of arm a in stratum q, 1 + t: progressions in bin t, 1 + T + t:
 *   deaths in bin t], progressionStratumStride = 1 + 2T, progressionStride = 2T + 13(1 + 2T); placed last, so a
 *   scenario without it keeps its layout and files.
 *
 * Paired event times (zero length without `followUp.at`, whose times alone report them; pairedEndpoint names them:
 * first the local recurrence with death ignored, then with `competingEvents` LRFS and the local recurrence as first
 * event, with `metastasis` also OS, the metastasis before death from other causes and the death from sarcoma, with
 * `progression` PFS, last; V = their number, in that order; an event that another one pre-empts counts as no event
 * within the horizon), appended last:
 * - counts `pairEventCounts + (p·V + v)·pairEventStride` + [t: patients whose event of endpoint v comes in bin t in arm
 *   a and later (or beyond the horizon) in arm b of pair p, T + t: those whose later event in b comes in bin t, 2T + t
 *   and 3T + t: the same with b first], pairEventStride = 4T. By bin j, the patients with the event in a only are
 *   Σ_{t≤j} [t] − Σ_{t≤j} [T + t] (and in b only the same from 2T), the discordant pairs of a paired difference.
 *
 * Complications (zero length unless the scenario has `complications`), E = endpoints scored, in its order:
 * - counts `complicationCounts + a·complicationStride` + [e: patients with endpoint e in arm a, E: patients controlled
 *   with none of the endpoints (complication-free local control)], complicationStride = E + 1 (an arm without an
 *   operation before or after its radiotherapy counts nothing);
 * - counts `complicationPairCounts + 2(p·complicationStride + e)` + [0: in arm a only, 1: in arm b only] of pair p,
 *   for endpoint e and, at e = E, complication-free control.
 *
 * Complication strata (zero length unless the scenario has `complications`), C = strata per arm (complicationStrata:
 * the 3 size bands, and with the local-control model 3 grades and 4 sites, C = 10), appended after every other
 * section so that no earlier offset moves:
 * - counts `complicationStratumCounts + (aC + q)·complicationStratumStride` + [0: patients of arm a in stratum q,
 *   1 + e: with endpoint e, 1 + E: controlled with none of them], complicationStratumStride = E + 2.
 *
 * Diagnostic pathway (zero length unless some arm has a `pathway` or a treatment table), W = 1 when present:
 * - counts `pathwayCounts + a·pathwayStride` + [w: patients whose first treatment came in week w after the first
 *   doctor visit (w < 52; 52: later), 53 + c: diameter at treatment in [c, c + 1) cm (c < 30; 30: larger), 84:
 *   unplanned excisions, 85: unplanned excisions locally controlled, 86: first treatment more than 42 days after the
 *   diagnosis, and with treatmentBySubtype or treatmentByGrade 87: misdiagnosed (subtype), 88: treated otherwise than the true subtype and grade choose,
 *   89: of those controlled, 90: of those controlled by the right treatment, 91 + w: days from the first symptom to
 *   the diagnosis in [7w, 7(w + 1)) (w < 156; 156: longer), 248: a wrong grade, 249: a partial discordance (both
 *   with a treatment table)], pathwayStride = 250 (named in PathwayPlan's pathwayOffsets; zero counts for an arm without
 *   a pathway or a table).
 */
export interface PartialLayout {
  readonly arms: number;
  readonly subtypes: number;
  readonly pairs: number;
  readonly histogramBins: number;
  readonly timeBins: number;
  readonly sumLength: number;
  readonly countLength: number;
  readonly armSums: number;
  readonly pairSums: number;
  readonly validPatients: number;
  readonly invalidPatients: number;
  readonly subtypePatients: number;
  readonly armCounts: number;
  readonly armStride: number;
  readonly pairCounts: number;
  readonly problems: number;
  readonly problemStride: number;
  readonly markers: number;
  readonly gardBands: number;
  readonly prescribed: number;
  readonly gardSums: number;
  readonly doseSums: number;
  readonly doseExtremes: number;
  readonly markerSums: number;
  readonly gardCounts: number;
  readonly clampCounts: number;
  readonly markerCounts: number;
  readonly strata: number;
  readonly stratumCounts: number;
  readonly stratumStride: number;
  readonly lesions: number;
  readonly lesionCounts: number;
  readonly lesionStride: number;
  /** 1 when the competing-events section is present. */
  readonly competingEvents: number;
  /** 1 when its event groups also hold the metastasis and death counts (a scenario with `metastasis`). */
  readonly metastasis: number;
  readonly eventCounts: number;
  readonly eventGroups: number;
  readonly eventStride: number;
  /** Complication endpoints scored E (0: no complications section). */
  readonly complications: number;
  readonly complicationCounts: number;
  readonly complicationStride: number;
  readonly complicationPairCounts: number;
  /** 1 when the diagnostic-pathway section is present. */
  readonly pathway: number;
  readonly pathwayCounts: number;
  readonly pathwayStride: number;
  /** Complication strata per arm C (0: no complications section). */
  readonly complicationStrata: number;
  readonly complicationStratumCounts: number;
  readonly complicationStratumStride: number;
  /** 1 when the progression section is present (a scenario with `progression`). */
  readonly progression: number;
  readonly progressionCounts: number;
  readonly progressionStride: number;
  readonly progressionStratumStride: number;
  /**
   * Endpoints with paired event times V (pairedEndpoint): the local recurrence (death ignored); with competing events
   * LRFS and local recurrence as first event, and OS, metastasis and sarcoma death with metastasis; then PFS with
   * progression; 0: none, as without `followUp.at`.
   */
  readonly pairEndpoints: number;
  readonly pairEventCounts: number;
  readonly pairEventStride: number;
}

/** The optional sections of a {@link PartialLayout}: all absent (zero) for a scenario without biomarkers. */
export interface PartialExtension {
  /** Compared pairs P; default A(A − 1)/2, every pair (the layout of files written before `comparisons` existed). */
  readonly pairs?: number;
  /** Markers M whose statuses results report. */
  readonly markers?: number;
  /** GARD bands G (edges + 1); 0: GARD not reported. */
  readonly gardBands?: number;
  /** Whether the prescribed total dose is reported (some arm prescribes per patient). */
  readonly prescribed?: boolean;
  /** Local-control strata per arm Q (0: none). */
  readonly strata?: number;
  /** Whether some arm treats lesions (the lesion section). */
  readonly lesions?: boolean;
  /** Whether the competing-events section is present (a scenario with `background` or `metastasis`; strata only when an arm uses the local-control model). */
  readonly competingEvents?: boolean;
  /** Complication endpoints scored E (a scenario with `complications`; default 0, none). */
  readonly complications?: number;
  /** Whether the event groups hold the metastasis counts too (a scenario with `metastasis`; needs `competingEvents`). */
  readonly metastasis?: boolean;
  /** Whether some arm has a diagnostic pathway (the pathway section). */
  readonly pathway?: boolean;
  /** Complication strata per arm C (with `complications`: 3, or 10 with the local-control model; default 0). */
  readonly complicationStrata?: number;
  /** Whether the progression section is present (a scenario with `progression`; default absent). */
  readonly progression?: boolean;
  /**
   * Whether the paired event times are counted: only a scenario with `followUp.at` reports paired differences at
   * those times, so without it the section is left out (default absent: V = 0).
   */
  readonly pairedTimes?: boolean;
}

/**
 * Computes the {@link PartialLayout} for a plan's dimensions.
 * @param arms - A ≥ 1
 * @param subtypes - S ≥ 1
 * @param histogramBins - H (50)
 * @param timeBins - T ≥ 1
 * @param problemColumns - slots per patient + 1
 * @param extension - the compared pairs, and the biomarker and prescription sections (default every pair, none)
 * @returns offsets and lengths (plain numbers)
 */
export function partialLayout(
  arms: number,
  subtypes: number,
  histogramBins: number,
  timeBins: number,
  problemColumns: number,
  extension: PartialExtension = {},
): PartialLayout {
  const pairs = extension.pairs ?? (arms * (arms - 1)) / 2;
  const armSums = 0;
  const pairSums = armSums + 2 * arms * subtypes;
  const markers = extension.markers ?? 0;
  const gardBands = extension.gardBands ?? 0;
  const prescribed = extension.prescribed === true ? 1 : 0;
  const gardSums = pairSums + 2 * pairs * subtypes;
  const doseSums = gardSums + (gardBands > 0 ? arms : 0);
  const doseExtremes = doseSums + 2 * prescribed * arms;
  const markerSums = doseExtremes + 2 * prescribed * arms;
  const sumLength = markerSums + 2 * arms * markers;
  const validPatients = 0;
  const invalidPatients = 1;
  const subtypePatients = 2;
  const armCounts = subtypePatients + subtypes;
  const armStride = 1 + histogramBins + timeBins;
  const pairCounts = armCounts + arms * subtypes * armStride;
  const problems = pairCounts + 2 * pairs * subtypes;
  const gardCounts = problems + subtypes * problemColumns;
  const clampCounts = gardCounts + 2 * arms * gardBands;
  const markerCounts = clampCounts + 2 * prescribed * arms;
  const strata = extension.strata ?? 0;
  const stratumCounts = markerCounts + 4 * arms * markers;
  const stratumStride = 2 + timeBins;
  const lesions = extension.lesions === true ? 1 : 0;
  const lesionCounts = stratumCounts + arms * strata * stratumStride;
  const lesionStride = 2 + timeBins;
  const eventCounts = lesionCounts + lesions * arms * lesionStride;
  const competingEvents = extension.competingEvents === true ? 1 : 0;
  const eventGroups = competingEvents * (1 + strata);
  const metastasis = competingEvents === 1 && extension.metastasis === true ? 1 : 0;
  const eventStride = (3 + 6 * metastasis) * timeBins;
  const complications = extension.complications ?? 0;
  const complicationStride = complications > 0 ? complications + 1 : 0;
  const complicationCounts = eventCounts + arms * eventGroups * eventStride;
  const complicationPairCounts = complicationCounts + arms * complicationStride;
  const pathway = extension.pathway === true ? 1 : 0;
  const pathwayCounts = complicationPairCounts + 2 * pairs * complicationStride;
  const complicationStrata = complications > 0 ? (extension.complicationStrata ?? 0) : 0;
  const complicationStratumStride = complicationStrata > 0 ? complications + 2 : 0;
  const complicationStratumCounts = pathwayCounts + pathway * arms * pathwayStride;
  const progression = extension.progression === true ? 1 : 0;
  const progressionStratumStride = 1 + 2 * timeBins;
  const progressionStride = 2 * timeBins + progressionStrata.length * progressionStratumStride;
  const progressionCounts = complicationStratumCounts + arms * complicationStrata * complicationStratumStride;
  // Paired event times: every patient is followed to the horizon in every arm (pairedEndpoint); counted only for the
  // `followUp.at` times that report them.
  const pairEndpoints = extension.pairedTimes === true ? 1 + 2 * competingEvents + 3 * metastasis + progression : 0;
  const pairEventStride = 4 * timeBins;
  const pairEventCounts = progressionCounts + progression * arms * progressionStride;
  const countLength = pairEventCounts + pairs * pairEndpoints * pairEventStride;
  return {
    arms,
    subtypes,
    pairs,
    histogramBins,
    timeBins,
    sumLength,
    countLength,
    armSums,
    pairSums,
    validPatients,
    invalidPatients,
    subtypePatients,
    armCounts,
    armStride,
    pairCounts,
    problems,
    problemStride: problemColumns,
    markers,
    gardBands,
    prescribed,
    gardSums,
    doseSums,
    doseExtremes,
    markerSums,
    gardCounts,
    clampCounts,
    markerCounts,
    strata,
    stratumCounts,
    stratumStride,
    lesions,
    lesionCounts,
    lesionStride,
    competingEvents,
    metastasis,
    eventCounts,
    eventGroups,
    eventStride,
    complications,
    complicationCounts,
    complicationStride,
    complicationPairCounts,
    pathway,
    pathwayCounts,
    pathwayStride,
    complicationStrata,
    complicationStratumCounts,
    complicationStratumStride,
    progression,
    progressionCounts,
    progressionStride,
    progressionStratumStride,
    pairEndpoints,
    pairEventCounts,
    pairEventStride,
  };
}

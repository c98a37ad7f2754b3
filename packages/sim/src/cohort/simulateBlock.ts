import {
  daysPerYear,
  metastasisDetectionDays,
  normalQuantile,
  portableExp,
  postMetastasisDeathDays,
  subclinicalMetastasisProbability,
  yearOfAgeDeathYears,
} from '@rtsim/core';
import { distributionQuantile } from '../random/distributionQuantile.js';
import { blockStream, nextBlockUniform, nextBlockUniforms, type BlockStream } from '../random/blockStream.js';
import { keyedStream } from '../random/keyedStream.js';
import { patientSlots, slotsPerPatient } from '../random/patientSlots.js';
import { poissonExactBelowMean, poissonQuantileApproximate, poissonQuantileExact } from '../random/poissonQuantile.js';
import { armLogClonogens, logResidualFraction } from './armLogClonogens.js';
import type { BlockPartial } from './BlockPartial.js';
import { certainControlLogClonogens } from './certainControlLogClonogens.js';
import { poissonControlProbability } from './poissonControlProbability.js';
import { blockSize } from './blockSize.js';
import { drawPatient, patientField } from './drawPatient.js';
import type { EnginePlan, ExtrasPlan } from './EnginePlan.js';
import { armExtrasStride, armTableStride } from './EnginePlan.js';
import { evaluatePatientExtras } from './evaluatePatientExtras.js';
import { failureDay } from './failureDay.js';
import type { LocalControlOutcome } from './evaluateLocalControl.js';
import { evaluateLocalControl } from './evaluateLocalControl.js';
import type { LocalControlPlan } from './LocalControlPlan.js';
import { localControlUniforms, marginStratum, siteStratum, sizeStratum } from './LocalControlPlan.js';
import { siteStratumIndex } from './siteStratumIndex.js';
import { sizeBandStratum } from './sizeBandStratum.js';
import type { LesionOutcome } from './evaluateLesions.js';
import { evaluateLesions } from './evaluateLesions.js';
import { lesionCountUniform, lesionUniforms } from './LesionPlan.js';
import type { BackgroundPlan } from './BackgroundPlan.js';
import { backgroundUniforms } from './BackgroundPlan.js';
import type { ComplicationsPlan } from './ComplicationsPlan.js';
import { complicationGradeStratum, complicationSiteStratum, complicationUniforms, largeTumourVolumeCm3, organComplicationUniforms } from './ComplicationsPlan.js';
import type { MetastasisPlan } from './MetastasisPlan.js';
import { metastasisUniforms } from './MetastasisPlan.js';
import type { ProgressionOutcome } from './evaluateProgression.js';
import { evaluateProgression } from './evaluateProgression.js';
import { progressionUniforms } from './ProgressionPlan.js';
import { lesionCountStratum } from './progressionStrata.js';
import type { PathwayOutcome } from './evaluatePathway.js';
import { evaluatePathway } from './evaluatePathway.js';
import type { PathwayPlan } from './PathwayPlan.js';
import { pathwayDiameterBins, pathwayOffsets, pathwaySymptomBins, pathwayUniforms, pathwayWeekBins } from './PathwayPlan.js';
import { diagnosedGrade } from './diagnosedGrade.js';
import { diagnosedSubtype } from './diagnosedSubtype.js';
import { isSarcomaDiagnosis } from './isSarcomaDiagnosis.js';
import { defaultBlockEngine, type BlockEngine } from './blockEngine.js';
import { kernelSimulateBlock } from './kernelSimulateBlock.js';
import { pairedEndpoint } from './pairedEndpoint.js';

/** Scratch space of one block: the generator state, one patient's uniforms and record, per-arm values. */
interface BlockWorkspace {
  readonly stream: BlockStream;
  readonly uniforms: Float64Array;
  readonly patient: Float64Array;
  readonly tcp: Float64Array;
  readonly expected: Float64Array;
  readonly sums: Float64Array;
  readonly counts: Int32Array;
  /** Per-patient extras (plan.extras): one keyed stream per marker and per agent, their draws, statuses, per-arm values. */
  readonly markerStreams: readonly BlockStream[];
  readonly agentStreams: readonly BlockStream[];
  readonly markerUniforms: Float64Array;
  readonly agentUniforms: Float64Array;
  readonly status: Uint8Array;
  readonly armExtras: Float64Array;
  /** The local-control model (plan.localControl): its keyed stream, the patient's uniforms, per-arm outcome and spans. */
  readonly localControlStream: BlockStream;
  readonly localControlUniforms: Float64Array;
  readonly localControl: LocalControlOutcome;
  readonly spans: Float64Array;
  /** Lesion arms (plan.lesions): one stream per lesion index, the patient's 5 uniforms per lesion, per-arm outcomes. */
  readonly lesionStreams: readonly BlockStream[];
  readonly lesionUniforms: Float64Array;
  /** Per lesion stream j, the view of lesionUniforms that its 5 uniforms fill (made once per block, not per patient). */
  readonly lesionUniformViews: readonly Float64Array[];
  readonly lesions: readonly LesionOutcome[];
  /** Death from other causes (plan.background): the block's background stream and the patient's 2 uniforms (sex, death). */
  readonly backgroundStream: BlockStream;
  readonly backgroundUniforms: Float64Array;
  /** Complications (plan.complications): the block's stream, the patient's 4 uniforms, per arm its controlled flag and events. */
  readonly complicationStream: BlockStream;
  readonly complicationUniforms: Float64Array;
  /** The `complicationOrgans` stream (with an organ endpoint) and the view of its 2 uniforms after the 4 above. */
  readonly organComplicationStream: BlockStream;
  readonly organComplicationUniforms: Float64Array;
  readonly controlledFlags: Uint8Array;
  readonly complicationEvents: Uint8Array;
  /** Target DVHs (some arm has `targetDvh`): the block's `planTarget` stream, one uniform per patient; else undefined. */
  readonly planStream: BlockStream | undefined;
  /** Distant metastasis (plan.metastasis): the block's metastasis stream, the patient's 5 uniforms, per-arm days. */
  readonly metastasisStream: BlockStream;
  readonly metastasisUniforms: Float64Array;
  readonly metastasis: MetastasisOutcome;
  /** Progression after SBRT (plan.progression): the block's progression stream, the patient's 2 uniforms, per-arm days. */
  readonly progressionStream: BlockStream;
  readonly progressionUniforms: Float64Array;
  readonly progression: ProgressionOutcome;
  /** Diagnostic pathway (plan.pathway): the block's pathway stream, the patient's 8 uniforms, 4 normal scores, per-arm tumour. */
  readonly pathwayStream: BlockStream;
  readonly pathwayUniforms: Float64Array;
  readonly pathwayScores: Float64Array;
  readonly pathway: PathwayOutcome;
  /**
   * Per endpoint v with paired event times (pairedEndpoint: the local recurrence with death ignored; with competing
   * events LRFS, the local recurrence as first event, and with metastasis OS, metastasis and sarcoma death; PFS with
   * progression, last) and arm a, at v·A + a, the time bin of the patient's event (−1: none within the horizon), for
   * the pairs' discordant counts.
   */
  readonly eventBins: Int32Array;
  /** Per arm, the arm whose treatment the patient received (itself, or the arm its diagnosis chose: applyRouting). */
  readonly treatedAs: Int32Array;
  /** Per arm with a treatment table: 1 when the subtype diagnosis was wrong, 1 when the patient was treated otherwise than the true subtype and grade choose, and whether that right treatment controls the tumour. */
  readonly misdiagnosed: Uint8Array;
  readonly mistreated: Uint8Array;
  readonly rightControlled: Uint8Array;
  /** Per arm with a treatment table: 1 for a wrong grade, 1 for a partial discordance (another sarcoma subtype, or a wrong grade). */
  readonly misgraded: Uint8Array;
  readonly partial: Uint8Array;
  /** Treatment by diagnosis (some arm with treatmentBySubtype or treatmentByGrade): the block's `pathwayGrade` stream, else undefined. */
  readonly gradeStream: BlockStream | undefined;
  /** The patient's grade-diagnosis uniform from it (0 without the stream). */
  gradeUniform: number;
}

/** Per-arm days of one patient's metastasis and deaths (Infinity: never), written in place by {@link evaluateMetastasis}. */
interface MetastasisOutcome {
  /** Detection day of the patient's metastasis, from the first treatment event. */
  readonly metastasisDay: Float64Array;
  /** Day of death from sarcoma (metastasis day + T_S). */
  readonly sarcomaDeathDay: Float64Array;
  /** Day of death from any cause: the sarcoma death when it comes before death from other causes, else that. */
  readonly deathDay: Float64Array;
}

/**
 * Adds one valid patient's biomarker and prescription outcomes to the block's extension sections (see PartialLayout):
 * GARD per arm and by band, the total physical dose per arm (sum, sum of squares, extremes, clamps), and TCP and
 * control by marker status.
 */
function accumulateExtras(plan: EnginePlan, extras: ExtrasPlan, work: BlockWorkspace, control: number): void {
  const { layout } = plan;
  const { sums, counts, tcp, status, armExtras } = work;
  const markerCount = layout.markers;
  const bands = layout.gardBands;
  const edges = extras.gardEdges;
  for (let a = 0; a < plan.arms.length; a++) {
    const at = armExtrasStride * a;
    const controlled = control < tcp[a] ? 1 : 0;
    if (bands > 0) {
      const gard = armExtras[at + 3];
      sums[layout.gardSums + a] += gard;
      let band = 0;
      while (band < edges.length && gard >= edges[band]) band++;
      const cell = layout.gardCounts + 2 * (a * bands + band);
      counts[cell]++;
      counts[cell + 1] += controlled;
    }
    if (layout.prescribed === 1) {
      const dose = armExtras[at] * (extras.arms[a]?.doseSum ?? Number.NaN);
      sums[layout.doseSums + 2 * a] += dose;
      sums[layout.doseSums + 2 * a + 1] += dose * dose;
      const extreme = layout.doseExtremes + 2 * a;
      if (dose > sums[extreme]) sums[extreme] = dose;
      if (-dose > sums[extreme + 1]) sums[extreme + 1] = -dose;
      const clamp = armExtras[at + 4];
      if (clamp > 0) counts[layout.clampCounts + 2 * a + clamp - 1]++;
    }
    for (let m = 0; m < markerCount; m++) {
      const cell = 2 * (a * markerCount + m) + (status[m] === 1 ? 0 : 1);
      sums[layout.markerSums + cell] += tcp[a];
      counts[layout.markerCounts + 2 * cell]++;
      counts[layout.markerCounts + 2 * cell + 1] += controlled;
    }
  }
}

/**
 * Adds one valid patient's complications to the complications section (PartialLayout): per arm with a complication
 * model, endpoint e happens when the patient's uniform of e is below the arm's probability for the size class of the
 * tumour at the arm's treatment (`volumes[a]`, cm³); complication-free control is control (`controlled[a]` = 1) with none of them; the same counts in
 * the arm's complication strata (its size band, and the patient's grade index `grade` (0–2) and site `siteIndex`
 * (siteStratumIndex) when `grade` ≥ 0, on the local-control path); then each compared pair's discordant patients per
 * endpoint.
 */
function accumulateComplications(
  plan: EnginePlan,
  complications: ComplicationsPlan,
  work: BlockWorkspace,
  volumes: Float64Array,
  controlled: Uint8Array,
  grade: number,
  siteIndex: number,
): void {
  const { layout } = plan;
  const { counts, complicationUniforms: uniforms, complicationEvents: events } = work;
  const endpoints = layout.complications;
  const stride = layout.complicationStride;
  const strataPerArm = layout.complicationStrata * layout.complicationStratumStride;
  for (let a = 0; a < plan.arms.length; a++) {
    const large = volumes[a] > largeTumourVolumeCm3 ? 1 : 0;
    const at = a * stride;
    // The arm reports complications when it has a model itself; a patient its diagnosis sends to another arm's
    // treatment takes that arm's model, and none (no event) when that treatment has no operation (treatedAs).
    if (complications.arms[a] === undefined) {
      events.fill(0, at, at + stride);
      continue;
    }
    const arm = complications.arms[work.treatedAs[a]];
    let free = controlled[a];
    for (let e = 0; e < endpoints; e++) {
      const event = arm !== undefined && uniforms[complications.uniformIndex[e]] < arm.probabilities[2 * e + large] ? 1 : 0;
      events[at + e] = event;
      counts[layout.complicationCounts + at + e] += event;
      if (event === 1) free = 0;
    }
    events[at + endpoints] = free;
    counts[layout.complicationCounts + at + endpoints] += free;
    if (strataPerArm > 0) {
      // The arm's size band (its own tumour at treatment), and with the local-control model the patient's grade and site.
      const row = layout.complicationStratumCounts + a * strataPerArm;
      const sizeBand = sizeBandStratum(volumes[a]) - sizeStratum;
      countComplicationStratum(counts, row + sizeBand * layout.complicationStratumStride, events, at, stride);
      if (grade >= 0) {
        countComplicationStratum(counts, row + (complicationGradeStratum + grade) * layout.complicationStratumStride, events, at, stride);
        countComplicationStratum(counts, row + (complicationSiteStratum + siteIndex - siteStratum) * layout.complicationStratumStride, events, at, stride);
      }
    }
  }
  const pairArms = plan.pairArms;
  for (let pair = 0; pair < layout.pairs; pair++) {
    const a = pairArms[2 * pair] * stride;
    const b = pairArms[2 * pair + 1] * stride;
    const cells = layout.complicationPairCounts + 2 * pair * stride;
    for (let e = 0; e < stride; e++) {
      if (events[a + e] !== events[b + e]) counts[cells + 2 * e + (events[a + e] === 1 ? 0 : 1)]++;
    }
  }
}

/**
 * Counts one patient-arm in the complication stratum whose cells start at `cell`: the patient, then its events and
 * complication-free control (`events[at…at + stride)`, accumulateComplications).
 */
function countComplicationStratum(counts: Int32Array, cell: number, events: Uint8Array, at: number, stride: number): void {
  counts[cell]++;
  for (let e = 0; e < stride; e++) counts[cell + 1 + e] += events[at + e];
}

/** Counts a patient whose parameters or survival arithmetic are invalid, per subtype and slot. */
function countProblems(plan: EnginePlan, counts: Int32Array, subtype: number, problems: number): void {
  const layout = plan.layout;
  counts[layout.invalidPatients]++;
  const row = layout.problems + subtype * layout.problemStride;
  for (let j = 0; j < layout.problemStride; j++) if ((problems >>> j) & 1) counts[row + j]++;
}

/** Why ln N_left was NaN: the residual-fraction draw (its slot), or else the survival arithmetic (last column). */
function invalidSlot(plan: EnginePlan, arm: number, patient: Float64Array, uniforms: Float64Array): number {
  const surgery = plan.armTable[armTableStride * arm + 1] === 1;
  const residual = uniforms[patientSlots.residualFraction];
  const fractionInvalid = surgery && Number.isNaN(logResidualFraction(plan, arm, patient, residual, uniforms[patientSlots.margin]));
  return fractionInvalid ? patientSlots.residualFraction : slotsPerPatient;
}

/**
 * The follow-up time bin of a failure detected on `day`: ⌊day/w⌋, the last bin for a day that rounding puts at
 * its end, or −1 when the failure is censored (day ≥ horizon, or NaN).
 */
function failureBin(plan: EnginePlan, day: number): number {
  if (!(day < plan.horizonDays)) return -1;
  const week = Math.floor(day / plan.binDays);
  const timeBins = plan.timeBins;
  // Rounding of day/binDays just below the horizon must not spill into the next cell's counts.
  return week < timeBins ? week : timeBins - 1;
}

/** Adds one failed patient's detection day to arm cell `countAt`'s time bins (nothing when censored). */
function countFailure(plan: EnginePlan, counts: Int32Array, countAt: number, day: number): void {
  const bin = failureBin(plan, day);
  if (bin >= 0) counts[countAt + 1 + plan.layout.histogramBins + bin]++;
}

/**
 * One patient: draw, evaluate every arm, accumulate. A function of its own (called once per patient) rather
 * than the body of the block loop, so that V8 optimises it with full type feedback instead of on-stack
 * replacement of a loop whose exit it has never seen (which deoptimised at the end of every block).
 */
function simulatePatient(plan: EnginePlan, work: BlockWorkspace): void {
  const { stream, uniforms, patient, tcp, expected, sums, counts } = work;
  nextBlockUniforms(stream, uniforms, slotsPerPatient);
  const extras = plan.extras;
  if (extras !== undefined) {
    // Every patient, valid or not, takes one draw from each keyed stream: patient i always gets the i-th draw.
    for (let m = 0; m < work.markerStreams.length; m++) work.markerUniforms[m] = nextBlockUniform(work.markerStreams[m]);
    for (let g = 0; g < work.agentStreams.length; g++) work.agentUniforms[g] = nextBlockUniform(work.agentStreams[g]);
  }
  const lc = plan.localControl;
  // Every patient, valid or not, takes the same number of local-control uniforms (patient order is stream order).
  if (lc !== undefined) nextBlockUniforms(work.localControlStream, work.localControlUniforms, localControlUniforms);
  // Likewise 5 uniforms from every lesion stream up to the scenario's largest count, whatever the patient's count.
  const lesionStreams = work.lesionStreams;
  for (let j = 0; j < lesionStreams.length; j++) nextBlockUniforms(lesionStreams[j], work.lesionUniformViews[j], lesionUniforms);
  // And 2 background uniforms, only in a scenario with `background` (a stream of its own: no other draw moves).
  if (plan.background !== undefined) nextBlockUniforms(work.backgroundStream, work.backgroundUniforms, backgroundUniforms);
  // And 4 complication uniforms, only in a scenario with `complications` (its own stream too).
  if (plan.complications !== undefined) nextBlockUniforms(work.complicationStream, work.complicationUniforms, complicationUniforms);
  // And 2 organ-complication uniforms with fracture or pneumonitis scored (a stream of its own: the 4 above never move).
  if (plan.complications?.organs === true) nextBlockUniforms(work.organComplicationStream, work.organComplicationUniforms, organComplicationUniforms);
  // And 1 plan uniform with target DVHs, whether or not an arm has several plans to pick from (stream of its own).
  const planUniform = work.planStream === undefined ? 0 : nextBlockUniform(work.planStream);
  // And 5 metastasis uniforms, only in a scenario with `metastasis` (its own stream: no other draw moves).
  if (plan.metastasis !== undefined) nextBlockUniforms(work.metastasisStream, work.metastasisUniforms, metastasisUniforms);
  // And 2 progression uniforms, only in a scenario with `progression` (its own stream: no other draw moves).
  if (plan.progression !== undefined) nextBlockUniforms(work.progressionStream, work.progressionUniforms, progressionUniforms);
  // And 8 pathway uniforms, only when some arm has a pathway (its own stream: no other draw moves).
  if (plan.pathway !== undefined) nextBlockUniforms(work.pathwayStream, work.pathwayUniforms, pathwayUniforms);
  // And 1 grade uniform when some arm chooses its treatment by diagnosis (its own stream: the 8 above never move).
  if (work.gradeStream !== undefined) work.gradeUniform = nextBlockUniform(work.gradeStream);
  const problems = drawPatient(plan, uniforms, patient);
  const s = patient[patientField.subtype];
  if (problems !== 0) {
    countProblems(plan, counts, s, problems);
    return;
  }
  if (lc !== undefined) {
    simulateLocalControlPatient(plan, lc, work, s);
    return;
  }
  const armCount = plan.arms.length;
  if (extras !== undefined) {
    evaluatePatientExtras(plan, extras, patient, work.markerUniforms, work.agentUniforms, work.status, work.armExtras);
  }
  for (let a = 0; a < armCount; a++) {
    const logLeft = armLogClonogens(plan, a, patient, uniforms, extras === undefined ? undefined : work.armExtras, planUniform);
    if (logLeft < certainControlLogClonogens) {
      // exp(−e^x) rounds to exactly 1 here (see certainControlLogClonogens): no exponential, and no failure
      // can follow (the control uniform is below 1), so N_left itself is never needed.
      expected[a] = 0;
      tcp[a] = 1;
      continue;
    }
    const m = portableExp(logLeft);
    const p = poissonControlProbability(m);
    if (p !== p) {
      countProblems(plan, counts, s, 1 << invalidSlot(plan, a, patient, uniforms));
      return;
    }
    expected[a] = m;
    tcp[a] = p;
  }
  const layout = plan.layout;
  counts[layout.validPatients]++;
  counts[layout.subtypePatients + s]++;
  const subtypeCount = plan.subtypes.length;
  const histogramBins = layout.histogramBins;
  const control = uniforms[patientSlots.control];
  const postDoubling = patient[patientSlots.postTreatmentDoublingTime];
  const detection = patient[patientSlots.detectionClonogens];
  // With `followUp.at` each arm's failure bin (−1: controlled, or detected after the horizon) for the pairs' paired
  // local recurrences, the only paired endpoint of this path: it has no competing events or progression.
  const paired = layout.pairEndpoints > 0;
  const failureBins = work.eventBins;
  let controlNormal = Number.NaN; // Φ⁻¹(U), computed once per patient if some arm needs the Poisson approximation
  for (let a = 0; a < armCount; a++) {
    const p = tcp[a];
    const cell = a * subtypeCount + s;
    const sumAt = layout.armSums + 2 * cell;
    sums[sumAt] += p;
    sums[sumAt + 1] += p * p;
    const countAt = layout.armCounts + cell * layout.armStride;
    const bin = Math.floor(p * histogramBins);
    counts[countAt + 1 + (bin < histogramBins ? bin : histogramBins - 1)]++;
    if (control < p) {
      counts[countAt]++;
      if (paired) failureBins[a] = -1;
      continue;
    }
    const m = expected[a];
    let clonogens: number;
    if (m < poissonExactBelowMean) {
      clonogens = poissonQuantileExact(control, m, p);
    } else {
      if (controlNormal !== controlNormal) controlNormal = normalQuantile(control);
      clonogens = poissonQuantileApproximate(control, m, controlNormal);
    }
    const end = extras === undefined ? plan.armTable[armTableStride * a] : work.armExtras[armExtrasStride * a + 2];
    const failure = failureBin(plan, failureDay(clonogens >= 1 ? clonogens : 1, end, postDoubling, detection, plan.firstVisitDays));
    if (failure >= 0) counts[countAt + 1 + histogramBins + failure]++;
    if (paired) failureBins[a] = failure;
  }
  if (extras !== undefined) accumulateExtras(plan, extras, work, control);
  const complications = plan.complications;
  if (complications !== undefined) {
    for (let a = 0; a < armCount; a++) work.controlledFlags[a] = control < tcp[a] ? 1 : 0;
    work.pathway.volume.fill(patient[patientSlots.tumourSize]); // no pathway without the local-control model
    accumulateComplications(plan, complications, work, work.pathway.volume, work.controlledFlags, -1, siteStratum); // no grade or site here
  }
  const pairArms = plan.pairArms;
  for (let pair = 0; pair < layout.pairs; pair++) {
    const a = pairArms[2 * pair];
    const b = pairArms[2 * pair + 1];
    const cell = pair * subtypeCount + s;
    const difference = tcp[a] - tcp[b];
    const sumAt = layout.pairSums + 2 * cell;
    sums[sumAt] += difference;
    sums[sumAt + 1] += difference * difference;
    const controlledA = control < tcp[a];
    if (controlledA !== control < tcp[b]) counts[layout.pairCounts + 2 * cell + (controlledA ? 0 : 1)]++;
    if (paired) {
      const at = layout.pairEventCounts + (pair * layout.pairEndpoints + pairedEndpoint.localRecurrenceDeathIgnored) * layout.pairEventStride;
      countPairEvents(counts, at, plan.timeBins, failureBins[a], failureBins[b]);
    }
  }
}

/** Adds a progression in bin `progressionBin` and a death in bin `deathBin` at `at` (−1: beyond the horizon, nothing). */
function countProgression(counts: Int32Array, at: number, timeBins: number, progressionBin: number, deathBin: number): void {
  if (progressionBin >= 0) counts[at + progressionBin]++;
  if (deathBin >= 0) counts[at + timeBins + deathBin]++;
}

/** The same in a progression stratum (PartialLayout): one patient more, then its progression and death bins. */
function countProgressionStratum(counts: Int32Array, at: number, timeBins: number, progressionBin: number, deathBin: number): void {
  counts[at]++;
  countProgression(counts, at + 1, timeBins, progressionBin, deathBin);
}

/** Adds one valid patient's lesions in arm a to the lesion section: lesions, controlled lesions, failures by time bin. */
function accumulateLesions(plan: EnginePlan, counts: Int32Array, a: number, lesions: LesionOutcome): void {
  const layout = plan.layout;
  const at = layout.lesionCounts + a * layout.lesionStride;
  counts[at] += lesions.count;
  counts[at + 1] += lesions.controlled;
  // As the strata: countFailure's cell + 1 + H + t lands on 2 + t.
  for (let j = 0; j < lesions.count; j++) if (lesions.days[j] < Infinity) countFailure(plan, counts, at + 1 - layout.histogramBins, lesions.days[j]);
}

/**
 * Counts one patient-arm in the stratum whose cells start at `at` (the strata section, localControlStrata):
 * patients, controlled, and a failure in time bin `bin` (from failureBin; −1: censored, nothing to count).
 */
function countStratum(counts: Int32Array, at: number, controlled: boolean, bin: number): void {
  counts[at]++;
  if (controlled) counts[at + 1]++;
  else if (bin >= 0) counts[at + 2 + bin]++;
}

/**
 * Days from the first treatment event to the patient's death from other causes: core's lifeTableDeathYears at the
 * patient's age (the age covariate's quantile of its age uniform) for its sex (a woman when the sex uniform is below
 * the share of women), times 365.25 days a year; computed as yearOfAgeDeathYears on the plan's hazards of that sex,
 * the same bits without a logarithm per year of age. NaN when the life table gives NaN.
 */
function otherCauseDeathDay(background: BackgroundPlan, lc: LocalControlPlan, ageUniform: number, uniforms: Float64Array): number {
  const age = distributionQuantile(lc.age, ageUniform);
  const hazards = uniforms[0] < background.femaleShare ? background.femaleHazards : background.maleHazards;
  return yearOfAgeDeathYears(hazards, age, uniforms[1]) * daysPerYear;
}

/**
 * Counts one patient-arm's competing events in the event group whose cells start at `at` (PartialLayout): the first
 * event — the recurrence in bin `recurrenceBin` when `recurrenceFirst`, else death from other causes in `deathBin` —
 * and, after a first recurrence, the death in `deathBin`; a bin of −1 lies beyond the horizon and counts nothing.
 */
function countEvents(counts: Int32Array, at: number, bins: number, recurrenceFirst: boolean, recurrenceBin: number, deathBin: number): void {
  if (recurrenceFirst) {
    if (recurrenceBin >= 0) counts[at + recurrenceBin]++;
    if (deathBin >= 0) counts[at + 2 * bins + deathBin]++;
  } else if (deathBin >= 0) counts[at + bins + deathBin]++;
}

/**
 * Counts one patient-arm's metastasis and deaths in the event group whose cells start at `at` (PartialLayout, with
 * `metastasis`): a metastasis detected strictly before death from other causes is the first event in `metastasisBin`,
 * followed by the death from sarcoma in `sarcomaBin` when that comes first, else by the other-cause death in
 * `otherBin`; without a metastasis shown, the other-cause death is the first event. A bin of −1 counts nothing. A
 * metastasis detected within the horizon also counts, on the scale of time since its detection, its death from any
 * cause in `afterDeathBin` or, alive at the horizon, its censoring in `afterCensorBin` (the other one −1).
 */
function countMetastasisEvents(
  counts: Int32Array,
  at: number,
  bins: number,
  metastasisFirst: boolean,
  sarcomaDead: boolean,
  metastasisBin: number,
  sarcomaBin: number,
  otherBin: number,
  afterDeathBin: number,
  afterCensorBin: number,
): void {
  if (!metastasisFirst) {
    if (otherBin >= 0) counts[at + 4 * bins + otherBin]++;
    return;
  }
  if (metastasisBin >= 0) counts[at + 3 * bins + metastasisBin]++;
  if (sarcomaDead) {
    if (sarcomaBin >= 0) counts[at + 5 * bins + sarcomaBin]++;
  } else if (otherBin >= 0) counts[at + 6 * bins + otherBin]++;
  if (afterDeathBin >= 0) counts[at + 7 * bins + afterDeathBin]++;
  else if (afterCensorBin >= 0) counts[at + 8 * bins + afterCensorBin]++;
}

/**
 * The metastasis model for one valid patient and every arm (docs/metastasis-model.md, "Engine wiring"): p from the
 * patient's grade, the size band of the tumour at the arm's treatment (work.pathway.volume: larger after a longer
 * wait), depth and presentation (the local-control stream's draws) and the subtype's histology (plan subtype index
 * `subtype`, MetastasisPlan.subtypeLogOddsRatio); a subclinical metastasis
 * when u_met < p, detected T_D(u_detect) after the arm's end of treatment; otherwise a local recurrence detected
 * before death from other causes seeds one when u_seed < s, detected T_D(u_seedDetect) after the recurrence; death
 * from sarcoma T_S(u_death) after the detection. The same uniforms in every arm, so an arm with fewer or later
 * recurrences never has more or earlier metastases or sarcoma deaths. A metastasis detected on or after the death from
 * other causes is never shown (and kills no one).
 * @returns false when a computed day is NaN (the patient is then invalid)
 */
function evaluateMetastasis(
  metastasis: MetastasisPlan,
  lc: LocalControlPlan,
  work: BlockWorkspace,
  grade: number,
  subtype: number,
  otherCauseDeathDay: number,
): boolean {
  const u = work.metastasisUniforms;
  const lcUniforms = work.localControlUniforms;
  const ratio = metastasis.logOddsRatio;
  const deep = lcUniforms[1] < lc.deepShare;
  const recurrent = lcUniforms[4] < lc.recurrentShare;
  // Computed when first needed: the uniforms are drawn either way.
  let detectionDays = Number.NaN;
  let seededDetectionDays = Number.NaN;
  let survivalDays = Number.NaN;
  const outcome = work.localControl;
  const out = work.metastasis;
  // The decision per size band of the tumour at treatment, computed once per band met (one band in every arm without
  // a pathway: a logistic per patient, not per arm).
  let bandOf = -1;
  let subclinical = false;
  for (let a = 0; a < outcome.day.length; a++) {
    const sizeIndex = sizeBandStratum(work.pathway.volume[a]) - sizeStratum;
    if (sizeIndex !== bandOf) {
      bandOf = sizeIndex;
      // Σ c_k x_k + h_s: grade G2/G3, size band 5–10 / > 10 cm (sizeBandStratum), deep, recurrent presentation, histology.
      let logOdds = (grade === 1 ? ratio[0] : grade === 2 ? ratio[1] : 0) + metastasis.subtypeLogOddsRatio[subtype];
      if (sizeIndex === 1) logOdds += ratio[2];
      else if (sizeIndex === 2) logOdds += ratio[3];
      if (deep) logOdds += ratio[4];
      if (recurrent) logOdds += ratio[5];
      subclinical = u[0] < subclinicalMetastasisProbability(metastasis.interceptLogOdds, logOdds);
    }
    if (subclinical && detectionDays !== detectionDays) detectionDays = metastasisDetectionDays(u[1], metastasis.detectionMedianDays, metastasis.detectionSigma);
    const seeds = !subclinical && u[2] < metastasis.seedingProbability;
    let day = Infinity;
    if (subclinical) day = work.spans[work.treatedAs[a]] + detectionDays;
    else if (seeds && outcome.controlled[a] === 0 && outcome.day[a] < otherCauseDeathDay) {
      if (seededDetectionDays !== seededDetectionDays) {
        seededDetectionDays = metastasisDetectionDays(u[3], metastasis.detectionMedianDays, metastasis.detectionSigma);
      }
      day = outcome.day[a] + seededDetectionDays;
    }
    let sarcomaDeath = Infinity;
    if (day < otherCauseDeathDay) {
      if (survivalDays !== survivalDays) survivalDays = postMetastasisDeathDays(u[4], metastasis.survivalMedianDays, metastasis.survivalSigma);
      sarcomaDeath = day + survivalDays;
    }
    if (day !== day || sarcomaDeath !== sarcomaDeath) return false;
    out.metastasisDay[a] = day;
    out.sarcomaDeathDay[a] = sarcomaDeath;
    out.deathDay[a] = sarcomaDeath < otherCauseDeathDay ? sarcomaDeath : otherCauseDeathDay;
  }
  return true;
}

/**
 * Treatment by diagnosis (docs/scenarios.md, "The diagnostic pathway"): for each arm with treatmentBySubtype or
 * treatmentByGrade, the patient's diagnosis (diagnosedSubtype, the pathway stream's uniform 6, and diagnosedGrade, the
 * grade stream's uniform, the same in every arm) chooses the arm whose treatment they receive: the subtype's arm when
 * its table names one, else the diagnosed grade's when the diagnosis is a sarcoma, else this arm's. The
 * patient keeps the true biology, so their outcome in that arm is the outcome here: its TCP, control, recurrence day,
 * margin class and tumour at treatment are copied, and treatedAs points at it (its span and complication model). Arms
 * named by a table have no table (the parser refuses chains), so a copy's source is never a copy. Records whether the
 * diagnosis was wrong, whether the treatment differs from the one the true subtype and grade choose, and whether that
 * right treatment controls the tumour (read before any copy).
 */
function applyRouting(plan: EnginePlan, pathway: PathwayPlan, work: BlockWorkspace, trueSubtype: number, trueGrade: number): void {
  const outcome = work.localControl;
  const tumour = work.pathway;
  const subtypeCount = plan.subtypes.length;
  for (let a = 0; a < plan.arms.length; a++) {
    const routing = pathway.routing[a];
    work.treatedAs[a] = a;
    if (routing === undefined) continue;
    const diagnosis = diagnosedSubtype(routing, trueSubtype, subtypeCount, work.pathwayUniforms[6]);
    // The grade is diagnosed for a sarcoma only (G1); a benign or non-sarcoma diagnosis carries none.
    const sarcoma = isSarcomaDiagnosis(routing, diagnosis, subtypeCount, work.pathwayUniforms[6]);
    const grade = diagnosedGrade(trueGrade, routing.gradeError, work.gradeUniform);
    const bySubtype = routing.route[diagnosis];
    const given = bySubtype >= 0 || !sarcoma ? bySubtype : routing.gradeRoute[grade];
    const rightBySubtype = routing.route[trueSubtype];
    const right = rightBySubtype >= 0 ? rightBySubtype : routing.gradeRoute[trueGrade];
    const treatedAs = given < 0 ? a : given;
    const rightAs = right < 0 ? a : right;
    work.misdiagnosed[a] = diagnosis === trueSubtype ? 0 : 1;
    work.misgraded[a] = sarcoma && grade !== trueGrade ? 1 : 0;
    work.partial[a] = sarcoma && (diagnosis !== trueSubtype || work.misgraded[a] === 1) ? 1 : 0;
    work.mistreated[a] = treatedAs === rightAs ? 0 : 1;
    work.rightControlled[a] = outcome.controlled[rightAs];
    if (treatedAs === a) continue;
    work.treatedAs[a] = treatedAs;
    outcome.tcp[a] = outcome.tcp[treatedAs];
    outcome.controlled[a] = outcome.controlled[treatedAs];
    outcome.day[a] = outcome.day[treatedAs];
    outcome.margin[a] = outcome.margin[treatedAs];
    tumour.days[a] = tumour.days[treatedAs];
    tumour.treatmentDays[a] = tumour.treatmentDays[treatedAs];
    tumour.symptomDays[a] = tumour.symptomDays[treatedAs];
    tumour.diameter[a] = tumour.diameter[treatedAs];
    tumour.volume[a] = tumour.volume[treatedAs];
    tumour.unplanned[a] = tumour.unplanned[treatedAs];
  }
}

/**
 * Counts one patient-arm's pathway in the pathway section (PartialLayout): the week of the first treatment after the
 * first doctor visit, the centimetre of the diameter at treatment (the last bin of each holds everything beyond),
 * an unplanned excision with whether the arm then controlled the tumour, a diagnosis-to-treatment interval beyond 42
 * days, and (a treatment table) a wrong subtype, a treatment other than the true subtype and grade choose, whether the
 * tumour was controlled as treated, and whether that right treatment controls it.
 */
function countPathway(plan: EnginePlan, counts: Int32Array, a: number, work: BlockWorkspace, controlled: boolean): void {
  const tumour = work.pathway;
  const at = plan.layout.pathwayCounts + a * plan.layout.pathwayStride;
  const o = pathwayOffsets;
  const week = Math.floor(tumour.days[a] / 7);
  counts[at + o.weeks + (week < pathwayWeekBins - 1 ? week : pathwayWeekBins - 1)]++;
  const centimetre = Math.floor(tumour.diameter[a]);
  counts[at + o.diameter + (centimetre < pathwayDiameterBins - 1 ? centimetre : pathwayDiameterBins - 1)]++;
  if (tumour.unplanned[a] === 1) {
    counts[at + o.unplanned]++;
    if (controlled) counts[at + o.unplannedControlled]++;
  }
  // 6 weeks or more from diagnosis, where overall survival starts to worsen (outcome-evidence G9, G10); the same
  // boundary as the weekly bins of the wait from the first visit (week 6 starts at 42 days).
  if (tumour.treatmentDays[a] >= 42) counts[at + o.lateAfterDiagnosis]++;
  if (work.misdiagnosed[a] === 1) counts[at + o.misdiagnosed]++;
  if (work.mistreated[a] === 1) {
    counts[at + o.mistreated]++;
    if (controlled) counts[at + o.mistreatedControlled]++;
    if (work.rightControlled[a] === 1) counts[at + o.mistreatedControlledIfRight]++;
  }
  const symptomWeek = Math.floor(tumour.symptomDays[a] / 7);
  counts[at + o.symptomWeeks + (symptomWeek < pathwaySymptomBins - 1 ? symptomWeek : pathwaySymptomBins - 1)]++;
  if (work.misgraded[a] === 1) counts[at + o.misgraded]++;
  if (work.partial[a] === 1) counts[at + o.partial]++;
}

/**
 * One valid patient of a scenario with the local-control model: arms that use it by {@link evaluateLocalControl},
 * the others as in simulatePatient (ln N_left, TCP, U < TCP, failureDay); then the same sums and counts, with the
 * control decision and failure day per arm, and the strata section (grade, margin class per arm, size band, site).
 * A scenario of classic arms only takes this path with `metastasis` or `background`: its arms' control decisions and
 * failure days are then those simulatePatient gives (the same uniforms and arithmetic), the covariates are drawn
 * for the probability of metastasis and the age, and no strata are counted (the layout has none).
 */
function simulateLocalControlPatient(plan: EnginePlan, lc: LocalControlPlan, work: BlockWorkspace, s: number): void {
  const { uniforms, patient, sums, counts } = work;
  const outcome = work.localControl;
  const lcUniforms = work.localControlUniforms;
  const tumour = work.pathway;
  // The tumour at each arm's treatment: grown over the arm's pathway, or the cohort's (evaluatePathway).
  if (!evaluatePathway(plan.pathway, patient[patientSlots.tumourSize], lcUniforms[1] < lc.deepShare, lcUniforms[5] < lc.unplannedShare, work.pathwayUniforms, work.pathwayScores, tumour)) {
    countProblems(plan, counts, s, 1 << slotsPerPatient);
    return;
  }
  const grade = evaluateLocalControl(lc, patient, uniforms, lcUniforms, work.spans, plan.firstVisitDays, tumour, outcome);
  if (grade < 0) {
    countProblems(plan, counts, s, 1 << slotsPerPatient);
    return;
  }
  const background = plan.background;
  // One time of death per patient, shared by every arm (a paired design); Infinity without background.
  const deathDay = background === undefined ? Infinity : otherCauseDeathDay(background, lc, work.localControlUniforms[3], work.backgroundUniforms);
  if (deathDay !== deathDay) {
    countProblems(plan, counts, s, 1 << slotsPerPatient);
    return;
  }
  const control = uniforms[patientSlots.control];
  const armCount = plan.arms.length;
  const lesionPlan = plan.lesions;
  const metastasis = plan.metastasis;
  for (let a = 0; a < armCount; a++) {
    if (lc.arms[a]?.enabled === true) continue;
    outcome.margin[a] = marginStratum + 5;
    const lesionArm = lesionPlan?.arms[a];
    if (lesionArm !== undefined) {
      const lesions = work.lesions[a];
      const countUniform = work.localControlUniforms[lesionCountUniform];
      if (!evaluateLesions(lesionArm, lc, patient, countUniform, work.lesionUniforms, grade, work.spans[a], plan.firstVisitDays, lesions)) {
        countProblems(plan, counts, s, 1 << slotsPerPatient);
        return;
      }
      outcome.tcp[a] = lesions.tcp;
      outcome.controlled[a] = lesions.controlled === lesions.count ? 1 : 0;
      outcome.day[a] = lesions.day;
      continue;
    }
    const logLeft = armLogClonogens(plan, a, patient, uniforms);
    const m = logLeft < certainControlLogClonogens ? 0 : portableExp(logLeft);
    const p = poissonControlProbability(m);
    if (p !== p) {
      countProblems(plan, counts, s, 1 << invalidSlot(plan, a, patient, uniforms));
      return;
    }
    outcome.tcp[a] = p;
    if (control < p) {
      outcome.controlled[a] = 1;
      outcome.day[a] = Infinity;
      continue;
    }
    outcome.controlled[a] = 0;
    const clonogens = m < poissonExactBelowMean ? poissonQuantileExact(control, m, p) : poissonQuantileApproximate(control, m, normalQuantile(control));
    const day = failureDay(clonogens >= 1 ? clonogens : 1, work.spans[a], patient[patientSlots.postTreatmentDoublingTime], patient[patientSlots.detectionClonogens], plan.firstVisitDays);
    outcome.day[a] = day;
  }
  if (plan.pathway !== undefined) applyRouting(plan, plan.pathway, work, s, grade);
  // Before the patient counts as valid: a NaN day makes the patient invalid, counted once as a problem.
  if (metastasis !== undefined && !evaluateMetastasis(metastasis, lc, work, grade, s, deathDay)) {
    countProblems(plan, counts, s, 1 << slotsPerPatient);
    return;
  }
  if (plan.progression !== undefined && !evaluateProgression(plan.progression, work.progressionUniforms, outcome.day, deathDay, work.progression)) {
    countProblems(plan, counts, s, 1 << slotsPerPatient);
    return;
  }
  const layout = plan.layout;
  counts[layout.validPatients]++;
  counts[layout.subtypePatients + s]++;
  const subtypeCount = plan.subtypes.length;
  const histogramBins = layout.histogramBins;
  const stratumCounts = layout.stratumCounts;
  const stratumStride = layout.stratumStride;
  const strataPerArm = layout.strata * stratumStride;
  const stratified = layout.strata > 0;
  // The paired endpoints' event bins, read by the pair loop below: only when `followUp.at` reports them.
  const paired = layout.pairEndpoints > 0;
  // Offset of the patient's site within an arm's strata, the same in every arm (the size band is the arm's own).
  const siteIndex = siteStratumIndex(lc, work.localControlUniforms[2]);
  const site = siteIndex * stratumStride;
  // Death from other causes (Infinity without background): its bin, −1 beyond the horizon or never.
  const otherBin = failureBin(plan, deathDay);
  // Death from any cause for the competing-events endpoints: from other causes, or from sarcoma first with the
  // progression model (metastatic patients after SBRT; the same day in every arm, so its bin is found once) or the
  // metastasis model (per arm: metastases seeded by each arm's recurrence). The two models never meet in one run.
  const sharedDeathDay = plan.progression !== undefined ? work.progression.deathDay : deathDay;
  const sharedDeathBin = plan.progression !== undefined ? failureBin(plan, sharedDeathDay) : otherBin;
  for (let a = 0; a < armCount; a++) {
    const p = outcome.tcp[a];
    const cell = a * subtypeCount + s;
    const sumAt = layout.armSums + 2 * cell;
    sums[sumAt] += p;
    sums[sumAt + 1] += p * p;
    const countAt = layout.armCounts + cell * layout.armStride;
    const bin = Math.floor(p * histogramBins);
    counts[countAt + 1 + (bin < histogramBins ? bin : histogramBins - 1)]++;
    const controlled = outcome.controlled[a] === 1;
    // The size band of the tumour at this arm's treatment (grown over its pathway; the cohort's without one).
    const sizeIndex = sizeBandStratum(tumour.volume[a]);
    const sizeBand = sizeIndex * stratumStride;
    if (plan.pathway !== undefined && (plan.pathway.arms[a] !== undefined || plan.pathway.routing[a] !== undefined)) countPathway(plan, counts, a, work, controlled);
    // The failure's time bin once for the arm and its four strata (−1: controlled or censored).
    const failure = controlled ? -1 : failureBin(plan, outcome.day[a]);
    if (controlled) counts[countAt]++;
    else if (failure >= 0) counts[countAt + 1 + histogramBins + failure]++;
    // Strata: the patient's grade, the arm's margin class, the size band and the site (four calls, not a loop over
    // a fresh array: no allocation per patient and arm). None when only metastasis or background use this path.
    const row = stratumCounts + a * strataPerArm;
    if (stratified) {
      countStratum(counts, row + grade * stratumStride, controlled, failure);
      countStratum(counts, row + outcome.margin[a] * stratumStride, controlled, failure);
      countStratum(counts, row + sizeBand, controlled, failure);
      countStratum(counts, row + site, controlled, failure);
    }
    if (lesionPlan?.arms[a] !== undefined) accumulateLesions(plan, counts, a, work.lesions[a]);
    // The local recurrence whenever it comes, death ignored, as the arm's local control counts it (pairedEndpoint).
    if (paired) work.eventBins[pairedEndpoint.localRecurrenceDeathIgnored * armCount + a] = failure;
    if (plan.progression !== undefined) {
      // Progression and death from any cause, each in its time bin (−1: beyond the horizon, nothing counted).
      const at = layout.progressionCounts + a * layout.progressionStride;
      const progressionBin = failureBin(plan, work.progression.progressionDay[a]);
      countProgression(counts, at, plan.timeBins, progressionBin, sharedDeathBin);
      if (paired) work.eventBins[(layout.pairEndpoints - 1) * armCount + a] = progressionBin; // PFS is the last paired endpoint
      // And the same in the patient's grade stratum and in the stratum of the lesions this arm treats.
      const strata = at + 2 * plan.timeBins;
      const stride = layout.progressionStratumStride;
      countProgressionStratum(counts, strata + grade * stride, plan.timeBins, progressionBin, sharedDeathBin);
      countProgressionStratum(counts, strata + (lesionCountStratum + work.lesions[a].count - 1) * stride, plan.timeBins, progressionBin, sharedDeathBin);
    }
    if (layout.competingEvents === 1) {
      const armDeathDay = metastasis === undefined ? sharedDeathDay : work.metastasis.deathDay[a];
      const deathBin = metastasis === undefined ? sharedDeathBin : failureBin(plan, armDeathDay);
      // The first event: the recurrence when it comes strictly before the death (a tie counts as death first).
      const recurrenceFirst = !controlled && outcome.day[a] < armDeathDay;
      // The paired endpoints' events (pairedEndpoint): LRFS's (the first of recurrence and death), the recurrence as
      // first event and, with metastasis, OS's (the death); −1 when it does not come within the horizon.
      if (paired) {
        work.eventBins[pairedEndpoint.localRecurrenceFreeSurvival * armCount + a] = recurrenceFirst ? failure : deathBin;
        work.eventBins[pairedEndpoint.localRecurrence * armCount + a] = recurrenceFirst ? failure : -1;
        if (metastasis !== undefined) work.eventBins[pairedEndpoint.overallSurvival * armCount + a] = deathBin;
      }
      const bins = plan.timeBins;
      const eventStride = layout.eventStride;
      const events = layout.eventCounts + a * layout.eventGroups * eventStride;
      countEvents(counts, events, bins, recurrenceFirst, failure, deathBin);
      if (stratified) {
        countEvents(counts, events + (1 + grade) * eventStride, bins, recurrenceFirst, failure, deathBin);
        countEvents(counts, events + (1 + outcome.margin[a]) * eventStride, bins, recurrenceFirst, failure, deathBin);
        countEvents(counts, events + (1 + sizeIndex) * eventStride, bins, recurrenceFirst, failure, deathBin);
        countEvents(counts, events + (1 + siteIndex) * eventStride, bins, recurrenceFirst, failure, deathBin);
      }
      if (metastasis !== undefined) {
        const metastasisDay = work.metastasis.metastasisDay[a];
        const metastasisFirst = metastasisDay < deathDay;
        const sarcomaDead = work.metastasis.sarcomaDeathDay[a] < deathDay;
        const metastasisBin = failureBin(plan, metastasisDay);
        const sarcomaBin = failureBin(plan, work.metastasis.sarcomaDeathDay[a]);
        // The metastasis and the death from sarcoma as countMetastasisEvents counts them (each arm's cumulative incidence).
        if (paired) {
          work.eventBins[pairedEndpoint.metastasis * armCount + a] = metastasisFirst ? metastasisBin : -1;
          work.eventBins[pairedEndpoint.sarcomaDeath * armCount + a] = metastasisFirst && sarcomaDead ? sarcomaBin : -1;
        }
        // Survival after a metastasis shown within the horizon, timed from its detection: the death (from any cause)
        // within the horizon, else alive at the horizon. failureBin takes the time since detection: both are
        // shorter than the horizon, since the detection day is > 0 (T_D > 0).
        const shown = metastasisFirst && metastasisBin >= 0;
        const deathWithin = armDeathDay < plan.horizonDays;
        const afterDeathBin = shown && deathWithin ? failureBin(plan, armDeathDay - metastasisDay) : -1;
        const afterCensorBin = shown && !deathWithin ? failureBin(plan, plan.horizonDays - metastasisDay) : -1;
        // The arm and its four strata, as countEvents above (no array per patient and arm).
        countMetastasisEvents(counts, events, bins, metastasisFirst, sarcomaDead, metastasisBin, sarcomaBin, otherBin, afterDeathBin, afterCensorBin);
        if (stratified) {
          countMetastasisEvents(counts, events + (1 + grade) * eventStride, bins, metastasisFirst, sarcomaDead, metastasisBin, sarcomaBin, otherBin, afterDeathBin, afterCensorBin);
          countMetastasisEvents(counts, events + (1 + outcome.margin[a]) * eventStride, bins, metastasisFirst, sarcomaDead, metastasisBin, sarcomaBin, otherBin, afterDeathBin, afterCensorBin);
          countMetastasisEvents(counts, events + (1 + sizeIndex) * eventStride, bins, metastasisFirst, sarcomaDead, metastasisBin, sarcomaBin, otherBin, afterDeathBin, afterCensorBin);
          countMetastasisEvents(counts, events + (1 + siteIndex) * eventStride, bins, metastasisFirst, sarcomaDead, metastasisBin, sarcomaBin, otherBin, afterDeathBin, afterCensorBin);
        }
      }
    }
  }
  if (plan.complications !== undefined) accumulateComplications(plan, plan.complications, work, tumour.volume, outcome.controlled, grade, siteIndex);
  const pairArms = plan.pairArms;
  for (let pair = 0; pair < layout.pairs; pair++) {
    const a = pairArms[2 * pair];
    const b = pairArms[2 * pair + 1];
    const cell = pair * subtypeCount + s;
    const difference = outcome.tcp[a] - outcome.tcp[b];
    const sumAt = layout.pairSums + 2 * cell;
    sums[sumAt] += difference;
    sums[sumAt + 1] += difference * difference;
    const controlledA = outcome.controlled[a] === 1;
    if (controlledA !== (outcome.controlled[b] === 1)) counts[layout.pairCounts + 2 * cell + (controlledA ? 0 : 1)]++;
    for (let v = 0; v < layout.pairEndpoints; v++) {
      const at = layout.pairEventCounts + (pair * layout.pairEndpoints + v) * layout.pairEventStride;
      countPairEvents(counts, at, plan.timeBins, work.eventBins[v * armCount + a], work.eventBins[v * armCount + b]);
    }
  }
}

/**
 * Counts one patient's event times in arms a and b of a pair (PartialLayout, paired event times): the earlier event
 * opens a span in which only that arm has had it, the later one (when within the horizon) closes it. Bins of −1 (no
 * event within the horizon) come after every bin; equal bins count nothing.
 */
function countPairEvents(counts: Int32Array, at: number, bins: number, binA: number, binB: number): void {
  const a = binA < 0 ? bins : binA;
  const b = binB < 0 ? bins : binB;
  if (a < b) {
    counts[at + a]++;
    if (b < bins) counts[at + bins + b]++;
  } else if (b < a) {
    counts[at + 2 * bins + b]++;
    if (a < bins) counts[at + 3 * bins + a]++;
  }
}

/**
 * Simulates block k of a scenario: patients [4096k, min(4096(k + 1), patients)), each drawing exactly
 * `slotsPerPatient` uniforms from block k's `slots` stream (blockStream: Philox 4×32-10 at counter (0, k, i, slots
 * + draw group) for patient i of the block), and returns the block's sums and counts (layout: `plan.layout`, see {@link PartialLayout}).
 *
 * Per patient: parameters by {@link drawPatient}; per arm ln N_left by {@link armLogClonogens},
 * TCP = exp(−exp(ln N_left)) (tcpPoisson in log space), controlled ⟺ U < TCP with the patient's one control
 * uniform U in every arm (common random numbers); otherwise K = Poisson⁻¹(U; N_left) ≥ 1 clonogens regrow to
 * a detected failure on {@link failureDay}, binned by week of follow-up, censored at the horizon. The compared pairs
 * of arms (EnginePlan.pairArms) accumulate the paired TCP difference and the discordant control decisions.
 *
 * A patient with a parameter outside its domain, or a NaN from the survival arithmetic, is counted under
 * `problems` and contributes nothing else: NaN never enters a sum, and the summary refuses the run.
 *
 * With `plan.extras` (markers, modifier kills, GARD, prescriptions), each patient also takes one uniform from the
 * block's keyed stream of every marker and agent (keyedStream), its per-arm dose scale, kill, span and GARD come from
 * evaluatePatientExtras, and the block's biomarker sections (PartialLayout) are filled. Without extras nothing of
 * this runs, and the block is exactly what it was before these features.
 *
 * With `plan.background` (on the local-control path, which a scenario with `background` or `metastasis` always takes),
 * each patient also takes 2 uniforms from the block's
 * `otherCauseDeath` stream (sex, time of death from other causes, shared by every arm), and each arm's
 * first event (local recurrence, or death) and any death after a recurrence are counted per time bin in the arm's and
 * its four strata's competing-events cells (PartialLayout). Without it nothing of this runs.
 *
 * With `plan.complications`, each patient also takes 4 uniforms from the block's `complicationEvents` stream (one
 * per endpoint, shared by every arm), and 2 more from `complicationOrgans` when fracture or pneumonitis is scored, and each arm's complications, complication-free control, its complication
 * strata and the pairs' discordant patients are counted (accumulateComplications). Without it nothing of this runs.
 *
 * With a target DVH on some arm, each patient also takes 1 uniform from the block's `planTarget` stream (blockStream),
 * which picks the patient's plan of every arm whose DVH is a folder of plans (armLogClonogens). Without one nothing
 * of this runs.
 * With a pathway on some arm, each patient also takes 8 uniforms from the block's `pathwayEvents` stream (shared by
 * every arm); each arm with a pathway treats the tumour grown over its wait, after an unplanned excision when one
 * came first (evaluatePathway), and counts its pathway (countPathway). Without one nothing of this runs, and every
 * arm treats the cohort's tumour as before.
 * Allocation: the two result arrays and a few small scratch arrays per block, none per patient (except core's
 * `logSurvival` on the general survival path).
 *
 * Engine: a plan on the plain path (kernelEligibility) is simulated by the WebAssembly block kernel where it runs
 * (kernelSimulateBlock), which returns the same bits as the TypeScript code here; `engine: 'typescript'` (or the
 * environment variable RTSIM_BLOCK_ENGINE=typescript) always runs the TypeScript code.
 * @param plan - from {@link compilePlan}
 * @param blockIndex - k, a whole number in [0, plan.blockCount)
 * @param engine - `auto` (default: defaultBlockEngine) or `typescript`
 * @returns the block partial
 * @throws RangeError for a block index outside the run
 */
export function simulateBlock(plan: EnginePlan, blockIndex: number, engine: BlockEngine = defaultBlockEngine()): BlockPartial {
  if (!(Number.isInteger(blockIndex) && blockIndex >= 0 && blockIndex < plan.blockCount)) {
    throw new RangeError(`block index must be a whole number in 0…${plan.blockCount - 1}, got ${blockIndex}`);
  }
  if (engine === 'auto') {
    const partial = kernelSimulateBlock(plan, blockIndex);
    if (partial !== undefined) return partial;
  }
  const patients = Math.min(blockSize, plan.patients - blockIndex * blockSize);
  const extras = plan.extras;
  const lesionCount = plan.lesions?.maxCount ?? 0;
  const lesionUniformsAll = new Float64Array(lesionUniforms * lesionCount);
  const complicationUniformsAll = new Float64Array(complicationUniforms + organComplicationUniforms);
  const work: BlockWorkspace = {
    markerStreams: (extras?.markers ?? []).map((name) => keyedStream(plan.seed, blockIndex, 'marker', name)),
    agentStreams: (extras?.agents ?? []).map((name) => keyedStream(plan.seed, blockIndex, 'response', name)),
    markerUniforms: new Float64Array(extras?.markers.length ?? 0),
    agentUniforms: new Float64Array(extras?.agents.length ?? 0),
    status: new Uint8Array(extras?.markers.length ?? 0),
    armExtras: new Float64Array(armExtrasStride * plan.arms.length),
    localControlStream: blockStream(plan.seed, blockIndex, 'localControl'),
    localControlUniforms: new Float64Array(localControlUniforms),
    localControl: {
      tcp: new Float64Array(plan.arms.length),
      controlled: new Uint8Array(plan.arms.length),
      day: new Float64Array(plan.arms.length),
      margin: new Uint8Array(plan.arms.length),
      classPi: new Float64Array(4),
      perFraction: new Float64Array(plan.localControl?.doses.length ?? 0),
    },
    spans: Float64Array.from(plan.arms, (_, a) => plan.armTable[armTableStride * a]),
    lesionStreams: Array.from({ length: lesionCount }, (_, j) => blockStream(plan.seed, blockIndex, 'lesion', j)),
    lesionUniforms: lesionUniformsAll,
    lesionUniformViews: Array.from({ length: lesionCount }, (_, j) => lesionUniformsAll.subarray(lesionUniforms * j, lesionUniforms * (j + 1))),
    lesions: plan.arms.map(() => ({ tcp: 1, count: 0, controlled: 0, day: Infinity, days: new Float64Array(plan.lesions?.maxCount ?? 0) })),
    backgroundStream: blockStream(plan.seed, blockIndex, 'otherCauseDeath'),
    backgroundUniforms: new Float64Array(backgroundUniforms),
    complicationStream: blockStream(plan.seed, blockIndex, 'complicationEvents'),
    complicationUniforms: complicationUniformsAll,
    organComplicationStream: blockStream(plan.seed, blockIndex, 'complicationOrgans'),
    organComplicationUniforms: complicationUniformsAll.subarray(complicationUniforms),
    controlledFlags: new Uint8Array(plan.arms.length),
    complicationEvents: new Uint8Array(plan.arms.length * plan.layout.complicationStride),
    planStream: plan.arms.some((arm) => arm.targetDvh !== undefined) ? blockStream(plan.seed, blockIndex, 'planTarget') : undefined,
    metastasisStream: blockStream(plan.seed, blockIndex, 'metastasis'),
    metastasisUniforms: new Float64Array(metastasisUniforms),
    metastasis: {
      metastasisDay: new Float64Array(plan.arms.length),
      sarcomaDeathDay: new Float64Array(plan.arms.length),
      deathDay: new Float64Array(plan.arms.length),
    },
    progressionStream: blockStream(plan.seed, blockIndex, 'progression'),
    progressionUniforms: new Float64Array(progressionUniforms),
    progression: { progressionDay: new Float64Array(plan.arms.length), deathDay: Infinity },
    pathwayStream: blockStream(plan.seed, blockIndex, 'pathwayEvents'),
    pathwayUniforms: new Float64Array(pathwayUniforms),
    pathwayScores: new Float64Array(4),
    eventBins: new Int32Array(plan.layout.pairEndpoints * plan.arms.length),
    treatedAs: Int32Array.from(plan.arms, (_, a) => a),
    misdiagnosed: new Uint8Array(plan.arms.length),
    mistreated: new Uint8Array(plan.arms.length),
    rightControlled: new Uint8Array(plan.arms.length),
    misgraded: new Uint8Array(plan.arms.length),
    partial: new Uint8Array(plan.arms.length),
    gradeStream: plan.pathway?.routing.some((routing) => routing !== undefined) === true ? blockStream(plan.seed, blockIndex, 'pathwayGrade') : undefined,
    gradeUniform: 0,
    pathway: {
      days: new Float64Array(plan.arms.length),
      treatmentDays: new Float64Array(plan.arms.length),
      symptomDays: new Float64Array(plan.arms.length),
      diameter: new Float64Array(plan.arms.length),
      volume: new Float64Array(plan.arms.length),
      unplanned: new Uint8Array(plan.arms.length),
    },
    stream: blockStream(plan.seed, blockIndex),
    uniforms: new Float64Array(slotsPerPatient),
    patient: new Float64Array(patientField.length),
    tcp: new Float64Array(plan.arms.length),
    expected: new Float64Array(plan.arms.length),
    sums: new Float64Array(plan.layout.sumLength),
    counts: new Int32Array(plan.layout.countLength),
  };
  // The extremes are combined by maximum (combineExtremes): start below every dose, and hold 0 (no extreme) when
  // the block has no valid patient, so that the fixed-point conversion sees finite numbers only.
  work.sums.fill(-Infinity, plan.layout.doseExtremes, plan.layout.markerSums);
  for (let i = 0; i < patients; i++) simulatePatient(plan, work);
  if (work.counts[plan.layout.validPatients] === 0) work.sums.fill(0, plan.layout.doseExtremes, plan.layout.markerSums);
  return { blockIndex, patients, sums: work.sums, counts: work.counts };
}

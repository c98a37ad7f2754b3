import {
  daysPerYear,
  defaultClonogenDensity,
  defaultDetectionVolume,
  defaultOer,
  fixedDistributionValue,
  gradeDoublingTime,
  hypoxicFractionFromDiameter,
  librarySubtype,
  localControlCurve,
  localControlDefaults,
  reoxygenatedLogSurvival,
  residualDiseaseProbability,
  tumourBedLogSurvival,
} from '@rtsim/core';
import type { Distribution, MarginClass } from '@rtsim/core';
import { centralValue } from './centralValue.js';

/** Margin class of the explorer: the model's four classes of a resection, and R2 (gross residual disease). */
export type ExplorerMargin = MarginClass | 'R2';

/** When radiotherapy is given: before or after the resection, instead of it (gross tumour), or not at all. */
export type TreatmentTiming = 'preop' | 'postop' | 'rt-alone' | 'surgery-alone';

/** Site of the primary as the model groups it (retroperitoneum and head and neck share one odds ratio). */
export type TumourSite = 'extremity' | 'trunk-wall' | 'retroperitoneum' | 'head-neck';

/** One patient of the local-control model with every covariate fixed (presentation: primary). */
export interface LocalControlPatient {
  readonly margin: ExplorerMargin;
  readonly timing: TreatmentTiming;
  /** FNCLCC grade 1–3. */
  readonly grade: 1 | 2 | 3;
  /** Largest tumour diameter, cm (> 0). */
  readonly diameter: number;
  readonly site: TumourSite;
  readonly deep: boolean;
  /** Age 50 years or more. */
  readonly ageOver50: boolean;
}

/** The radiotherapy course: equal fractions (the LC model has no time term, so spacing does not enter). */
export interface LocalControlCourse {
  /** Dose per fraction, Gy. */
  readonly dose: number;
  readonly fractions: number;
}

const fixed = fixedDistributionValue;
const lognormal = (d: Distribution): { median: number; sigma: number } =>
  (typeof d === 'object' && d.dist === 'lognormal' ? { median: d.median, sigma: d.sigma } : { median: Number.NaN, sigma: Number.NaN });

/**
 * Radiobiology the local-control model was calibrated with (scripts/reference/local_control_model.py): the library's
 * STS α (normal, truncated at 0) and α/β (median), the OER (mode), the clonogen density (median) and a detectable
 * recurrence of defaultDetectionVolume. Read from the library each call, never copied.
 */
function calibrationBiology(): { alphaMean: number; alphaSd: number; alphaBeta: number; oer: number; density: number; detection: number } {
  const sts = librarySubtype('sts')?.parameters;
  const alpha = sts?.alpha.value;
  const normal = typeof alpha === 'object' && alpha.dist === 'normal' ? alpha : undefined;
  const density = centralValue(defaultClonogenDensity.value);
  return {
    alphaMean: normal?.mean ?? Number.NaN,
    alphaSd: normal?.sd ?? Number.NaN,
    alphaBeta: sts ? centralValue(sts.alphaBeta.value) : Number.NaN,
    oer: centralValue(defaultOer.value),
    density,
    detection: density * fixed(defaultDetectionVolume.value),
  };
}

/**
 * Σ b_k x_k of the patient (localControlDefaults.covariateLogOddsRatio; reference G1, superficial, < 5 cm, extremity
 * or trunk wall, primary, age < 50), with the engine's size bands: < 5 cm, 5–10 cm, > 10 cm.
 */
export function covariateLogOdds(patient: LocalControlPatient): number {
  const b = localControlDefaults.covariateLogOddsRatio;
  const grade = patient.grade === 3 ? fixed(b.gradeG3.value) : patient.grade === 2 ? fixed(b.gradeG2.value) : 0;
  const size = patient.diameter > 10 ? fixed(b.diameterOver10cm.value) : patient.diameter >= 5 ? fixed(b.diameter5to10cm.value) : 0;
  const site = patient.site === 'retroperitoneum' || patient.site === 'head-neck' ? fixed(b.retroperitoneumOrHeadNeck.value) : 0;
  return grade + size + site + (patient.deep ? fixed(b.deep.value) : 0) + (patient.ageOver50 ? fixed(b.ageOver50.value) : 0);
}

/**
 * π, the probability that the resection leaves clonogenic disease: residualDiseaseProbability(θ_margin, Σ b_k x_k);
 * 1 for R2 and for RT alone (the whole tumour stays).
 */
export function patientResidualProbability(patient: LocalControlPatient): number {
  if (patient.margin === 'R2' || patient.timing === 'rt-alone') return 1;
  return residualDiseaseProbability(fixed(localControlDefaults.marginLogOdds[patient.margin].value), covariateLogOdds(patient));
}

/**
 * Expected local control of one patient at the given times after the end of treatment, from the library's
 * local-control model (docs/local-control-model.md, revision 2) by core's localControlCurve: a residue (R0–R1)
 * with π from the margin and covariates, n lognormal (residualClonogens), killed inside the intact, reoxygenating
 * tumour (preoperative: reoxygenatedLogSurvival with h(d) = hypoxicFractionFromDiameter) or in the scarred bed
 * (postoperative: tumourBedLogSurvival with h_bed); a gross tumour (R2, RT alone) of N₀ = ρ·πd³/6 clonogens with
 * h(d), after R2 together with the residue of an unplanned R1 margin when there is one (probability π of that
 * margin): LC = (1 − π_R1u)·LC_remnant + π_R1u·LC_both; no RT for surgery alone. Regrowth with gradeDoublingTime of
 * the patient's grade, dormancy q and λ.
 * @param patient - covariates, margin and timing
 * @param course - the RT course (ignored for surgery alone)
 * @param years - times after the end of treatment, years, ascending, ≥ 0
 * @returns LC in [0, 1] at each time; NaN outside the domain (diameter ≤ 0, a course with no dose, …)
 */
export function patientLocalControl(patient: LocalControlPatient, course: LocalControlCourse, years: readonly number[]): Float64Array {
  const lc = localControlDefaults;
  const biology = calibrationBiology();
  const radiotherapy = patient.timing !== 'surgery-alone';
  const fractions = radiotherapy ? course.fractions : 0;
  const hypoxic = hypoxicFractionFromDiameter(patient.diameter, fixed(lc.hypoxicFractionAt8cm.value));
  const gross = patient.margin === 'R2' || patient.timing === 'rt-alone';
  const bed = patient.timing === 'postop' && !gross;
  const bedHypoxic = fixed(lc.tumourBedHypoxicFraction.value);
  // β = α/(α/β) per patient at the calibration's α/β, as the reference script draws it. In the scarred bed
  // (tumourBedLogSurvival) or inside the perfused tumour (reoxygenatedLogSurvival).
  const survivalIn = (scarredBed: boolean) => (alpha: number): number => (scarredBed
    ? tumourBedLogSurvival(alpha, alpha / biology.alphaBeta, course.dose, fractions, bedHypoxic, biology.oer)
    : reoxygenatedLogSurvival(alpha, alpha / biology.alphaBeta, course.dose, fractions, hypoxic, biology.oer));
  const logSurvival = survivalIn(bed);
  const residue = lognormal(lc.residualClonogens.value);
  const regrowth = lognormal(lc.regrowthDoublingTime.value);
  const diameterOk = patient.diameter > 0;
  const logTumourClonogens = Math.log(biology.density * (Math.PI / 6) * patient.diameter ** 3);
  const common = {
    days: years.map((year) => year * daysPerYear),
    alphaMean: biology.alphaMean,
    alphaSd: biology.alphaSd,
    detectionClonogens: biology.detection,
    medianDoublingTime: gradeDoublingTime(regrowth.median, fixed(lc.regrowthGradeLogRatio.value), patient.grade),
    doublingTimeSigma: regrowth.sigma,
    dormantShare: fixed(lc.dormantShare.value),
    reawakeningRatePerYear: fixed(lc.reawakeningRate.value),
  };
  const remnant = localControlCurve({
    ...common,
    residualProbability: diameterOk ? patientResidualProbability(patient) : Number.NaN,
    logClonogens: gross ? logTumourClonogens : Math.log(residue.median),
    logClonogensSigma: gross ? 0 : residue.sigma,
    logSurvival,
  });
  if (patient.margin !== 'R2' || patient.timing === 'rt-alone') return remnant;
  // R2 also leaves, with probability π of an unplanned R1 margin, that margin's residue beside the remnant: LC is
  // the mixture of the remnant alone and of both compartments at the same α (as the engine adds their survivors).
  const residuePi = patientResidualProbability({ ...patient, margin: 'R1-unplanned' });
  const both = localControlCurve({
    ...common,
    residualProbability: 1,
    logClonogens: Math.log(residue.median),
    logClonogensSigma: residue.sigma,
    logSurvival: survivalIn(patient.timing === 'postop'),
    grossLogLeft: (alpha) => logTumourClonogens + logSurvival(alpha),
  });
  return remnant.map((alone, i) => (1 - residuePi) * alone + residuePi * (both[i] ?? Number.NaN));
}

import {
  gompertzGrowthDiameter,
  gompertzRateFromDoublingTime,
  normalQuantile,
  portableExp,
  presentationDays,
  portableLog,
  sphereVolume,
  unplannedExcisionProbability,
} from '@rtsim/core';
import type { PathwayPlan } from './PathwayPlan.js';

/** Per-arm inputs of the local-control model from the patient's pathway, written in place by {@link evaluatePathway}. */
export interface PathwayOutcome {
  /** Days from the first doctor visit to the first treatment (0 for an arm without a pathway). */
  readonly days: Float64Array;
  /** Of these, the days from the diagnosis to the first treatment (the last interval). */
  readonly treatmentDays: Float64Array;
  /** Days from the first symptom to the diagnosis: the patient interval and the three diagnostic intervals. */
  readonly symptomDays: Float64Array;
  /** Tumour diameter at the first treatment, cm. */
  readonly diameter: Float64Array;
  /** Tumour volume at the first treatment, cm³: the patient's own volume, to the bit, when the tumour did not grow. */
  readonly volume: Float64Array;
  /** 1 when the patient comes to the arm's first treatment after an unplanned excision. */
  readonly unplanned: Uint8Array;
}

const sphereFactor = 6 / Math.PI;

/** Interval i of the arm, median·e^{σz} (days); a zero median is no wait, whatever z. */
function intervalDays(intervals: Float64Array, scores: Float64Array, i: number): number {
  const median = intervals[2 * i];
  return median > 0 ? median * portableExp(intervals[2 * i + 1] * scores[i]) : 0;
}

/** P(unplanned excision) of a tumour of diameter d at the visit: logistic in depth and d < 5 cm (NaN: invalid). */
function unplannedAt(pathway: PathwayPlan, deep: boolean, diameterCm: number): number {
  const logOdds = (deep ? 0 : pathway.superficialLogOddsRatio) + (diameterCm < 5 ? pathway.under5cmLogOddsRatio : 0);
  return unplannedExcisionProbability(pathway.unplannedInterceptLogOdds, logOdds, false);
}

/** The last interval: from the diagnosis to the first treatment. */
const treatmentInterval = 3;

/**
 * One patient's diagnostic pathway in every arm (docs/scenarios.md, "Diagnostic pathway"; docs/pathway-model.md):
 * the cohort's tumour is the tumour at the first doctor visit, d₀ = (6V/π)^{1/3}. In an arm with a pathway the patient
 * waits t = Σᵢ mᵢ e^{σᵢ zᵢ} days (zᵢ = Φ⁻¹ of interval i's uniform), over which the tumour grows by Gompertz,
 * d = gompertzGrowthDiameter(d₀, D_∞, β, t) with β = gompertzRateFromDoublingTime(T_d, d_ref, D_∞) and
 * T_d = T_d,50 e^{σ_T z₀} (a tumour at or above the plateau D_∞ does not grow); a local referral ends in an unplanned
 * excision when u₅ < unplannedExcisionProbability(θ, c_sup[superficial] + c_small[d₀ < 5 cm]). An arm without a
 * pathway keeps d₀, the patient's volume and the covariate decision `coveredUnplanned`, as without any pathway.
 * The patient interval before the visit, T_p = presentationDays(d₀/R, d₀, T_d) with log₂ R lognormal (u₇), adds to
 * the diagnostic intervals in the symptom duration (first symptom → diagnosis). Under usual care it does not change the
 * tumour, which the cohort gives at the visit; an arm whose patients wait only a share f < 1 of it (`patientInterval`,
 * an awareness campaign) sees them at d_v = d₀·R^{−(1−f)} (the same exponential growth from d₀/R over f·T_p days), and
 * everything after the visit — the wait's growth, the unplanned-excision odds (d_v < 5 cm) — starts from d_v. The
 * same uniforms in every arm: a shorter wait never grows a tumour more, a reference centre never excises one.
 * @param pathway - the compiled pathway (undefined: no arm has one)
 * @param volume - the patient's tumour volume V from the cohort, cm³
 * @param deep - whether the tumour is deep (the local-control covariate)
 * @param covariateUnplanned - the local-control model's own unplanned-excision decision (arms without a pathway)
 * @param uniforms - the patient's `pathwayUniforms` pathway uniforms, in (0, 1)
 * @param scores - scratch of 4 entries (the intervals' normal scores)
 * @param out - per-arm outputs, overwritten
 * @returns false when a computed value is NaN (the patient is then invalid)
 */
export function evaluatePathway(
  pathway: PathwayPlan | undefined,
  volume: number,
  deep: boolean,
  covariateUnplanned: boolean,
  uniforms: Float64Array,
  scores: Float64Array,
  out: PathwayOutcome,
): boolean {
  const diameter = portableExp(portableLog(sphereFactor * volume) / 3);
  let rate = Number.NaN; // β, computed when first needed
  let doublingDays = Number.NaN;
  let doublings = Number.NaN; // log₂ R, the same in every arm
  let patientDays = Number.NaN; // the usual patient interval, the same in every arm
  let unplannedProbability = Number.NaN; // at d₀, shared by the arms of usual care
  for (let i = 0; i < scores.length; i++) scores[i] = Number.NaN;
  for (let a = 0; a < out.days.length; a++) {
    const arm = pathway?.arms[a];
    if (pathway === undefined || arm === undefined) {
      out.days[a] = 0;
      out.treatmentDays[a] = 0;
      out.symptomDays[a] = 0;
      out.diameter[a] = diameter;
      out.volume[a] = volume;
      out.unplanned[a] = covariateUnplanned ? 1 : 0;
      continue;
    }
    if (scores[0] !== scores[0]) for (let i = 0; i < scores.length; i++) scores[i] = normalQuantile(uniforms[1 + i]);
    // The wait before the diagnosis, then the treatment interval, summed in interval order.
    let beforeDiagnosis = 0;
    for (let i = 0; i < treatmentInterval; i++) beforeDiagnosis += intervalDays(arm.intervals, scores, i);
    const treatmentDays = intervalDays(arm.intervals, scores, treatmentInterval);
    const days = beforeDiagnosis + treatmentDays;
    if (doublingDays !== doublingDays) {
      doublingDays = pathway.doublingMedianDays * portableExp(pathway.doublingSigma * normalQuantile(uniforms[0]));
      rate = gompertzRateFromDoublingTime(doublingDays, pathway.referenceDiameterCm, pathway.plateauDiameterCm);
      // The tumour grew by R = 2^{log₂ R} from the first symptom to the visit (exponential growth before it).
      doublings = pathway.presentationMedianDoublings * portableExp(pathway.presentationSigma * normalQuantile(uniforms[7]));
      patientDays = presentationDays(diameter * portableExp(-doublings * Math.LN2), diameter, doublingDays);
    }
    // Usual care (f = 1) keeps d₀ to the bit; an earlier visit meets the tumour (1 − f)·log₂ R doublings of diameter smaller.
    const earlier = arm.patientInterval < 1;
    const visit = earlier ? diameter * portableExp(-(1 - arm.patientInterval) * doublings * Math.LN2) : diameter;
    let grown = visit;
    if (days > 0 && visit < pathway.plateauDiameterCm) grown = gompertzGrowthDiameter(visit, pathway.plateauDiameterCm, rate, days);
    let unplanned = false;
    if (arm.unplannedExcision && !arm.referenceCentre) {
      // At the usual visit the probability is the same in every arm: computed once per patient.
      if (!earlier && unplannedProbability !== unplannedProbability) unplannedProbability = unplannedAt(pathway, deep, diameter);
      const probability = earlier ? unplannedAt(pathway, deep, visit) : unplannedProbability;
      if (probability !== probability) return false;
      unplanned = uniforms[5] < probability;
    }
    if (days !== days || grown !== grown || patientDays !== patientDays) return false;
    out.days[a] = days;
    out.treatmentDays[a] = treatmentDays;
    out.symptomDays[a] = (earlier ? arm.patientInterval * patientDays : patientDays) + beforeDiagnosis;
    out.diameter[a] = grown;
    out.volume[a] = grown === diameter ? volume : sphereVolume(grown);
    out.unplanned[a] = unplanned ? 1 : 0;
  }
  return true;
}

import {
  expertReviewedConfusion,
  exponentialGrowthDiameter,
  gompertzGrowthDiameter,
  gompertzRateFromDoublingTime,
  pathwayDefaults,
  subtypeConfusionMatrix,
  unplannedExcisionProbability,
} from '@rtsim/core';
import { centralValue } from '../centralValue.js';
import type { ExplorerState } from '../explorerState.js';

/** A point of the timeline where the patient moves on. */
export type PathwayMilestoneName = 'symptom' | 'firstDoctor' | 'localHospital' | 'sarcomaCentre' | 'diagnosis' | 'treatment';

/** One milestone: when it is reached and how large the tumour is then. */
export interface PathwayMilestone {
  readonly name: PathwayMilestoneName;
  /** Days from the first doctor visit (negative before it: the first symptom). */
  readonly day: number;
  /** Largest tumour diameter at that day, cm. */
  readonly diameterCm: number;
}

/** One patient's way to the first treatment, as the pathway card draws it. */
export interface PathwayTimeline {
  /** The six milestones in order, first symptom to first treatment. */
  readonly milestones: readonly PathwayMilestone[];
  /** The diameter (cm) against the day (from the first doctor visit), sampled for the chart. */
  readonly curve: readonly (readonly [day: number, diameterCm: number])[];
  /** Days from the first doctor visit to the first treatment (the sum of the four intervals). */
  readonly daysToTreatment: number;
  /** Diameter at the first treatment, cm. */
  readonly diameterAtTreatmentCm: number;
  /** Probability that the first operation is an unplanned excision (0 when referred to a sarcoma centre first). */
  readonly unplannedExcision: number;
  /** After the review share: probability of a diagnosis outside the sarcomas (benign, another tumour). */
  readonly wrongClass: number;
  /** After the review share: probability of another sarcoma subtype. */
  readonly wrongSubtype: number;
}

/** Library medians and constants the timeline reads (pathwayDefaults, docs/pathway-model.md). */
const library = {
  /** T_d, median volume doubling time, days (calibrated, G3). */
  doublingTimeDays: centralValue(pathwayDefaults.doublingTime.value),
  /** D_∞, Gompertz plateau, cm (assumption). */
  plateauDiameterCm: centralValue(pathwayDefaults.plateauDiameter.value),
  /** d_ref, the diameter at which T_d holds, cm (assumption). */
  referenceDiameterCm: centralValue(pathwayDefaults.referenceDiameter.value),
  /** Median log₂ R, diameter doublings from the first symptom to the first doctor visit (assumption, log₂ 1.5). */
  presentationDoublings: centralValue(pathwayDefaults.presentationDoublings.value),
  /** θ and the log odds ratios of unplanned excision (G11; the ratios assumptions). */
  excisionIntercept: centralValue(pathwayDefaults.unplannedExcision.interceptLogOdds.value),
  superficialLogOdds: centralValue(pathwayDefaults.unplannedExcision.superficialLogOddsRatio.value),
  under5cmLogOdds: centralValue(pathwayDefaults.unplannedExcision.under5cmLogOddsRatio.value),
  /** d and s of the G1 confusion row (Ray-Coquard et al. 2012). */
  completeDiscordance: centralValue(pathwayDefaults.misdiagnosis.completeDiscordance.value),
  subtypeDiscordance: centralValue(pathwayDefaults.misdiagnosis.subtypeDiscordance.value),
  /** ρ, the share of errors a review corrects (assumption 1). */
  reviewCorrection: centralValue(pathwayDefaults.reviewCorrection.value),
};

/** Points of the chart's curve per segment: enough for a smooth line at 540 px. */
const pointsPerSegment = 12;

/**
 * One median patient's pathway for the state's intervals: the first symptom 3 T_d log₂ R days before the first
 * doctor visit (the presentation model, exponential growth from D/R), then Gompertz growth over the four intervals
 * at the library's median doubling time, with the unplanned-excision probability of a local first operation and the
 * misdiagnosis probabilities after the review share. Every law is core's kernel; nothing is drawn at random.
 * With a patient interval share f < 1 (an earlier visit, `pathway.patientInterval`) the patient comes f·3 T_d log₂ R
 * days after the first symptom, with the tumour D·R^{−(1−f)} of that day, and the intervals start from it.
 * @param state - the explorer state: `tumourDiameter` (cm at the usual first doctor visit, ≤ the 30 cm plateau),
 *   `depth`, the four interval lengths (days), `referral`, `reviewShare` and `patientIntervalShare`
 * @returns the milestones, the sampled curve and the probabilities; NaN diameters for a diameter outside (0, 30] cm
 * @remarks The review mixes reviewed (M′ with ρ) and unreviewed (M) patients: (1 − r)M + rM′ is M′ with ρ·r, because
 *   expertReviewedConfusion is linear in ρ; so one call with ρ·r gives the cohort's confusion. Two subtypes make the
 *   row: with K subtypes "another subtype" is s whatever K, so K = 2 loses nothing.
 */
export function pathwayTimeline(state: ExplorerState): PathwayTimeline {
  const doublings = library.presentationDoublings;
  const share = state.patientIntervalShare;
  const patientDays = share * 3 * library.doublingTimeDays * doublings;
  const onsetDiameter = state.tumourDiameter / 2 ** doublings;
  const visitDiameter = share < 1 ? state.tumourDiameter / 2 ** ((1 - share) * doublings) : state.tumourDiameter;
  const rate = gompertzRateFromDoublingTime(library.doublingTimeDays, library.referenceDiameterCm, library.plateauDiameterCm);
  const grown = (day: number): number => gompertzGrowthDiameter(visitDiameter, library.plateauDiameterCm, rate, day);

  const intervals = [state.primaryCareDays, state.secondaryCareDays, state.sarcomaCentreDays, state.treatmentDays];
  const names: readonly PathwayMilestoneName[] = ['localHospital', 'sarcomaCentre', 'diagnosis', 'treatment'];
  const milestones: PathwayMilestone[] = [
    { name: 'symptom', day: -patientDays, diameterCm: onsetDiameter },
    { name: 'firstDoctor', day: 0, diameterCm: visitDiameter },
  ];
  let day = 0;
  intervals.forEach((length, k) => {
    day += length;
    milestones.push({ name: names[k] as PathwayMilestoneName, day, diameterCm: grown(day) });
  });

  const curve: (readonly [number, number])[] = [];
  for (let k = 0; k <= pointsPerSegment; k++) {
    const t = (patientDays * k) / pointsPerSegment;
    curve.push([t - patientDays, exponentialGrowthDiameter(onsetDiameter, library.doublingTimeDays, t)]);
  }
  for (let k = 1; k <= pointsPerSegment * 4; k++) {
    const t = (day * k) / (pointsPerSegment * 4);
    curve.push([t, grown(t)]);
  }

  const covariateLogOdds = (state.depth === 'superficial' ? library.superficialLogOdds : 0) + (visitDiameter < 5 ? library.under5cmLogOdds : 0);
  const reviewed = expertReviewedConfusion(subtypeConfusionMatrix(2, library.completeDiscordance, library.subtypeDiscordance), library.reviewCorrection * state.reviewShare);
  const row = reviewed[0] ?? [];
  return {
    milestones,
    curve,
    daysToTreatment: day,
    diameterAtTreatmentCm: grown(day),
    unplannedExcision: unplannedExcisionProbability(library.excisionIntercept, covariateLogOdds, state.referral === 'reference-centre'),
    wrongClass: row[2] ?? NaN,
    wrongSubtype: row[1] ?? NaN,
  };
}

import { wilsonInterval } from '../stats/wilsonInterval.js';
import { binnedMedian } from './binnedMedian.js';
import type { Accumulator } from './createAccumulator.js';
import type { EnginePlan } from './EnginePlan.js';
import { pathwayDiameterBins, pathwayOffsets, pathwaySymptomBins, pathwayWeekBins } from './PathwayPlan.js';
import type { ArmPathway } from './TrialResults.js';

/** Weeks below 42 days: the time-to-treatment bins [0, 42) days. */
const weeksWithin42Days = 6;

/**
 * The pathway of arm a from the pathway section of a complete accumulator (PartialLayout): the arm's resolved
 * pathway, the median days to treatment and the shares beyond 6 weeks from the first visit and from the diagnosis
 * (Wilson 95%), the median diameter at treatment, and
 * its unplanned excisions with the share of them locally controlled.
 * @param accumulator - complete totals of the run
 * @param plan - the run's plan
 * @param a - arm index
 * @returns the arm's pathway, or undefined for an arm without one
 */
export function armPathway(accumulator: Accumulator, plan: EnginePlan, a: number): ArmPathway | undefined {
  const pathway = plan.scenario.arms[a]?.pathway;
  if (plan.pathway?.arms[a] === undefined || pathway === undefined) return undefined;
  const { layout, counts } = accumulator;
  const at = layout.pathwayCounts + a * layout.pathwayStride;
  const o = pathwayOffsets;
  let patients = 0;
  for (let w = 0; w < pathwayWeekBins; w++) patients += counts[at + o.weeks + w];
  let within = 0;
  for (let w = 0; w < weeksWithin42Days; w++) within += counts[at + o.weeks + w];
  const unplanned = counts[at + o.unplanned];
  const unplannedControlled = counts[at + o.unplannedControlled];
  const lateAfterDiagnosis = counts[at + o.lateAfterDiagnosis];
  const symptoms = at + o.symptomWeeks;
  return {
    intervals: pathway.intervals,
    referral: pathway.referral,
    unplannedExcision: pathway.unplannedExcision,
    ...(pathway.patientInterval < 1 ? { patientInterval: pathway.patientInterval } : {}),
    daysToTreatment: {
      median: binnedMedian(counts, at + o.weeks, pathwayWeekBins, 7),
      over42Days: patients > 0 ? (patients - within) / patients : Number.NaN,
      over42DaysCi95: wilsonInterval(patients - within, patients),
    },
    diagnosisToTreatmentOver42Days: patients > 0 ? lateAfterDiagnosis / patients : Number.NaN,
    diagnosisToTreatmentOver42DaysCi95: wilsonInterval(lateAfterDiagnosis, patients),
    diameterAtTreatmentCm: { median: binnedMedian(counts, at + o.diameter, pathwayDiameterBins, 1) },
    symptomToDiagnosisDays: {
      median: binnedMedian(counts, symptoms, pathwaySymptomBins, 7),
      weeklyCounts: Array.from({ length: pathwaySymptomBins }, (_, w) => counts[symptoms + w]),
    },
    unplannedExcisions: {
      patients,
      events: unplanned,
      rate: patients > 0 ? unplanned / patients : Number.NaN,
      rateCi95: wilsonInterval(unplanned, patients),
      controlled: unplanned > 0 ? unplannedControlled / unplanned : Number.NaN,
    },
  };
}

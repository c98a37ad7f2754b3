import { wilsonInterval } from '../stats/wilsonInterval.js';
import type { Accumulator } from './createAccumulator.js';
import type { EnginePlan } from './EnginePlan.js';
import { complicationGradeStratum, complicationSiteStratum, complicationStrata } from './ComplicationsPlan.js';
import type { ArmComplications, ComplicationRate, ComplicationStratum } from './TrialResults.js';

/** One endpoint's events among `patients`, with the rate and its Wilson 95% interval (NaN without patients). */
function rateOf(endpoint: ComplicationRate['endpoint'], events: number, patients: number): ComplicationRate {
  return { endpoint, patients, events, rate: patients > 0 ? events / patients : Number.NaN, rateCi95: wilsonInterval(events, patients) };
}

/**
 * The complications of arm a from the complications section of a complete accumulator (PartialLayout): each
 * scored endpoint's events among the arm's valid patients, and complication-free local control, each with its
 * Wilson 95% interval (the events are a proportion of every patient: nobody is censored); and the same by stratum
 * (complicationStrata: size band, and with the local-control model grade and site).
 * @param accumulator - complete totals of the run
 * @param plan - the run's plan (with `complications`)
 * @param a - arm index
 * @returns the arm's complications, or undefined for an arm without a complication model
 */
export function armComplications(accumulator: Accumulator, plan: EnginePlan, a: number): ArmComplications | undefined {
  const arm = plan.complications?.arms[a];
  if (plan.complications === undefined || arm === undefined) return undefined;
  const { layout, counts } = accumulator;
  const patients = counts[layout.validPatients];
  const row = layout.complicationCounts + a * layout.complicationStride;
  const endpoints = plan.complications.endpoints;
  const byStratum: ComplicationStratum[] = [];
  for (let q = 0; q < layout.complicationStrata; q++) {
    const cell = layout.complicationStratumCounts + (a * layout.complicationStrata + q) * layout.complicationStratumStride;
    const n = counts[cell];
    if (n === 0) continue;
    byStratum.push({
      by: q < complicationGradeStratum ? 'size' : q < complicationSiteStratum ? 'grade' : 'site',
      stratum: complicationStrata[q] ?? '',
      patients: n,
      endpoints: endpoints.map((endpoint, e) => rateOf(endpoint, counts[cell + 1 + e], n)),
      complicationFreeControl: rateOf('complicationFreeControl', counts[cell + 1 + layout.complications], n),
    });
  }
  return {
    timing: arm.timing,
    eqd2WoundGy: arm.eqd2WoundGy,
    eqd2LateGy: arm.eqd2LateGy,
    ...(arm.meanLungEqd2Gy === undefined ? {} : { meanLungEqd2Gy: arm.meanLungEqd2Gy }),
    ...(arm.meanFemoralNeckEqd2Gy === undefined ? {} : { meanFemoralNeckEqd2Gy: arm.meanFemoralNeckEqd2Gy }),
    endpoints: endpoints.map((endpoint, e) => rateOf(endpoint, counts[row + e], patients)),
    complicationFreeControl: rateOf('complicationFreeControl', counts[row + layout.complications], patients),
    byStratum,
  };
}

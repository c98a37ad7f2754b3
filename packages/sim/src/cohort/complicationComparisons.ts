import { normalQuantile } from '@rtsim/core';
import { mcnemarTest } from '../stats/mcnemarTest.js';
import { twoProportionSampleSize } from '../stats/twoProportionSampleSize.js';
import type { Accumulator } from './createAccumulator.js';
import type { EnginePlan } from './EnginePlan.js';
import type { ComplicationComparison } from './TrialResults.js';

const z975 = -normalQuantile(0.025);

/**
 * Arm a against arm b (compared pair `pair`) on each scored complication endpoint and on complication-free control,
 * from the discordant patients b (event in a only) and c (in b only) of n patients: the rate difference (b − c)/n with
 * the paired Wald 95% interval ± z·√(b + c − (b − c)²/n)/n (Fleiss, Levin, Paik 2003, §13.1), McNemar's p
 * ({@link mcnemarTest}) and the patients per arm a real two-arm trial needs (twoProportionSampleSize).
 * @param accumulator - complete totals of the run
 * @param plan - the run's plan (with `complications`)
 * @param a - first arm's index
 * @param b - second arm's index
 * @param pair - the pair's index in plan.pairArms
 * @returns the comparisons, or undefined unless both arms have a complication model
 */
export function complicationComparisons(accumulator: Accumulator, plan: EnginePlan, a: number, b: number, pair: number): ComplicationComparison[] | undefined {
  const complications = plan.complications;
  if (complications === undefined || complications.arms[a] === undefined || complications.arms[b] === undefined) return undefined;
  const { layout, counts } = accumulator;
  const n = counts[layout.validPatients];
  const stride = layout.complicationStride;
  const endpoints = [...complications.endpoints, 'complicationFreeControl' as const];
  return endpoints.map((endpoint, e) => {
    const aOnly = counts[layout.complicationPairCounts + 2 * (pair * stride + e)];
    const bOnly = counts[layout.complicationPairCounts + 2 * (pair * stride + e) + 1];
    const difference = n > 0 ? (aOnly - bOnly) / n : Number.NaN;
    const half = n > 0 ? (z975 * Math.sqrt(Math.max(0, aOnly + bOnly - ((aOnly - bOnly) * (aOnly - bOnly)) / n))) / n : Number.NaN;
    const trialPatients = twoProportionSampleSize(counts[layout.complicationCounts + a * stride + e] / n, counts[layout.complicationCounts + b * stride + e] / n);
    return {
      endpoint,
      discordant: { aOnly, bOnly },
      rateDifference: difference,
      rateDifferenceCi95: [difference - half, difference + half] as const,
      mcnemarP: mcnemarTest(aOnly, bOnly).pValue,
      trialPatientsPerArm: Number.isFinite(trialPatients) ? trialPatients : null,
    };
  });
}

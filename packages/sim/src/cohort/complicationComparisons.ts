import { mcnemarTest } from '../stats/mcnemarTest.js';
import { pairedProportionDifference } from '../stats/pairedProportionDifference.js';
import { twoProportionSampleSize } from '../stats/twoProportionSampleSize.js';
import type { Accumulator } from './createAccumulator.js';
import type { EnginePlan } from './EnginePlan.js';
import type { ComplicationComparison } from './TrialResults.js';

/**
 * Arm a against arm b (compared pair `pair`) on each scored complication endpoint and on complication-free control,
 * from the discordant patients b (event in a only) and c (in b only) of n patients: the rate difference (b − c)/n with
 * the paired Wald 95% interval ({@link pairedProportionDifference}), McNemar's p
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
    const { difference, ci95 } = pairedProportionDifference(aOnly, bOnly, n);
    const trialPatients = twoProportionSampleSize(counts[layout.complicationCounts + a * stride + e] / n, counts[layout.complicationCounts + b * stride + e] / n);
    return {
      endpoint,
      discordant: { aOnly, bOnly },
      rateDifference: difference,
      rateDifferenceCi95: ci95,
      mcnemarP: mcnemarTest(aOnly, bOnly).pValue,
      trialPatientsPerArm: Number.isFinite(trialPatients) ? trialPatients : null,
    };
  });
}

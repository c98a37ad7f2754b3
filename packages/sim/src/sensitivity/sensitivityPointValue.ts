import type { Accumulator } from '../cohort/createAccumulator.js';
import type { EnginePlan } from '../cohort/EnginePlan.js';
import { summarize } from '../cohort/summarize.js';
import type { SensitivityMeasure } from './SensitivityResults.js';
import { sensitivityMeasureValue } from './sensitivityMeasureValue.js';

/**
 * The output of one sensitivity evaluation: the measure of one arm, or arm A's minus arm B's, from the exact totals
 * of the evaluation's cohort (summarize). A function of the totals alone, so the same for every worker count and
 * shard split.
 * @param accumulator - the exact totals of every block of the evaluation
 * @param plan - the evaluation's compiled scenario
 * @param arms - the output's arm indices (sensitivityOutputArms)
 * @param measure - `control-rate` (share controlled), `mean-tcp` or an endpoint at a follow-up time
 *   (sensitivityMeasureValue)
 * @param meta - version and scenario hash, as summarize records them (they do not change the value)
 * @returns the value; NaN when an arm has no valid patient
 */
export function sensitivityPointValue(
  accumulator: Accumulator,
  plan: EnginePlan,
  arms: readonly number[],
  measure: SensitivityMeasure,
  meta: { readonly version: string; readonly scenarioHash: string },
): number {
  const results = summarize(accumulator, plan, meta);
  const [first, second] = arms.map((a) => {
    const arm = results.arms[a];
    if (arm === undefined) throw new RangeError(`no arm ${a} in this evaluation (arms 0…${results.arms.length - 1})`);
    return sensitivityMeasureValue(arm, measure);
  }) as [number, number | undefined];
  return second === undefined ? first : first - second;
}

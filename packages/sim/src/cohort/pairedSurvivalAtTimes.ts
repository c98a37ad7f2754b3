import { pairedProportionDifference } from '../stats/pairedProportionDifference.js';
import type { Accumulator } from './createAccumulator.js';
import type { EnginePlan } from './EnginePlan.js';
import { followUpBin } from './followUpBin.js';
import type { PairedSurvivalAtTime } from './TrialResults.js';

/**
 * The paired difference of an endpoint between the arms of pair p at each `followUp.at` time, from the pair's
 * discordant event times (PartialLayout, paired event times; endpoint v, see pairedEndpoint): by time t, b patients
 * had the event in arm a only and c in arm b only, so the event-free survival S_a(t) − S_b(t) = (c − b)/n and the
 * cumulative incidence F_a(t) − F_b(t) = (b − c)/n, with the paired Wald 95% interval (pairedProportionDifference).
 * Exact because nobody is censored before the horizon: for a cause with a competing event (local recurrence,
 * metastasis, sarcoma death) "had the event of that cause by t" is a yes or no for every patient in every arm.
 * @param accumulator - totals covering every block of the run (layout.pairEndpoints > v)
 * @param plan - the run's plan
 * @param pair - the pair's index
 * @param endpoint - v, the endpoint's index among the paired endpoints
 * @param patients - n, the valid patients (every arm's)
 * @param form - 'survival': S_a − S_b (default); 'incidence': F_a − F_b
 * @returns one entry per `followUp.at` time; null values beyond the horizon
 */
export function pairedSurvivalAtTimes(
  accumulator: Accumulator,
  plan: EnginePlan,
  pair: number,
  endpoint: number,
  patients: number,
  form: 'survival' | 'incidence' = 'survival',
): PairedSurvivalAtTime[] {
  const { layout, counts } = accumulator;
  const bins = layout.timeBins;
  const at = layout.pairEventCounts + (pair * layout.pairEndpoints + endpoint) * layout.pairEventStride;
  // Patients with the event in one arm only by the end of bin j: opened spans minus closed ones.
  const onlyBy = (offset: number, j: number): number => {
    let open = 0;
    for (let t = 0; t <= j; t++) open += counts[at + offset + t] - counts[at + offset + bins + t];
    return open;
  };
  return (plan.scenario.followUp.at ?? []).map((years): PairedSurvivalAtTime => {
    const j = followUpBin(plan, years);
    if (Number.isNaN(j)) return { years, difference: null, differenceCi95: null, eventInAOnly: null, eventInBOnly: null };
    const aOnly = onlyBy(0, j);
    const bOnly = onlyBy(2 * bins, j);
    // Survival falls where the incidence rises: arm a's excess of events counts against it.
    const { difference, ci95 } = form === 'survival' ? pairedProportionDifference(bOnly, aOnly, patients) : pairedProportionDifference(aOnly, bOnly, patients);
    return { years, difference, differenceCi95: ci95, eventInAOnly: aOnly, eventInBOnly: bOnly };
  });
}

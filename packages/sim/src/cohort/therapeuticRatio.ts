import { numberNeeded } from '../stats/numberNeeded.js';
import { pairedProportionDifference } from '../stats/pairedProportionDifference.js';
import type { Interval } from '../stats/Interval.js';
import type { ComplicationComparison, NumberNeeded, TherapeuticRatio, TherapeuticRatioHarm } from './TrialResults.js';

const needed = (difference: number, ci95: Interval): NumberNeeded => {
  const { value, ci95: interval } = numberNeeded(difference, ci95);
  return { patients: value, patientsCi95: interval };
};

/**
 * The therapeutic ratio of arm a against arm b (docs/models.md, "Therapeutic ratio"): ΔLC = (b − c)/n from the
 * patients controlled in a only (b) and in b only (c) with its paired Wald interval, NNT = 1/ΔLC; per scored
 * complication e, NNH_e = 1/Δ_e and ΔLC/Δ_e (= NNH_e/NNT, tumours controlled more per complication more); and the
 * difference in complication-free control P+ (Ågren, Brahme 1990), with its NNT.
 * @param controlDiscordant - patients controlled to the horizon in a only and in b only (PairOutcome.discordant)
 * @param n - patients (each in both arms)
 * @param comparisons - the pair's complication comparisons (complicationComparisons), complicationFreeControl last
 * @returns the therapeutic ratio; null where a ratio has a zero denominator
 */
export function therapeuticRatio(
  controlDiscordant: { readonly aOnly: number; readonly bOnly: number },
  n: number,
  comparisons: readonly ComplicationComparison[],
): TherapeuticRatio {
  const control = pairedProportionDifference(controlDiscordant.aOnly, controlDiscordant.bOnly, n);
  const harms: TherapeuticRatioHarm[] = [];
  let free: ComplicationComparison | undefined;
  for (const comparison of comparisons) {
    const endpoint = comparison.endpoint;
    if (endpoint === 'complicationFreeControl') {
      free = comparison;
      continue;
    }
    const cost = comparison.rateDifference;
    harms.push({
      endpoint,
      numberNeededToHarm: needed(cost, comparison.rateDifferenceCi95),
      controlGainPerComplication: cost !== 0 && Number.isFinite(cost) && Number.isFinite(control.difference) ? control.difference / cost : null,
    });
  }
  const freeDifference = free?.rateDifference ?? Number.NaN;
  const freeCi95: Interval = free?.rateDifferenceCi95 ?? [Number.NaN, Number.NaN];
  return {
    localControlDifference: control.difference,
    localControlDifferenceCi95: control.ci95,
    numberNeededToTreat: needed(control.difference, control.ci95),
    harms,
    complicationFreeControlDifference: freeDifference,
    complicationFreeControlDifferenceCi95: freeCi95,
    numberNeededToTreatComplicationFree: needed(freeDifference, freeCi95),
  };
}

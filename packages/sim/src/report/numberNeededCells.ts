import type { ArmComparison } from '../cohort/TrialResults.js';
import type { NumberNeededStyle } from './formatNumberNeeded.js';
import { formatNumberNeeded } from './formatNumberNeeded.js';

/**
 * What the numbers needed of a therapeutic-ratio table mean (Altman's convention), one sentence for the terminal's note,
 * the report's caption and the viewer's, so that the three cannot drift apart.
 */
export const numberNeededExplanation: string =
  'NNT: patients treated with the first arm rather than the second per one more who benefits (NNTB: one more controlled, or one complication fewer) ' +
  'or is harmed (NNTH: one fewer controlled, or one complication more), with its 95% interval, which runs through ∞ when the difference’s includes 0 ' +
  '(Altman, BMJ 1998;317:1309).';

/**
 * The numbers needed of one pair's therapeutic ratio, as the terminal, the report and the viewer show them
 * (formatNumberNeeded): the NNT for control first (a benefit outcome), then one per scored complication (a harm
 * outcome), each with the interval of its difference for an interval through infinity.
 * @param comparison - a comparison of results.json with a therapeutic ratio
 * @param style - how numbers and intervals are written (default: the terminal's and the report's)
 * @returns the cells, control first; empty without a therapeutic ratio
 */
export function numberNeededCells(comparison: ArmComparison, style?: NumberNeededStyle): string[] {
  const ratio = comparison.therapeuticRatio;
  if (ratio === undefined) return [];
  const unknown = [Number.NaN, Number.NaN] as const;
  const harmCi95 = (endpoint: string): readonly [number, number] => comparison.complications?.find((c) => c.endpoint === endpoint)?.rateDifferenceCi95 ?? unknown;
  return [
    formatNumberNeeded(ratio.numberNeededToTreat, ratio.localControlDifferenceCi95, 'benefit', style),
    ...ratio.harms.map((harm) => formatNumberNeeded(harm.numberNeededToHarm, harmCi95(harm.endpoint), 'harm', style)),
  ];
}

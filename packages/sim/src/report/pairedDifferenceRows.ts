import type { ArmComparison, SurvivalComparison } from '../cohort/TrialResults.js';
import { svgNumber } from '../charts/svgNumber.js';
import { formatSignedPoints } from './formatSignedPoints.js';

/** An endpoint with paired differences at the follow-up times. */
export type PairedEndpoint = 'LRFS' | 'OS' | 'PFS';

/** The paired endpoints a comparison can carry, with where they sit. */
const endpoints: readonly (readonly [PairedEndpoint, (pair: ArmComparison) => SurvivalComparison | undefined])[] = [
  ['LRFS', (pair) => pair.competingEvents?.localRecurrenceFreeSurvival],
  ['OS', (pair) => pair.competingEvents?.overallSurvival],
  ['PFS', (pair) => pair.progression?.progressionFreeSurvival],
];

/** Paired differences of event-free survival at the follow-up times, as a table of pairs: its headings and rows. */
export interface PairedDifferenceTable {
  readonly heads: readonly string[];
  /** Per compared pair: `a vs b`, then per endpoint and time `Δ [low, high]` in percentage points (`—` beyond the horizon). */
  readonly rows: readonly (readonly string[])[];
}

/**
 * The paired differences S_a(t) − S_b(t) of every endpoint that carries them (SurvivalComparison.atTimes: LRFS, OS
 * with `metastasis`, PFS with `progression`) at each `followUp.at` time, in percentage points with the paired 95%
 * interval, one row per compared pair (the terminal and the report print the same table).
 * @param comparisons - results.comparisons
 * @param times - the scenario's `followUp.at`
 * @param labels - which endpoints to show (LRFS and OS beside the competing events, PFS beside progression)
 * @returns the table, or undefined when no pair carries a paired difference
 */
export function pairedDifferenceRows(comparisons: readonly ArmComparison[], times: readonly number[], labels: readonly PairedEndpoint[]): PairedDifferenceTable | undefined {
  const present = endpoints.filter(([label, of]) => labels.includes(label) && comparisons.some((pair) => of(pair)?.atTimes !== undefined));
  if (present.length === 0 || times.length === 0) return undefined;
  const heads = present.flatMap(([label]) => times.map((t) => `${label} Δ ${svgNumber(t, 2)} y [95% CI] (points)`));
  const rows = comparisons.map((pair) => [
    `${pair.a} vs ${pair.b}`,
    ...present.flatMap(([, of]) =>
      times.map((t) => {
        const at = of(pair)?.atTimes?.find((entry) => entry.years === t);
        if (at?.difference === null || at?.difference === undefined || at.differenceCi95 === null) return '—';
        return `${formatSignedPoints(at.difference)} [${formatSignedPoints(at.differenceCi95[0])}, ${formatSignedPoints(at.differenceCi95[1])}]`;
      }),
    ),
  ]);
  return { heads, rows };
}

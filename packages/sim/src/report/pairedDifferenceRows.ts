import type { ArmComparison, PairedSurvivalAtTime } from '../cohort/TrialResults.js';
import { svgNumber } from '../charts/svgNumber.js';
import { formatSignedPointsInterval } from './formatSignedPointsInterval.js';

/**
 * An endpoint with paired differences at the follow-up times: local control, death ignored (LC),
 * event-free survival (LRFS, OS, PFS) or the cumulative incidence of local recurrence, distant metastasis or death of
 * disease, sarcoma (CIF LR, CIF DM, CIF DOD).
 */
export type PairedEndpoint = 'LC' | 'LRFS' | 'OS' | 'PFS' | 'CIF LR' | 'CIF DM' | 'CIF DOD';

type PairedTimes = readonly PairedSurvivalAtTime[] | undefined;

/** The paired endpoints a comparison can carry, with where they sit. */
const endpoints: readonly (readonly [PairedEndpoint, (pair: ArmComparison) => PairedTimes])[] = [
  ['LC', (pair) => pair.localControlAtTimes],
  ['LRFS', (pair) => pair.competingEvents?.localRecurrenceFreeSurvival.atTimes],
  ['OS', (pair) => pair.competingEvents?.overallSurvival?.atTimes],
  ['PFS', (pair) => pair.progression?.progressionFreeSurvival.atTimes],
  ['CIF LR', (pair) => pair.competingEvents?.localControl.incidenceAtTimes],
  ['CIF DM', (pair) => pair.competingEvents?.distantMetastasisFreeSurvival?.incidenceAtTimes],
  ['CIF DOD', (pair) => pair.competingEvents?.diseaseSpecificSurvival?.incidenceAtTimes],
];

/** Paired differences at the follow-up times, as a table of pairs: its headings and rows. */
export interface PairedDifferenceTable {
  /** The endpoints the table shows, in column order (those some pair carries): a footnote defines these alone. */
  readonly shown: readonly PairedEndpoint[];
  readonly heads: readonly string[];
  /** Per compared pair: `a vs b`, then per endpoint and time `Δ [low, high]` in percentage points (`—` beyond the horizon). */
  readonly rows: readonly (readonly string[])[];
}

/**
 * The paired differences of the given endpoints that carry them at each `followUp.at` time, in percentage points
 * with the paired 95% interval, one row per compared pair (the terminal and the report print the same table):
 * S_a(t) − S_b(t) (ArmComparison.localControlAtTimes: LC; SurvivalComparison.atTimes: LRFS,
 * OS with `metastasis`, PFS with `progression`) or F_a(t) − F_b(t)
 * (SurvivalComparison.incidenceAtTimes of LC, DMFS and DSS).
 * @param comparisons - results.comparisons
 * @param times - the scenario's `followUp.at`
 * @param labels - which endpoints to show (one kind of difference per table: survival or incidence)
 * @returns the table, or undefined when no pair carries a paired difference
 */
export function pairedDifferenceRows(comparisons: readonly ArmComparison[], times: readonly number[], labels: readonly PairedEndpoint[]): PairedDifferenceTable | undefined {
  const present = endpoints.filter(([label, of]) => labels.includes(label) && comparisons.some((pair) => of(pair) !== undefined));
  if (present.length === 0 || times.length === 0) return undefined;
  const heads = present.flatMap(([label]) => times.map((t) => `${label} Δ ${svgNumber(t, 2)} y [95% CI] (points)`));
  const rows = comparisons.map((pair) => [
    `${pair.a} vs ${pair.b}`,
    ...present.flatMap(([, of]) =>
      times.map((t) => {
        const at = of(pair)?.find((entry) => entry.years === t);
        if (at?.difference === null || at?.difference === undefined || at.differenceCi95 === null) return '—';
        return formatSignedPointsInterval(at.difference, at.differenceCi95);
      }),
    ),
  ]);
  return { shown: present.map(([label]) => label), heads, rows };
}

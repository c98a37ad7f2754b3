import type { LocalControlAt, LocalControlAtTime } from '../cohort/TrialResults.js';
import type { Interval } from '../stats/Interval.js';
import { fixedYearsShown } from './fixedYearsShown.js';
import type { FixedYear } from './localControlAtYear.js';
import { localControlAtYear } from './localControlAtYear.js';

/** A group of the results whose local control a table shows: an arm, a subtype within it, or a stratum. */
export interface LocalControlGroup {
  readonly localControl: LocalControlAt;
  readonly localControlAtTimes?: readonly LocalControlAtTime[];
}

/** One local control cell: the Kaplan–Meier LC (0–1; null beyond the horizon) and its Wilson 95% interval, if any. */
export interface LocalControlCell {
  readonly localControl: number | null;
  /** null at the fixed 1, 2 and 5 years, which results.json gives without an interval, and beyond the horizon. */
  readonly localControlCi95: Interval | null;
}

/** The local control columns of a results table: their times and each group's cells at them. */
export interface LocalControlShown {
  /** The times of the columns (years from the first treatment event), ascending. */
  readonly years: readonly number[];
  /** A group's cells, one per time. */
  readonly cells: (group: LocalControlGroup) => LocalControlCell[];
}

/**
 * The local control (LC) columns of a results table, chosen alike by the terminal, report.html and the viewer: the
 * scenario's `followUp.at` times when it gives them, else those of `preferred` within the follow-up (fixedYearsShown).
 * @param results - the run's follow-up and arms
 * @param preferred - the fixed times (years) shown without `followUp.at`, ascending
 * @returns the times and a function giving any group's cells at them (a time the group lacks reads as beyond the horizon)
 */
export function localControlShown(
  results: { readonly followUp: { readonly at?: readonly number[] }; readonly arms: readonly { readonly localControl: LocalControlAt }[] },
  preferred: readonly FixedYear[],
): LocalControlShown {
  const times = results.followUp.at;
  if (times === undefined) {
    const years = fixedYearsShown(results.arms, preferred);
    return { years, cells: (group) => years.map((t) => ({ localControl: localControlAtYear(group.localControl, t), localControlCi95: null })) };
  }
  return {
    years: times,
    cells: (group) =>
      times.map((t) => {
        const at = group.localControlAtTimes?.find((entry) => entry.years === t);
        return { localControl: at?.localControl ?? null, localControlCi95: at?.localControlCi95 ?? null };
      }),
  };
}

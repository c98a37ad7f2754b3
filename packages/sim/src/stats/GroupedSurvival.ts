/**
 * Failure counts of one group in fixed-width time bins, as the engine streams them (it never stores
 * failure times). Bin j covers [j·w, (j + 1)·w) days; its events are treated as tied at the bin's end, and its
 * censored patients leave the risk set after those events (the usual Kaplan–Meier convention for ties).
 */
export interface GroupedSurvival {
  /** Failures in each bin (integers ≥ 0). */
  readonly events: ArrayLike<number>;
  /** Patients censored at the end of each bin, after that bin's failures (integers ≥ 0; same length). */
  readonly censored: ArrayLike<number>;
  /** Patients at risk at time 0 (integer ≥ 0). */
  readonly atRiskStart: number;
}

/**
 * Whether grouped survival counts are usable: equal lengths, non-negative integer counts, and no bin
 * removing more patients (failures + censored) than are at risk at its start.
 * @param group - the grouped counts to check
 * @returns true when {@link kaplanMeierFromBins} and {@link logRankTest} accept the counts
 */
export function isValidGroupedSurvival(group: GroupedSurvival): boolean {
  const { events, censored, atRiskStart } = group;
  if (events.length !== censored.length || !isCount(atRiskStart)) return false;
  let atRisk = atRiskStart;
  for (let j = 0; j < events.length; j++) {
    const d = events[j];
    const c = censored[j];
    if (!isCount(d) || !isCount(c) || d + c > atRisk) return false;
    atRisk -= d + c;
  }
  return true;
}

function isCount(x: number): boolean {
  return Number.isSafeInteger(x) && x >= 0;
}

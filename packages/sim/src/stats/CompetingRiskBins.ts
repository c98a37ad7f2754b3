/**
 * Counts of one group (one arm, one stratum, one endpoint) with K competing event types in fixed-width time
 * bins, as the engine can stream them without storing event times. Bin j covers [j·w, (j + 1)·w) days; its
 * events of every type are tied at the bin's end, and its censored patients leave the risk set after those
 * events (the Kaplan–Meier convention for ties, as in {@link GroupedSurvival}).
 *
 * A results array laid out arm × stratum × endpoint × cause × bin gives each group as `subarray` views, so
 * nothing is copied and memory stays independent of the patient count.
 */
export interface CompetingRiskBins {
  /** Events of each type in each bin: `events[k][j]` for cause k (K ≥ 1 arrays, integers ≥ 0, equal lengths). */
  readonly events: readonly ArrayLike<number>[];
  /** Patients censored at the end of each bin, after that bin's events (integers ≥ 0; same length). */
  readonly censored: ArrayLike<number>;
  /** Patients at risk at time 0 (integer ≥ 0). */
  readonly atRiskStart: number;
}

/**
 * Why competing-risk counts are unusable, naming the cause and bin: no cause, unequal lengths, a count that is
 * not a non-negative safe integer, or a bin removing more patients (all events + censored) than are at risk.
 * @param bins - the counts to check
 * @returns a message naming where and why, or `undefined` when {@link cumulativeIncidenceFromBins} accepts them
 */
export function competingRiskBinsProblem(bins: CompetingRiskBins): string | undefined {
  const { events, censored, atRiskStart } = bins;
  if (events.length === 0) return 'events: at least one cause of failure is needed';
  if (!isCount(atRiskStart)) return `atRiskStart: ${atRiskStart} is not a non-negative integer`;
  const binCount = censored.length;
  for (let k = 0; k < events.length; k++) {
    if (events[k].length !== binCount) {
      return `events[${k}]: ${events[k].length} bins, but censored has ${binCount}`;
    }
  }
  let atRisk = atRiskStart;
  for (let j = 0; j < binCount; j++) {
    let leaving = censored[j];
    if (!isCount(leaving)) return `censored[${j}]: ${leaving} is not a non-negative integer`;
    for (let k = 0; k < events.length; k++) {
      const d = events[k][j];
      if (!isCount(d)) return `events[${k}][${j}]: ${d} is not a non-negative integer`;
      leaving += d;
    }
    if (leaving > atRisk) return `bin ${j}: ${leaving} patients leave (events + censored) but only ${atRisk} are at risk`;
    atRisk -= leaving;
  }
  return undefined;
}

function isCount(x: number): boolean {
  return Number.isSafeInteger(x) && x >= 0;
}

import type { Accumulator } from './createAccumulator.js';

/** The competing-event counts of one event group (an arm, or one of its strata), per time bin of the run. */
export interface CompetingEventsBins {
  /** First local recurrences r_j in each bin (patients). */
  readonly recurrences: Float64Array;
  /** First deaths from other causes d_j in each bin, before any local recurrence (patients). */
  readonly deaths: Float64Array;
  /** Deaths from other causes in each bin after a local recurrence (patients). */
  readonly deathsAfterRecurrence: Float64Array;
  /** With `metastasis` (then the deaths above are from any cause): the metastasis and death counts per bin. */
  readonly metastasis?: MetastasisBins;
}

/** The metastasis counts of one event group per time bin (patients), with `metastasis`. */
export interface MetastasisBins {
  /** First detections of a metastasis, before any death. */
  readonly metastases: Float64Array;
  /** Deaths from other causes before any metastasis. */
  readonly deathsBeforeMetastasis: Float64Array;
  /** Deaths from sarcoma (each after its metastasis). */
  readonly sarcomaDeaths: Float64Array;
  /** Deaths from other causes after a metastasis. */
  readonly deathsAfterMetastasis: Float64Array;
  /**
   * Survival after a metastasis detected within the horizon, on the scale of time since its detection (bin k: k to
   * k + 1 weeks after it): deaths from any cause, and patients alive at the horizon (censored) k bins after it.
   */
  readonly deathsAfterDetection: Float64Array;
  readonly censoredAfterDetection: Float64Array;
}

/**
 * The counts of one event group from a complete accumulator, as views on its counts (nothing copied, nothing
 * allocated per patient). Layout: arm × group × (recurrences, deaths, deaths after recurrence[, metastases, deaths
 * before metastasis, sarcoma deaths, deaths after metastasis, deaths and censored after detection]) × bin.
 * @param accumulator - totals of the run (`layout.competingEvents` = 1)
 * @param arm - arm index
 * @param group - 0 for the whole arm, 1 + q for stratum q of localControlStrata
 * @returns the per-bin count arrays, each `layout.timeBins` long (the metastasis ones with `layout.metastasis` = 1)
 */
export function competingEventsBins(accumulator: Accumulator, arm: number, group: number): CompetingEventsBins {
  const { layout, counts } = accumulator;
  const bins = layout.timeBins;
  const at = layout.eventCounts + (arm * layout.eventGroups + group) * layout.eventStride;
  return {
    recurrences: counts.subarray(at, at + bins),
    deaths: counts.subarray(at + bins, at + 2 * bins),
    deathsAfterRecurrence: counts.subarray(at + 2 * bins, at + 3 * bins),
    ...(layout.metastasis === 1
      ? {
          metastasis: {
            metastases: counts.subarray(at + 3 * bins, at + 4 * bins),
            deathsBeforeMetastasis: counts.subarray(at + 4 * bins, at + 5 * bins),
            sarcomaDeaths: counts.subarray(at + 5 * bins, at + 6 * bins),
            deathsAfterMetastasis: counts.subarray(at + 6 * bins, at + 7 * bins),
            deathsAfterDetection: counts.subarray(at + 7 * bins, at + 8 * bins),
            censoredAfterDetection: counts.subarray(at + 8 * bins, at + 9 * bins),
          },
        }
      : {}),
  };
}

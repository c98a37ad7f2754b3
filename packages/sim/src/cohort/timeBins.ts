import { daysPerYear } from '@rtsim/core';
/**
 * Width of a follow-up time bin, 365.25/52 days (≈ 7.02 d, a 52nd of a year), so that 1, 2 and 5 years fall on
 * bin edges (bins 52, 104 and 260) and local control there is read off the binned curve without interpolation.
 */
export const timeBinDays: number = daysPerYear / 52;

/**
 * Number of time bins covering a follow-up horizon of `years`, ⌈52·years⌉ (the last bin may be partial). The bins
 * always reach the horizon (52·years ≤ count), so every `followUp.at` time up to `years` is read off the curve: a
 * horizon a rounding error past a bin edge (1.000000000001 years) gets the partial bin it needs rather than losing its
 * last instant. Whole and half years and quarters are exact (52·5 = 260).
 * @param years - follow-up horizon in years (> 0, finite)
 * @returns a whole number ≥ 1; NaN outside the domain
 */
export function timeBinCount(years: number): number {
  if (!(years > 0 && years < Infinity)) return Number.NaN;
  return Math.max(1, Math.ceil(52 * years));
}

/** Bins of the per-patient TCP histogram: 50 bins of width 0.02, the last closed at 1. */
export const tcpHistogramBins = 50;

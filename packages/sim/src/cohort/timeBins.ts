/**
 * Width of a follow-up time bin, 365.25/52 days (≈ 7.02 d, a 52nd of a year), so that 1, 2 and 5 years fall on
 * bin edges (bins 52, 104 and 260) and local control there is read off the binned curve without interpolation.
 */
export const timeBinDays: number = 365.25 / 52;

/**
 * Number of time bins covering a follow-up horizon of `years`, ⌈52·years⌉ (the last bin may be partial).
 * @param years - follow-up horizon in years (> 0, finite)
 * @returns a whole number ≥ 1; NaN outside the domain
 */
export function timeBinCount(years: number): number {
  if (!(years > 0 && years < Infinity)) return Number.NaN;
  // The tolerance stops 5 years (52·5 = 260 exactly) from becoming 261 through 5 = 4.999… inputs.
  return Math.max(1, Math.ceil(52 * years - 1e-9));
}

/** Bins of the per-patient TCP histogram: 50 bins of width 0.02, the last closed at 1. */
export const tcpHistogramBins = 50;

/**
 * The fewest bootstrap resamples R for which a percentile interval at `level` rests on inner order statistics: the
 * type-7 quantile at p = (1 − level)/2 sits at position 1 + (R − 1)·p of the sorted resamples, which is at least the
 * second when (R − 1)·p ≥ 1, so R ≥ 1 + 2/(1 − level) (and symmetrically for the upper end). With fewer the ends of
 * the interval are, or are pulled towards, the lowest and highest resample: with R = 1 the "interval" is one
 * resample, a point that need not hold the estimate.
 * @param level - coverage in (0, 1), default 0.95
 * @returns 41 at 0.95, 21 at 0.9, 201 at 0.99; NaN outside (0, 1)
 */
export function minimumBootstrapResamples(level = 0.95): number {
  if (!(level > 0 && level < 1)) return Number.NaN;
  // 1e-9 absorbs the rounding of 1 − level (1 − 0.9 is 0.09999999999999998, which would give 22).
  return 1 + Math.ceil(2 / (1 - level) - 1e-9);
}

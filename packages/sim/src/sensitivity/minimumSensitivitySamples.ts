/**
 * The fewest Saltelli rows N that `rtsim sensitivity` (and `rtsim slurm --sensitivity`, a sensitivity part, the
 * viewer's form) accepts. A bootstrap resample of N rows is one of at most C(2N − 1, N) different multisets of rows:
 * 3, 10 and 35 for N = 2, 3 and 4, fewer than the 41 resamples a 95 % percentile interval needs for ends that are not
 * the extremes (minimumBootstrapResamples), so no --resamples could give the indices an interval; N = 5 allows 126.
 * Estimates from so few rows are noise in any case (the shipped example uses N = 256).
 */
export const minimumSensitivitySamples = 5;

/** Why a smaller --samples is refused, appended to the range in the message (` (fewer Saltelli rows …)`). */
export const samplesHint = ' (fewer Saltelli rows cannot give the indices a 95 % bootstrap interval: docs/uncertainty.md)';

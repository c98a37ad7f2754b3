/**
 * The fewest Saltelli rows N that `rtsim sensitivity` (and `rtsim slurm --sensitivity`, a sensitivity part, the
 * viewer's form) accepts. A bootstrap resample of N rows is one of at most C(2N − 1, N) different multisets of rows:
 * 3, 10 and 35 for N = 2, 3 and 4. The bootstrap distribution of an index is then a handful of atoms, so however many
 * resamples are drawn, the 2.5 % and 97.5 % points fall on its few extreme values and the interval says nothing about
 * sampling error; N = 5 allows 126. Estimates from so few rows are noise in any case (the shipped example uses N = 256).
 */
export const minimumSensitivitySamples = 5;

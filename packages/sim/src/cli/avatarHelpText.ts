/** `rtsim avatar --help` (docs/avatars.md). */
export const avatarHelpText = `Usage: rtsim avatar DATA.csv --schedules LIST [options]

Fits alpha and beta (with their covariance) to one patient's patient-derived model data (organoids,
spheroids) and compares candidate schedules for that patient: TCP per schedule with a 95% interval from
the fit's uncertainty, the best schedule and how sure that ranking is. Prints a table and writes
avatar.json and avatar.html (fitted survival curve over the data, TCP per schedule).

DATA.csv: a header, then one row per well or replicate (# lines are comments):
  dose,survivingFraction[,sd]     surviving fractions in (0, 1], optional SD on every row
  dose,cellsSeeded,colonies       colony counts; the plating efficiency is fitted
Doses 0 to 100 Gy, at least three levels. Problems are listed as: row 4, column "survivingFraction": ...

Options:
  --schedules LIST     candidate schedules, comma-separated NxD (fractions x Gy) with :options, e.g.
                       "25x2,5x6,3x18:everyDays=2"; options perWeek=P (default 5), everyDays=K,
                       perDay=M:intervalHours=H, startWeekday=W, durationMinutes=M, gap=F+G
  --subtype ID         library subtype for the defaults below (default sts)
  --volume CM3         tumour volume, cm3 (default 250, at most 100000): N0 = density x volume
  --clonogens N        clonogen number N0 (overrides --volume), e.g. 2.5e9
  --doubling-time D    clonogen doubling time, days (default: the subtype's, sts 10; Infinity: none)
  --kickoff-time D     kick-off time of repopulation, days (default: the subtype's, sts 21)
  --draws N            draws of (alpha, beta) from the fit's uncertainty, 100 to 1000000 (default 4000)
  --seed S             random seed, a whole number (default 1)
  --out DIR            output directory (default: <file-stem>-avatar/ next to the file)
  --json               print avatar.json to stdout instead of the table
  -h, --help           show this help

The in-vitro alpha and beta are taken as the tumour's: an assumption (docs/avatars.md).
Exit status: 0 ok, 1 the fit failed or files could not be written, 2 invalid input (data that cannot support
intervals included).
`;

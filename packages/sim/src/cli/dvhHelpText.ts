/** `rtsim dvh --help`. */
export const dvhHelpText = `Usage: rtsim dvh FILE [--json]

Reads a dose-volume histogram file and prints one row per structure: volume (cm3), Dmin, Dmean,
Dmax, D95, D50, D2 (Gy) and V20Gy (% of the structure and cm3). The format is detected from the
content: a DICOM RT Dose file with a DVH Sequence, a Varian Eclipse text export (cumulative or
differential, Gy or cGy, % or cm3), or a CSV with dose and volume columns and units in the header
(dose_Gy,volume_cm3 or Dose (cGy);Volume (%) with decimal commas). Dxx and Vxx interpolate the
cumulative DVH linearly between its points (docs/cli.md).

A malformed file is refused with status 2, every problem on stderr as FILE:LINE: reason.

Options:
  --json          print the metrics as JSON (doses in Gy, volumes in cm3, v20 as a fraction)
  -h, --help      show this help
`;
